// The English sentences of the verdicts on report figures, numbers in English notation (97.5; 1,549).
import type { AttainmentStatus } from '../../attainment/types.js';
import type { RoundingMode } from '../../core/index.js';
import { localize } from '../../core/_format.js';
import { formula, inPoints, isChange, signed, sumTerms, withUnit } from '../_explain.js';
import type { CheckFacts, ClaimMessageTable, ImpliedBoundFacts, ImpliedFacts, RatioFacts, RoundedFigure, SumFacts } from '../reasons.js';
import type { ClaimAs } from '../types.js';

const L = 'en';
/** Parts listed in a sentence; beyond this it names only how many there are. */
const LISTED_PARTS = 12;

const KEYWORD: Readonly<Record<ClaimAs, string>> = {
  attainment: 'of target', share: 'of the whole', over: 'over target', 'over-points': 'over target', 'under-points': 'under target', decrease: 'down', growth: 'up', multiple: 'times', excess: 'over target',
};

const modes = (list: readonly RoundingMode[]) => list.join(', ');
const unit = (as: ClaimAs) => (inPoints(as) ? ' percentage points' : as === 'multiple' ? ' times' : as === 'excess' ? '' : '%');
const precision = (k: number) => (k === 0 ? 'to a whole number' : `to ${k} decimal${k > 1 ? 's' : ''}`);

function checkStart(f: CheckFacts): string {
  return `${formula(f.as, f.achieved, f.target, f.exact, f.decimals, unit(f.as), L)}; rounded ${f.rounding} ${precision(f.decimals)} this is ${localize(f.computed, L)}${unit(f.as)}`;
}
const printed = (f: CheckFacts) => `${localize(f.reported, L)}${unit(f.as)}`;

function sumExpr(f: SumFacts): string {
  if (f.parts.length > LISTED_PARTS) return `The ${f.parts.length} parts add up to ${localize(f.sum, L)}`;
  return `${sumTerms(f.parts, L)} = ${localize(f.sum, L)}`;
}

function impliedHead(f: ImpliedFacts): string {
  return `${withUnit(f.achieved, f.unit, L, inPoints(f.as) ? '%' : '')}, ${localize(f.reported, L)}${unit(f.as)} ${KEYWORD[f.as]}`;
}
const noun = (as: ClaimAs) => (as === 'share' ? 'whole' : inPoints(as) ? 'target rate' : isChange(as) ? 'earlier figure' : 'target');
const span = (f: ImpliedFacts) => (f.to === null ? `from ${localize(f.from ?? '1', L)} on` : `from ${localize(f.from ?? '1', L)} to ${localize(f.to, L)}`);

const BOUND_WORD = { above: 'above', below: 'nearly', about: 'about' } as const;
function boundHead(f: ImpliedBoundFacts): string {
  return `${withUnit(f.achieved, f.unit, L, inPoints(f.as) ? '%' : '')}, ${BOUND_WORD[f.bound]} ${localize(f.reported, L)}${unit(f.as)} ${KEYWORD[f.as]}`;
}
function boundList(f: ImpliedBoundFacts): string {
  const pct = inPoints(f.as) ? '%' : '';
  const from = localize(f.from ?? '0', L) + pct;
  if (f.to === null) return `a whole number from ${from} up`;
  const to = localize(f.to, L) + pct;
  return f.count === 1 ? from : f.count === 2 ? `${from} or ${to}` : `a whole number from ${from} to ${to}`;
}

function status(a: string, t: string, s: AttainmentStatus, gap: string): string {
  if (s === 'not-met') return `${a} is below the target of ${t}: ${localize(gap, L)} short.`;
  if (s === 'exceeded') return `${a} exceeds the target of ${t} by ${localize(gap, L)}.`;
  return `${a} meets the target of ${t} exactly.`;
}
const ratioText = (f: RatioFacts) => `${localize(f.achieved, L)}/${localize(f.target, L)}`;
const rounded = (r: RoundedFigure) => `${r.ratio} printed as ${localize(r.reported, L)}${unit(r.as)} ${KEYWORD[r.as]} (only ${modes(r.modes)})`;

