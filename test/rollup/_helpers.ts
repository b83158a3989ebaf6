
import { errorOf } from '../helpers/errors.js';

export { errorOf };

/** [code, path] of the error fn throws. */
export function codeAndPath(fn: () => unknown): [string, readonly (string | number)[]] {
  const e = errorOf(fn);
  return [e.code, e.path];
}
