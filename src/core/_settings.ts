import type { FieldLabels } from './labels.js';
import type { Locale } from './locale.js';

/**
 * What {@link configure} set: module state of this copy of the library, never a global, so a page,
 * a worker and a server each keep their own. (The CommonJS and ESM builds are two copies: configure
 * the one you import.)
 */
interface Settings {
  readonly locale: Locale;
  readonly labels: FieldLabels | undefined;
}

let current: Settings = Object.freeze({ locale: 'en', labels: undefined });

export function settings(): Settings {
  return current;
}

export function setSettings(next: Settings): void {
  current = Object.freeze({ ...next });
}
