import { ChiTieuError } from '../core/errors.js';
import { isProblem, readNumber, type ExactNumber, type ReadProblem } from '../core/_exact.js';
import { SEPARATORS } from '../core/_format.js';
import { scaledToString } from '../core/_round.js';
import { describe } from '../core/_schema.js';
import { parseLocalized } from '../core/parseNumber.js';
import type { Locale } from '../core/index.js';

/** A printed figure: its value, its precision, and the integer it is at that precision. */
export interface Reported {
  /** As given, trimmed, without a trailing `%`. */
  readonly text: string;
  /** Plain notation, trailing zeros removed. */
  readonly plain: string;
  /** Decimals printed, trailing zeros included. */
  readonly decimals: number;
  /** The figure × 10^decimals, an integer. */
  readonly scaled: bigint;
}

/** The decimals of a printed figure: digits after the decimal separator, trailing zeros included. */
export function decimalsOf(text: string, decimal: string): number {
  const at = text.indexOf(decimal);
  return at < 0 ? 0 : text.length - at - 1;
}

/** The integer a figure is at `decimals` printed decimals (at least its own): 6.6 at 1 is 66. */
export function scale(x: ExactNumber, decimals: number): bigint {
  return (x.n * 10n ** BigInt(decimals)) / x.d;
}

/**
 * The common case read at once: digits with at most one decimal separator, no sign, no grouping, few
 * enough digits to stay a safe integer ("72,2", "95,23", "6"). Anything else goes the strict way.
 */
function readSimple(text: string, decimal: string): Reported | undefined {
  const n = text.length;
  if (n === 0 || n > 15) return undefined;
  let point = -1;
  let scaled = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) scaled = scaled * 10 + (c - 48);
    else if (text[i] === decimal && point < 0 && i > 0 && i < n - 1) point = i;
    else return undefined;
  }
  const decimals = point < 0 ? 0 : n - point - 1;
  return { text, plain: scaledToString(scaled, decimals), decimals, scaled: BigInt(scaled) };
}

/**
 * Reads a printed figure: a string in the locale's notation (`"6,6"`, `"6,6%"`) or a JS number.
 * Returns the figure, or the problem to report (already with its code and facts).
 */
export function readReported(v: unknown, locale: Locale): Reported | ReadProblem {
  let text: string;
  let x: ExactNumber;
  let decimals: number;
  if (typeof v === 'number') {
    const r = readNumber(v);
    if (isProblem(r)) return r;
    x = r;
    text = r.text;
    decimals = decimalsOf(r.text, '.');
  } else if (typeof v === 'string') {
    text = v.trim();
    if (text.endsWith('%')) text = text.slice(0, -1).trimEnd();
    const simple = readSimple(text, SEPARATORS[locale].decimal);
    if (simple !== undefined) return simple;
    try {
      const plain = parseLocalized(text, locale, []);
      x = readNumber(plain) as ExactNumber;
    } catch (e) {
      if (e instanceof ChiTieuError) return { code: e.code, facts: e.issues[0].facts };
      throw e;
    }
    decimals = decimalsOf(text, SEPARATORS[locale].decimal);
  } else {
    return { code: 'invalid_type', facts: { expected: 'printed-figure', ...describe(v) } };
  }
  // Any number of decimals is checked exactly (BigInt); the text itself is bounded by MAX_NUMBER_TEXT.
  return { text, plain: x.text, decimals, scaled: scale(x, decimals) };
}