/** The English message table. */
export const en: ClaimMessageTable = {
  'check-matches': (f) => `${checkStart(f)}, as printed.`,
  'check-other-rounding': (f) => `${checkStart(f)}, not the printed ${printed(f)}; only ${modes(f.modes)} rounding gives ${printed(f)}.`,
  'check-bound': (f) => {
    const r = printed(f);
    const head = formula(f.as, f.achieved, f.target, f.exact, f.decimals, unit(f.as), L);
    if (f.bound === 'above') return `${head}: more than ${r}, as "above ${r}" says.`;
    if (f.bound === 'below') return `${head}: just under ${r}, as "nearly ${r}" says.`;
    return `${head}: within one unit of the last digit of ${r}, as "about ${r}" says.`;
  },
  'check-loose': (f) => {
    const r = printed(f);
    return `${formula(f.as, f.achieved, f.target, f.exact, f.decimals, unit(f.as), L)}: not close to the printed "${f.bound === 'below' ? 'nearly' : 'about'} ${r}" (more than one unit of its last digit off), but the wording is loose, so it is not called wrong.`;
  },
  'check-no-rounding': (f) => `${checkStart(f)}, not the printed ${printed(f)}; no rounding mode gives ${printed(f)}.`,
  'sum-matches': (f) => `${sumExpr(f)}, matching the total ${localize(f.total, L)}.`,
  'sum-within-rounding': (f) => `${sumExpr(f)}, ${signed(f.difference, L)} off the total ${localize(f.total, L)}, within the parts' rounding of ±${localize(f.tolerance, L)}.`,
  'sum-mismatch': (f) =>
    `${sumExpr(f)}, not the total ${localize(f.total, L)} (${signed(f.difference, L)} off${f.tolerance === '0' ? '' : `, beyond the parts' rounding of ±${localize(f.tolerance, L)}`}).`,
  'sum-unread-part': (f) =>
    `${sumExpr(f)}, short of the total ${localize(f.total, L)} by exactly the ${localize(f.unread, L)} among the parts that was read as a name or a number of reference; if it is a part, the sum matches, so it is not called wrong.`,
  implied: (f) => {
    const pct = inPoints(f.as) ? '%' : '';
    const from = localize(f.from ?? '1', L) + pct;
    const to = localize(f.to ?? '1', L) + pct;
    const list = f.count === 1 ? from : f.count === 2 ? `${from} or ${to}` : `${from} to ${to}`;
    return `${impliedHead(f)}: the ${noun(f.as)} was ${list} (rounding ${f.rounding}).`;
  },
  'implied-none': (f) => `${impliedHead(f)}: no whole-number ${noun(f.as)} gives this figure when rounding ${f.rounding}.`,
  'implied-too-many': (f) => `${impliedHead(f)}: too many whole-number ${noun(f.as)}s give this figure (${span(f)}), so it does not pin one down.`,
  'implied-too-large': (f) => `${impliedHead(f)}: the whole-number ${noun(f.as)}s that give this figure are past 2^53 (${span(f)}), too large to list.`,
  'implied-bound': (f) => `${boundHead(f)}: the ${noun(f.as)} was ${boundList(f)}.`,
  'implied-bound-none': (f) =>
    `${boundHead(f)}: no whole-number ${noun(f.as)} gives this figure${f.bound === 'above' ? '' : `, but "${BOUND_WORD[f.bound]}" is loose, so it is not called wrong`}.`,
  'ambiguous-pairing': (f) => {
    const list = f.candidates.map((c) => c.split('/').map((x) => localize(x, L)).join('/')).join(', ');
    return `${localize(f.reported, L)}${unit(f.as)} ${KEYWORD[f.as]}: which figure it belongs to cannot be told (${list}), so it is not checked.`;
  },
  ratio: (f) => `${ratioText(f)}: ${localize(f.percent ?? '0', L)}% of target. ${status(localize(f.achieved, L), localize(f.target, L), f.status, f.gap)}`,
  'ratio-zero-target': (f) => {
    const head = `${ratioText(f)}: the target is 0, so no percentage of it can be computed`;
    const list = f.printed.map((p, i) => `${localize(p, L)}% ${KEYWORD[f.printedAs[i] as ClaimAs]}`).join(', ');
    return `${f.printed.length === 0 ? `${head}.` : `${head}; the printed ${list} cannot be checked.`} ${status(localize(f.achieved, L), localize(f.target, L), f.status, f.gap)}`;
  },
  range: (f) => `A range of ${localize(f.min, L)}–${localize(f.max, L)}${f.percent ? '%' : ''}${f.unit === null ? '' : ` ${f.unit}`}.`,
  'range-inverted': (f) => `The range ${localize(f.min, L)}–${localize(f.max, L)}${f.percent ? '%' : ''}${f.unit === null ? '' : ` ${f.unit}`} has its lower end above its upper end.`,
  rate: (f) => `${withUnit(f.value, f.unit, L, '%')}: a rate, with nothing to check it against.`,
  'at-least': (f) => `A target of at least ${withUnit(f.value, f.unit, L)}.`,
  count: (f) => `${withUnit(f.value, f.unit, L)}: a count, with nothing to check it against.`,
  multiple: (f) => `${localize(f.value, L)} times: nothing to check it against.`,
  'part-within': (f) => `Of these, ${withUnit(f.part, f.partUnit, L)}: within the total ${withUnit(f.total, f.totalUnit, L)}.`,
  'part-exceeds': (f) => `Of these, ${withUnit(f.part, f.partUnit, L)}: more than the total ${withUnit(f.total, f.totalUnit, L)}.`,
  'mixed-rounding': (f) =>
    f.pair === null
      ? 'No single rounding mode gives every printed percentage: the report rounds inconsistently.'
      : `No single rounding mode gives both ${rounded(f.pair[0])} and ${rounded(f.pair[1])}: the report rounds inconsistently.`,
};
