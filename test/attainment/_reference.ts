// The attainment core as first written (before the fast paths), on BigInt only, with its own copy of
// localize: the slow, obviously correct reference the property tests hold the fast paths against.
import type { Locale } from '../../src/core/locale.js';
import { SEPARATORS } from '../../src/core/_format.js';
import type { ExactNumber } from '../../src/core/_exact.js';
import { fractionText } from '../../src/core/_exact.js';
import { divRoundBigInt, scaledToString } from '../../src/core/_round.js';
import type { RoundingMode } from '../../src/core/index.js';
import type { ParsedAttainment, ParsedTarget } from '../../src/attainment/_attainment.js';
import type { AttainmentResult, AttainmentStatus, IndicatorKind, StatusReason, Target } from '../../src/attainment/types.js';


/** −1, 0 or 1 as a compares to b, exactly. */
function compareExact(a: ExactNumber, b: ExactNumber): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a − b as a plain decimal string, exactly. */
function subtractExact(a: ExactNumber, b: ExactNumber): string {
  const d = a.d > b.d ? a.d : b.d;
  const n = a.n * (d / a.d) - b.n * (d / b.d);
  return scaledToString(n, String(d).length - 1);
}

/** A rounded and an exact quotient of num/den (den > 0). */
interface Quotient {
  readonly rounded: string;
  readonly exact: string;
}

/** (num × 100)/den rounded to `decimals`, on BigInt only: the obviously correct way. */
function percentOf(_num: number | undefined, _den: number | undefined, bigNum: bigint, bigDen: bigint, decimals: number, mode: RoundingMode): Quotient {
  const n100 = bigNum * 100n;
  return {
    rounded: scaledToString(divRoundBigInt(n100 * 10n ** BigInt(decimals), bigDen, mode), decimals),
    exact: fractionText(n100, bigDen),
  };
}

/** Formats a plain figure for a reason sentence, with % for rates. */
function fig(plain: string, locale: 'vi' | 'en', kind: IndicatorKind): string {
  return localize(plain, locale) + (kind === 'rate' ? '%' : '');
}

// The reference writes the sentences its own way, so the message tables (explainAttainment) are
// checked against them; results carry only the code and facts.
function reasonFor(
  code: StatusReason['code'],
  kind: IndicatorKind,
  target: Target,
  achieved: string,
  gap: string,
): StatusReason {
  return { code, facts: Object.freeze({ kind, achieved, target, gap }) };
}

/** The sentences of a result's reason, in both languages, as the reference writes them. */
export function referenceSentences(r: AttainmentResult): { vi: string; en: string } {
  const s = sentenceFor(r.reason.code, r.kind, r.target, r.achieved, r.reason.facts.gap);
  return { vi: s.vi, en: s.en };
}

