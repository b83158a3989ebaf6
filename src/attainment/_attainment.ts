import type { ExactNumber } from '../core/_exact.js';
import { fractionText, fractionTextsMinus } from '../core/_exact.js';
import { cmp, div, percentScaled, roundTo, sub } from '../core/_rational.js';
import { POW10, scaledToString } from '../core/_round.js';
import type { RoundingMode } from '../core/roundingModes.js';
import type { AttainmentResult, AttainmentStatus, IndicatorKind, StatusReason, Target } from './types.js';

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

/** −1, 0 or 1 as a compares to b, exactly: on the safe integers when both have one, else core's `cmp`. */
export function compareExact(a: ExactNumber, b: ExactNumber): number {
  if (a.int !== undefined && b.int !== undefined) return a.int < b.int ? -1 : a.int > b.int ? 1 : 0;
  return cmp(a, b);
}

/** a − b as a plain decimal string, exactly (a terminating decimal: both denominators are powers of ten). */
export function subtractExact(a: ExactNumber, b: ExactNumber): string {
  if (a.int !== undefined && b.int !== undefined && Number.isSafeInteger(a.int - b.int)) return String(a.int - b.int);
  // rounding at the decimals of the finer figure drops nothing, so 'down' is as good as any mode
  return roundTo(sub(a, b), String(a.d > b.d ? a.d : b.d).length - 1, 'down');
}

/** A figure rounded from its exact value: its text, the exact value as a reduced fraction, and the rounded one as a JS number. */
interface Figure {
  readonly rounded: string;
  readonly exact: string;
  readonly value: number;
}

/** 100 · num/den (den > 0, a fraction of figures with decimals), rounded once by the kernel's {@link percentScaled}. */
function percentFigure(num: bigint, den: bigint, decimals: number, mode: RoundingMode): Figure {
  const rounded = scaledToString(percentScaled(num, den, decimals, mode), decimals);
  return { rounded, exact: fractionText(num * 100n, den), value: Number(rounded) };
}

/** Where a figure stands against its target, before the percentages: status, reason code and the exact gaps. */
interface Standing {
  readonly status: AttainmentStatus;
  readonly code: StatusReason['code'];
  readonly shortfall: string;
  readonly surplus: string;
}

/**
 * The frozen result, from its figures (`target` already frozen). Plain values rather than the figure
 * objects, so that the common call ({@link computeWhole}) builds none: the result and its three nested
 * objects are all it allocates, and their four freezes are a third of the call. The sentences of the
 * reason are not written here: they are written from `reason.code` and `reason.facts` on demand
 * (explainAttainment), so computing writes none.
 */
function result(
  kind: IndicatorKind, achieved: string, target: Target, reference: string,
  status: AttainmentStatus, code: StatusReason['code'], shortfall: string, surplus: string,
  percent: string | null, overPercent: string | null, overPoints: string | null,
  percentNumber: number | null, overPercentNumber: number | null, overPointsNumber: number | null,
  exactPercent: string | null, exactOver: string | null, exactPoints: string | null,
  decimals: number, rounding: RoundingMode,
): AttainmentResult {
  return Object.freeze({
    kind, achieved, target, reference, status, percent, overPercent, overPoints, shortfall, surplus,
    percentNumber, overPercentNumber, overPointsNumber,
    exact: Object.freeze({ percent: exactPercent, overPercent: exactOver, overPoints: exactPoints }),
    decimals, rounding,
    reason: Object.freeze({ code, facts: Object.freeze({ kind, achieved, target, gap: status === 'not-met' ? shortfall : surplus }) }),
  });
}

/**
 * Frozen plain targets by value, shared by the results that have them (they are immutable, so sharing
 * is safe). A report has few distinct targets and a form recomputes against the same one, so most
 * calls skip writing and freezing it. Targets below {@link SMALL_LIMIT} are kept by index (cheaper than
 * a map, and bounded by the limit); the map of the others is emptied when it fills, which bounds its memory.
 */
