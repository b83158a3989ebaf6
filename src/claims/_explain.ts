// Language-neutral pieces of the claim sentences; the words are in messages/vi.ts and messages/en.ts.
import { localize } from '../core/_format.js';
import { readExactValue } from '../core/_exact.js';
import { fail } from './_errors.js';
import { scaledToString } from '../core/_round.js';
import type { Locale } from '../core/index.js';
import type { ClaimAs } from './types.js';

/** A figure with its unit words: "1.549 đảng viên", "97,5%". */
export function withUnit(plain: string, unit: string | null, locale: Locale, pct = ''): string {
  return `${localize(plain, locale)}${pct}${unit === null ? '' : ` ${unit}`}`;
}

/**
 * An exact value (`"20/3"`, `"6.5"`, `"-1"`) written with enough digits to see it against a figure
 * printed to `decimals`: exact when it ends within them, else cut (never rounded, so the reader sees the
 * true digits) and marked "…".
 */
function exactDigits(exact: string, decimals: number, locale: Locale): string {
  const { n, d } = readExactValue(exact, [], fail);
  const digits = Math.max(3, decimals + 2);
  const p = 10n ** BigInt(digits);
  const scaled = (n * p) / d; // truncates toward zero
  const plain = scaled === 0n && n < 0n ? `-${scaledToString(scaled, digits)}` : scaledToString(scaled, digits);
  return localize(plain, locale) + ((n * p) % d !== 0n ? '…' : '');
}

/** Whether a claim is in percentage points (both figures rates), over or under the target rate. */
export function inPoints(as: ClaimAs): boolean {
  return as === 'over-points' || as === 'under-points';
}

/** Whether a claim is a change from an earlier figure (its "target" is that figure). */
export function isChange(as: ClaimAs): boolean {
  return as === 'growth' || as === 'decrease' || as === 'multiple';
}

/** The computation behind a check, "(16 − 15)/15 = 6,666…%", with the value's unit words. */
export function formula(as: ClaimAs, achieved: string, target: string, exact: string, decimals: number, unit: string, locale: Locale): string {
  const a = localize(achieved, locale);
  const t = localize(target, locale);
  const v = exactDigits(exact, decimals, locale) + unit;
  switch (as) {
    case 'over':
    case 'growth':
      return `(${a} − ${t})/${t} = ${v}`;
    case 'decrease':
      return `(${t} − ${a})/${t} = ${v}`;
    case 'over-points':
      return `${a}% − ${t}% = ${v}`;
    case 'under-points':
      return `${t}% − ${a}% = ${v}`;
    case 'excess':
      return `${a} − ${t} = ${v}`;
    default:
      return `${a}/${t} = ${v}`;
  }
}

/** Parts as a sum, "45 + 14 + 35" (a negative part subtracted: "120 − 35"). */
export function sumTerms(parts: readonly string[], locale: Locale): string {
  return parts.map((p, i) => {
    const neg = p.startsWith('-');
    const v = localize(neg ? p.slice(1) : p, locale);
    return i === 0 ? (neg ? `−${v}` : v) : `${neg ? '−' : '+'} ${v}`;
  }).join(' ');
}

/** A difference with its sign, "+1", "-0,1". */
export function signed(difference: string, locale: Locale): string {
  return localize(difference.startsWith('-') ? difference : `+${difference}`, locale);
}
