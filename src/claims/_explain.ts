import { localize } from '../core/_format.js';
import { scaledToString } from '../core/_round.js';
import type { Bilingual, RoundingMode } from '../core/index.js';
import type { ClaimAs } from './types.js';

/** Rounding modes as a Vietnamese reader knows them, with the library's name for reference. */
const MODE_VI: Readonly<Record<RoundingMode, string>> = {
  'half-up': 'nửa lên (half-up)',
  'half-down': 'nửa xuống (half-down)',
  'half-even': 'nửa về số chẵn (half-even)',
  up: 'ra xa số 0 (up)',
  down: 'về phía số 0 (down)',
  ceil: 'lên (ceil)',
  floor: 'xuống (floor)',
};

/** A list of rounding modes in both languages. */
export function modesText(modes: readonly RoundingMode[]): Bilingual {
  return { vi: modes.map((m) => MODE_VI[m]).join(', '), en: modes.join(', ') };
}

/** "to 1 decimal" in both languages. */
export function precisionText(decimals: number): Bilingual {
  if (decimals === 0) return { vi: 'đến hàng đơn vị', en: 'to a whole number' };
  return { vi: `đến ${decimals} chữ số thập phân`, en: `to ${decimals} decimal${decimals > 1 ? 's' : ''}` };
}

/** A plain figure in both notations. */
export function both(plain: string): Bilingual {
  return { vi: localize(plain, 'vi'), en: localize(plain, 'en') };
}

/**
 * n/d (d > 0) written with enough digits to see it against a figure printed to `decimals`: exact when
 * it ends within them, else cut (never rounded, so the reader sees the true digits) and marked "…".
 */
export function exactText(n: bigint, d: bigint, decimals: number): Bilingual {
  const digits = Math.max(3, decimals + 2);
  const p = 10n ** BigInt(digits);
  const scaled = (n * p) / d; // truncates toward zero
  const inexact = (n * p) % d !== 0n;
  const plain = scaled === 0n && n < 0n ? `-${scaledToString(scaled, digits)}` : scaledToString(scaled, digits);
  const b = both(plain);
  return inexact ? { vi: `${b.vi}…`, en: `${b.en}…` } : b;
}

/** The unit a claimed figure is in: "%", percentage points or times ("gấp 2 lần"). */
export function unitOf(as: ClaimAs): Bilingual {
  if (as === 'multiple') return { vi: ' lần', en: ' times' };
  return as === 'over-points' ? { vi: ' điểm %', en: ' percentage points' } : { vi: '%', en: '%' };
}

/** The computation behind a claim, "(16 − 15)/15 = 6,666…%", in both languages. */
export function formulaText(as: ClaimAs, achieved: string, target: string, value: Bilingual): Bilingual {
  const a = both(achieved);
  const t = both(target);
  const u = unitOf(as);
  switch (as) {
    case 'over':
    case 'growth':
      return { vi: `(${a.vi} − ${t.vi})/${t.vi} = ${value.vi}${u.vi}`, en: `(${a.en} − ${t.en})/${t.en} = ${value.en}${u.en}` };
    case 'decrease':
      return { vi: `(${t.vi} − ${a.vi})/${t.vi} = ${value.vi}${u.vi}`, en: `(${t.en} − ${a.en})/${t.en} = ${value.en}${u.en}` };
    case 'over-points':
      return { vi: `${a.vi}% − ${t.vi}% = ${value.vi}${u.vi}`, en: `${a.en}% − ${t.en}% = ${value.en}${u.en}` };
    default:
      return { vi: `${a.vi}/${t.vi} = ${value.vi}${u.vi}`, en: `${a.en}/${t.en} = ${value.en}${u.en}` };
  }
}