const SMALL: (ReachTarget | undefined)[] = [];
const SMALL_LIMIT = 4096;
const REACH = new Map<number, ReachTarget>();
const REACH_LIMIT = 4096;

type ReachTarget = Target & { readonly value: string };

function reachTarget(t: number): ReachTarget {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: either table gives the same target
  const small = t < SMALL_LIMIT;
  let target = small ? SMALL[t] : REACH.get(t);
  if (target === undefined) {
    target = Object.freeze({ form: 'reach', value: String(t) }) as ReachTarget;
    if (small) SMALL[t] = target;
    else {
      if (REACH.size >= REACH_LIMIT) REACH.clear();
      REACH.set(t, target);
    }
  }
  return target;
}

/**
 * The common case, whole numbers against a plain target, on safe-integer arithmetic (the kernel goes to
 * BigInt by itself for a product past 2^53). {@link computeAttainment} sends its whole-number plain
 * targets here too, so every entry point gives the same result. Both figures are safe and non-negative
 * (validated), so a − t is a safe integer. The figures are taken as plain arguments, so the public
 * call passes what it read without building an object for it.
 */
export function computeWhole(kind: IndicatorKind, a: number, t: number, decimals: number, rounding: RoundingMode): AttainmentResult {
  const diff = a - t;
  const gap = diff < 0 ? String(-diff) : diff > 0 ? String(diff) : '0';
  const target = reachTarget(t);
  return wholeResult(
    kind, a, t, decimals, rounding, target, target.value,
    diff < 0 ? 'not-met' : diff > 0 ? 'exceeded' : 'met', diff < 0 ? 'below-target' : diff > 0 ? 'above-target' : 'at-target',
    diff < 0 ? gap : '0', diff > 0 ? gap : '0',
  );
}

/**
 * The result for safe whole figures a against a reference t ≥ 0 (so a − t is safe), where the
 * standing is already known: the percentages of {@link computeWhole} and of the other target forms
 * with whole figures.
 */
function wholeResult(
  kind: IndicatorKind, a: number, t: number, decimals: number, rounding: RoundingMode, target: Target, reference: string,
  status: AttainmentStatus, code: StatusReason['code'], shortfall: string, surplus: string,
): AttainmentResult {
  const diff = a - t;
  let percent: string | null = null;
  let over: string | null = null;
  let percentNumber: number | null = null;
  let overNumber: number | null = null;
  let exact: string | null = null;
  let exactOver: string | null = null;
  if (t !== 0) {
    const q = percentScaled(a, t, decimals, rounding);
    // over = (a − t)/t × 100 rounded from its own exact value: rounding percent and subtracting 100
    // would differ for a negative excess in sign-aware modes. When a ≥ t both values are ≥ 0, and there
    // every mode commutes with subtracting the even integer 100·10^decimals, so q − that is the
    // kernel's rounding of the excess, exactly, without a second division.
    const qo = diff >= 0 && typeof q === 'number' ? q - 100 * (POW10[decimals] as number) : percentScaled(diff, t, decimals, rounding);
    // the exact values 100a/t and 100a/t − 100 share their reduced denominator
    // (indexed, not destructured: destructuring walks the array's iterator)
    const fractions = Number.isSafeInteger(a * 100) && Number.isSafeInteger(t * 100) ? fractionTextsMinus(a * 100, t, 100) : [fractionText(BigInt(a) * 100n, BigInt(t)), fractionText(BigInt(diff) * 100n, BigInt(t))];
    exact = fractions[0] as string;
    exactOver = fractions[1] as string;
    percent = scaledToString(q, decimals);
    over = scaledToString(qo, decimals);
    // + 0 turns a −0 quotient into the 0 that Number("0") gives
    percentNumber = typeof q === 'number' ? q / (POW10[decimals] as number) + 0 : Number(percent);
    overNumber = typeof qo === 'number' ? qo / (POW10[decimals] as number) + 0 : Number(over);
  }
  // a whole number of points needs no rounding at any number of decimals
  const points = kind === 'rate' ? String(diff) : null;
  return result(
    kind, String(a), target, reference, status, code, shortfall, surplus,
    percent, over, points, percentNumber, overNumber, points === null ? null : diff, exact, exactOver, points,
    decimals, rounding,
  );
}

