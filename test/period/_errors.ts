
import { errorOf } from '../helpers/errors.js';

export { errorOf };