function sentenceFor(
  code: StatusReason['code'],
  kind: IndicatorKind,
  target: Target,
  achieved: string,
  gap: string,
): { code: StatusReason['code']; vi: string; en: string } {
  const f = (x: string, l: 'vi' | 'en') => fig(x, l, kind);
  const gapVi = localize(gap, 'vi') + (kind === 'rate' ? ' điểm %' : '');
  const gapEn = localize(gap, 'en') + (kind === 'rate' ? (gap === '1' ? ' percentage point' : ' percentage points') : '');
  const a = { vi: f(achieved, 'vi'), en: f(achieved, 'en') };
  if (target.form === 'range') {
    const r = { vi: `${f(target.min, 'vi')}–${f(target.max, 'vi')}`, en: `${f(target.min, 'en')}–${f(target.max, 'en')}` };
    switch (code) {
      case 'below-range':
        return { code, vi: `${a.vi} thấp hơn khoảng chỉ tiêu ${r.vi}, còn thiếu ${gapVi} so với mức tối thiểu.`, en: `${a.en} is below the target range ${r.en}: ${gapEn} short of the minimum.` };
      case 'above-range':
        return { code, vi: `${a.vi} vượt khoảng chỉ tiêu ${r.vi} là ${gapVi}.`, en: `${a.en} is above the target range ${r.en} by ${gapEn}.` };
      default:
        return { code, vi: `${a.vi} nằm trong khoảng chỉ tiêu ${r.vi}.`, en: `${a.en} is within the target range ${r.en}.` };
    }
  }
  const t = { vi: f(target.value, 'vi'), en: f(target.value, 'en') };
  if (target.form === 'at-most') {
    switch (code) {
      case 'above-limit':
        return { code, vi: `${a.vi} vượt quá mức tối đa ${t.vi}, cần giảm ${gapVi}.`, en: `${a.en} is above the limit of ${t.en}: it must come down by ${gapEn}.` };
      case 'at-limit':
        return { code, vi: `${a.vi} bằng đúng mức tối đa ${t.vi}.`, en: `${a.en} is exactly at the limit of ${t.en}.` };
      default:
        return { code, vi: `${a.vi} thấp hơn mức tối đa ${t.vi} là ${gapVi}.`, en: `${a.en} is below the limit of ${t.en} by ${gapEn}.` };
    }
  }
  const nameVi = target.form === 'at-least' ? `chỉ tiêu ít nhất ${t.vi}` : `chỉ tiêu ${t.vi}`;
  const nameEn = target.form === 'at-least' ? `the target of at least ${t.en}` : `the target of ${t.en}`;
  switch (code) {
    case 'below-target':
      return { code, vi: `${a.vi} chưa đạt ${nameVi}, còn thiếu ${gapVi}.`, en: `${a.en} is below ${nameEn}: ${gapEn} short.` };
    case 'above-target':
      return { code, vi: `${a.vi} vượt ${nameVi} là ${gapVi}.`, en: `${a.en} exceeds ${nameEn} by ${gapEn}.` };
    default:
      return { code, vi: `${a.vi} đạt đúng ${nameVi}.`, en: `${a.en} meets ${nameEn} exactly.` };
  }
}

function publicTarget(t: ParsedTarget): Target {
  return t.form === 'range' ? { form: 'range', min: t.min.text, max: t.max.text } : { form: t.form, value: t.value.text };
}

/**
 * The pure core of attainment: the status of an achieved figure against a target, percent of the
 * reference, relative excess and (for rates) excess in points, each rounded once from the exact
 * rational. Input is already validated.
 */
export function referenceAttainment(input: ParsedAttainment, decimals: number, rounding: RoundingMode): AttainmentResult {
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
  if (ref.n !== 0n) {
    // percent = a/ref × 100 and over = (a − ref)/ref × 100, each rounded from its own exact value:
    // rounding percent and subtracting 100 would differ for negative excess in sign-aware modes.
    const bigNum = a.n * ref.d;
    const bigDen = a.d * ref.n;
    percent = percentOf(a.int, ref.int, bigNum, bigDen, decimals, rounding);
    const diff = a.int !== undefined && ref.int !== undefined ? a.int - ref.int : undefined;
    over = percentOf(diff, ref.int, bigNum - ref.n * a.d, bigDen, decimals, rounding);
  }
  let points: Quotient | null = null;
  if (kind === 'rate') {
    const num = a.n * ref.d - ref.n * a.d;
    const den = a.d * ref.d;
    points = {
      rounded: scaledToString(divRoundBigInt(num * 10n ** BigInt(decimals), den, rounding), decimals),
      exact: fractionText(num, den),
    };
  }
  const gap = status === 'not-met' ? shortfall : surplus;
  const publicT = publicTarget(target);
  return Object.freeze({
    kind,
    achieved: a.text,
    target: Object.freeze(publicT),
    reference: ref.text,
    status,
    percent: percent?.rounded ?? null,
    overPercent: over?.rounded ?? null,
    overPoints: points?.rounded ?? null,
    shortfall,
    surplus,
    percentNumber: percent === null ? null : Number(percent.rounded),
    overPercentNumber: over === null ? null : Number(over.rounded),
    overPointsNumber: points === null ? null : Number(points.rounded),
    exact: Object.freeze({ percent: percent?.exact ?? null, overPercent: over?.exact ?? null, overPoints: points?.exact ?? null }),
    decimals,
    rounding,
    reason: Object.freeze(reasonFor(code, kind, publicT, a.text, gap)),
  });
}

/**
 * Writes a plain decimal string ("-1549.5") in a locale's notation ("-1.549,5"), optionally padding the
 * fraction to `minDecimals` digits. Pure string work: no Intl, no toLocaleString, so it is fast in loops.
 */
function localize(plain: string, locale: Locale, minDecimals = 0, grouping = true): string {
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