/** Status, reason code and gaps of an exact figure against any target form. */
function standing(a: ExactNumber, target: ParsedTarget): Standing {
  let status: AttainmentStatus;
  let code: StatusReason['code'];
  let shortfall = '0';
  let surplus = '0';
  if (target.form === 'range') {
    if (compareExact(a, target.min) < 0) { status = 'not-met'; code = 'below-range'; shortfall = subtractExact(target.min, a); }
    else if (compareExact(a, target.max) > 0) { status = 'exceeded'; code = 'above-range'; surplus = subtractExact(a, target.max); }
    else { status = 'met'; code = 'inside-range'; }
  } else if (target.form === 'at-most') {
    const c = compareExact(a, target.value);
    if (c > 0) { status = 'not-met'; code = 'above-limit'; shortfall = subtractExact(a, target.value); }
    else if (c < 0) { status = 'exceeded'; code = 'below-limit'; surplus = subtractExact(target.value, a); }
    else { status = 'met'; code = 'at-limit'; }
  } else {
    const c = compareExact(a, target.value);
    if (c < 0) { status = 'not-met'; code = 'below-target'; shortfall = subtractExact(target.value, a); }
    else if (c > 0) { status = 'exceeded'; code = 'above-target'; surplus = subtractExact(a, target.value); }
    else { status = 'met'; code = 'at-target'; }
  }
  return { status, code, shortfall, surplus };
}

function publicTarget(t: ParsedTarget): Target {
  return Object.freeze(t.form === 'range' ? { form: 'range', min: t.min.text, max: t.max.text } : { form: t.form, value: t.value.text });
}

/**
 * The pure core of attainment: the status of an achieved figure against a target, percent of the
 * reference, relative excess and (for rates) excess in points, each rounded once from the exact
 * rational by the kernel. Input is already validated.
 */
export function computeAttainment(input: ParsedAttainment, decimals: number, rounding: RoundingMode): AttainmentResult {
  const { kind, achieved: a, target } = input;
  const ref = target.form === 'range' ? target.min : target.value;
  if (target.form === 'reach' && a.int !== undefined && ref.int !== undefined && a.int >= 0 && ref.int >= 0) {
    return computeWhole(kind, a.int, ref.int, decimals, rounding);
  }
  const s = standing(a, target);
  if (a.int !== undefined && ref.int !== undefined && ref.int >= 0) {
    // Whole numbers against another form: the same figures as against a plain target
    return wholeResult(kind, a.int, ref.int, decimals, rounding, publicTarget(target), ref.text, s.status, s.code, s.shortfall, s.surplus);
  }
  let percent: Figure | null = null;
  let over: Figure | null = null;
  let points: Figure | null = null;
  if (ref.n !== 0n) {
    // a / ref and (a − ref) / ref as the kernel's rationals; percentScaled takes each ×100, rounded once
    const q = div(a, ref);
    const o = div(sub(a, ref), ref);
    percent = percentFigure(q.n, q.d, decimals, rounding);
    over = percentFigure(o.n, o.d, decimals, rounding);
  }
  if (kind === 'rate') {
    const x = sub(a, ref);
    const rounded = roundTo(x, decimals, rounding);
    points = { rounded, exact: fractionText(x.n, x.d), value: Number(rounded) };
  }
  return result(
    kind, a.text, publicTarget(target), ref.text, s.status, s.code, s.shortfall, s.surplus,
    percent && percent.rounded, over && over.rounded, points && points.rounded,
    percent && percent.value, over && over.value, points && points.value,
    percent && percent.exact, over && over.exact, points && points.exact,
    decimals, rounding,
  );
}
