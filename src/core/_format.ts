import type { Locale } from './locale.js';

/** Separators of each locale's report notation: Vietnamese writes 1.549 and 28,75. */
export const SEPARATORS: Readonly<Record<Locale, { group: string; decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Writes a plain decimal string ("-1549.5") in a locale's notation ("-1.549,5"), optionally padding the
 * fraction to `minDecimals` digits. Pure string work: no Intl, no toLocaleString, so it is fast in loops.
 */
export function localize(plain: string, locale: Locale, minDecimals = 0, grouping = true): string {
  // Most figures in a report are short whole numbers, written the same in every locale.
  if (plain.length <= 3 && minDecimals === 0 && plain.indexOf('.') < 0) return plain;
  const { group, decimal } = SEPARATORS[locale];
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  let frac = dot < 0 ? '' : body.slice(dot + 1);
  if (frac.length < minDecimals) frac += '0'.repeat(minDecimals - frac.length);
  let grouped = intPart;
  if (grouping && intPart.length > 3) {
    grouped = '';
    const head = intPart.length % 3;
    if (head > 0) grouped = intPart.slice(0, head);
    for (let i = head; i < intPart.length; i += 3) grouped += (grouped === '' ? '' : group) + intPart.slice(i, i + 3);
  }
  return (negative ? '-' : '') + grouped + (frac === '' ? '' : decimal + frac);
}
