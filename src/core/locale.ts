/**
 * A report language: `'vi'` (1.549 and 28,75%) or `'en'` (1,549 and 28.75%). Every message and every
 * formatted figure exists in both.
 *
 * @category Formatting
 */
export type Locale = 'vi' | 'en';

/**
 * A locale as an option takes it: the library's `'vi'`/`'en'`, or the language tags `'vi-VN'`/`'en-US'`
 * a browser or `Intl` gives.
 *
 * @category Formatting
 */
export type LocaleTag = Locale | 'vi-VN' | 'en-US';

/** Each locale an option takes, and the library's locale it stands for (internal). */
export const LOCALE_TAGS: Readonly<Record<LocaleTag, Locale>> = Object.freeze({ vi: 'vi', en: 'en', 'vi-VN': 'vi', 'en-US': 'en' });

/** The library's locale a value names (`'vi'`, `'en'`, `'vi-VN'`, `'en-US'`), or undefined (internal). */
export function localeOf(v: unknown): Locale | undefined {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(LOCALE_TAGS, v) ? LOCALE_TAGS[v as LocaleTag] : undefined;
}

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
