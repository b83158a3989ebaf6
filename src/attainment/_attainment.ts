import type { ExactNumber } from '../core/_exact.js';
import { fractionText } from '../core/_exact.js';
import { roundTo } from '../core/_rational.js';
import { POW10, divRoundNumber, scaledToString } from '../core/_round.js';
import type { RoundingMode } from '../core/index.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
import type { AttainmentResult, AttainmentStatus, IndicatorKind, StatusFacts, StatusReason, Target } from './types.js';

/** A target after validation, with exact figures. */
export type ParsedTarget =
  | { readonly form: 'reach' | 'at-least' | 'at-most'; readonly value: ExactNumber }
  | { readonly form: 'range'; readonly min: ExactNumber; readonly max: ExactNumber };

/** Validated input of the pure core. */
export interface ParsedAttainment {
  readonly kind: IndicatorKind;
  readonly achieved: ExactNumber;
  readonly target: ParsedTarget;
}

const MAX = Number.MAX_SAFE_INTEGER;

/** −1, 0 or 1 as a compares to b, exactly. */
export function compareExact(a: ExactNumber, b: ExactNumber): number {
  if (a.int !== undefined && b.int !== undefined) return a.int < b.int ? -1 : a.int > b.int ? 1 : 0;
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a − b as a plain decimal string, exactly. */
export function subtractExact(a: ExactNumber, b: ExactNumber): string {
  if (a.int !== undefined && b.int !== undefined && Number.isSafeInteger(a.int - b.int)) return String(a.int - b.int);
  const d = a.d > b.d ? a.d : b.d;
  const n = a.n * (d / a.d) - b.n * (d / b.d);
  return scaledToString(n, String(d).length - 1);
}

/** The greatest common divisor of two non-negative safe integers; on int32 while both fit, as that is far cheaper. */
function gcdNumber(a: number, b: number): number {
  if (a <= 0x7fffffff && b <= 0x7fffffff) {
    let x = a | 0;
    let y = b | 0;
    while (y !== 0) { const t = x % y; x = y; y = t; }
    return x;
  }
  while (b !== 0) { const t = a % b; a = b; b = t; }
  return a;
}

/** A rounded and an exact quotient of num/den (den > 0), and the rounded one as a JS number. */
interface Quotient {
  readonly rounded: string;
  readonly exact: string;
  readonly value: number;
}

/** (num × 100)/den rounded to `decimals` on BigInt, for any size. */
function percentOfBig(bigNum: bigint, bigDen: bigint, decimals: number, mode: RoundingMode): Quotient {
  const n100 = bigNum * 100n;
  const rounded = roundTo({ n: n100, d: bigDen }, decimals, mode);
  return { rounded, exact: fractionText(n100, bigDen), value: Number(rounded) };
}

/**
 * (num × 100)/den rounded to `decimals` on safe integers (den > 0), or undefined when a product would
 * pass 2^53 and the caller must go to BigInt. The number is the scaled integer over 10^decimals: both
 * exact doubles, so the correctly rounded division gives the same double as parsing the string would.
 */
function percentOfNumber(num: number, den: number, decimals: number, mode: RoundingMode): Quotient | undefined {
  // POW10 stops at 10^10, the public cap on `decimals`; a claim checked at the decimals a report printed
  // may ask for more, and POW10[11] is undefined (the scaled figure NaN, printed "0.00000000NaN"):
  // those go to BigInt, which handles any number of decimals.
  const p10 = POW10[decimals];
  if (p10 === undefined) return undefined;
  const scaled = num * 100 * p10;
  if (Math.abs(scaled) + den > MAX) return undefined;
  const q = divRoundNumber(scaled, den, mode);
  const g = gcdNumber(Math.abs(num * 100), den);
  const p = (num * 100) / g;
  const d = den / g;
  // + 0 turns a −0 quotient (a negative excess rounded to zero) into the 0 that Number("0") gives.
  return { rounded: scaledToString(q, decimals), exact: d === 1 ? String(p) : `${p}/${d}`, value: q / p10 + 0 };
}

/** Why a status was given: its code, its facts, and the sentences the message tables write from them. */
function reasonFor(code: StatusReason['code'], kind: IndicatorKind, target: Target, achieved: string, gap: string): StatusReason {
  const facts: StatusFacts = Object.freeze({ kind, achieved, target, gap });
  return { code, facts, vi: vi[code](facts), en: en[code](facts) };
}

function publicTarget(t: ParsedTarget): Target {
  return t.form === 'range' ? { form: 'range', min: t.min.text, max: t.max.text } : { form: t.form, value: t.value.text };
}

/**
 * The pure core of attainment: the status of an achieved figure against a target, percent of the
 * reference, relative excess and (for rates) excess in points, each rounded once from the exact
 * rational. Input is already validated.
 */
export function computeAttainment(input: ParsedAttainment, decimals: number, rounding: RoundingMode): AttainmentResult {
  const { kind, achieved: a, target } = input;
  const ref = target.form === 'range' ? target.min : target.value;
  let status: AttainmentStatus;
  let code: StatusReason['code'];
  let shortfall = '0';
  let surplus = '0';
  if (target.form === 'range') {
    if (compareExact(a, target.min) < 0) { status = 'not-met'; code = 'below-range'; shortfall = subtractExact(target.min, a); }
    else if (compareExact(a, target.max) > 0) { status = 'exceeded'; code = 'above-range'; surplus = subtractExact(a, target.max); }
    else { status = 'met'; code = 'inside-range'; }
  } else if (target.form === 'at-most') {
    const c = compareExact(a, ref);
    if (c > 0) { status = 'not-met'; code = 'above-limit'; shortfall = subtractExact(a, ref); }
    else if (c < 0) { status = 'exceeded'; code = 'below-limit'; surplus = subtractExact(ref, a); }
    else { status = 'met'; code = 'at-limit'; }
  } else {
    const c = compareExact(a, ref);
    if (c < 0) { status = 'not-met'; code = 'below-target'; shortfall = subtractExact(ref, a); }
    else if (c > 0) { status = 'exceeded'; code = 'above-target'; surplus = subtractExact(a, ref); }
    else { status = 'met'; code = 'at-target'; }
  }

  let percent: Quotient | null = null;
  let over: Quotient | null = null;
  let points: Quotient | null = null;
  // percent = a/ref × 100 and over = (a − ref)/ref × 100, each rounded from its own exact value:
  // rounding percent and subtracting 100 would differ for negative excess in sign-aware modes.
  if (a.int !== undefined && ref.int !== undefined && ref.int >= 0) {
    // Whole numbers (every count): safe-integer arithmetic, BigInt only for a product past 2^53.
    // Both figures are safe and non-negative (validated), so a.int − ref.int is a safe integer too.
    const diff = a.int - ref.int;
    if (ref.int !== 0) {
      percent = percentOfNumber(a.int, ref.int, decimals, rounding) ?? percentOfBig(a.n, ref.n, decimals, rounding);
      over = percentOfNumber(diff, ref.int, decimals, rounding) ?? percentOfBig(a.n - ref.n, ref.n, decimals, rounding);
    }
    if (kind === 'rate') {
      // A whole number of points needs no rounding at any number of decimals.
      const text = String(diff);
      points = { rounded: text, exact: text, value: diff };
    }
  } else {
    if (ref.n !== 0n) {
      const bigNum = a.n * ref.d;
      const bigDen = a.d * ref.n;
      percent = percentOfBig(bigNum, bigDen, decimals, rounding);
      over = percentOfBig(bigNum - ref.n * a.d, bigDen, decimals, rounding);
    }
    if (kind === 'rate') {
      const num = a.n * ref.d - ref.n * a.d;
      const den = a.d * ref.d;
      const rounded = roundTo({ n: num, d: den }, decimals, rounding);
      points = { rounded, exact: fractionText(num, den), value: Number(rounded) };
    }
  }
  const gap = status === 'not-met' ? shortfall : surplus;
  const publicT = publicTarget(target);
  return Object.freeze({
    kind,
    achieved: a.text,
    target: Object.freeze(publicT),
    reference: ref.text,
    status,
    percent: percent === null ? null : percent.rounded,
    overPercent: over === null ? null : over.rounded,
    overPoints: points === null ? null : points.rounded,
    shortfall,
    surplus,
    percentNumber: percent === null ? null : percent.value,
    overPercentNumber: over === null ? null : over.value,
    overPointsNumber: points === null ? null : points.value,
    exact: Object.freeze({
      percent: percent === null ? null : percent.exact,
      overPercent: over === null ? null : over.exact,
      overPoints: points === null ? null : points.exact,
    }),
    decimals,
    rounding,
    reason: Object.freeze(reasonFor(code, kind, publicT, a.text, gap)),
  });
}
