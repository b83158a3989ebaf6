/**
 * A report language: `'vi'` (1.549 and 28,75%) or `'en'` (1,549 and 28.75%). Every message and every
 * formatted figure exists in both.
 *
 * @category Formatting
 */
export type Locale = 'vi' | 'en';

/**
 * The locales the library writes and reads.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'chitieu';
 * LOCALES;
 * //=> [ 'vi', 'en' ]
 * ```
 * @category Formatting
 */
export const LOCALES: readonly Locale[] = Object.freeze(['vi', 'en']);

/**
 * A text in both languages.
 *
 * @category Formatting
 */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}
