// The English sentences of the steps of a term-progress explanation, written from each step's facts.
import { en as statusEn } from '../../attainment/messages/en.js';
import { dateEn, monthNameEn } from '../../core/_calendar.js';
import { localize } from '../../core/_format.js';
import type { PeriodLabelTable } from '../_periodLabel.js';
import type { TermSentenceFacts } from '../describeTermProgress.js';
import type { StepMessageTable } from '../steps.js';

const n = (plain: string): string => localize(plain, 'en');
const METHOD = { linear: 'linear run-rate', cagr: 'CAGR progress measure (Statistics Canada / Open SDG)', unsd: 'UNSD progress-chart ratio' } as const;
const AGGREGATION = { sum: 'sum of the periods', last: 'latest figure', max: 'highest figure', mean: 'mean of the periods', given: 'as given' } as const;
const PACE = { ahead: 'ahead of pace', 'on-track': 'on track', behind: 'behind pace' } as const;

/** The English sentences of the steps. */
export const en: StepMessageTable = {
  'elapsed-not-started': (f) => `${dateEn(f.asOf)} is before ${f.term.en} starts (${dateEn(f.termStart)}): no time has passed.`,
  'elapsed-ended': (f) => `${f.term.en} ended on ${dateEn(f.termEnd)}: all ${f.totalDays} days have passed.`,
  elapsed: (f) => `As of ${dateEn(f.asOf)}, ${f.elapsedDays} of the ${f.totalDays} days of ${f.term.en} (${dateEn(f.termStart)} – ${dateEn(f.termEnd)}) have passed: ${f.percent}%.`,
  cumulative: (f) =>
    `Cumulative as of ${dateEn(f.asOf)} (${AGGREGATION[f.aggregation]}): ${n(f.value)}${f.rounded ? ' (not a terminating decimal: compared with the target as the exact fraction, the achieved figure shown rounded to 10 decimals)' : ''}.`,
  'projected-at-end': (f) => `At the current rate the figure reaches about ${n(f.value)} by the end of ${f.term.en}.`,
  attainment: (f) => statusEn[f.code](f.facts),
  'expected-by-now': (f) =>
    f.basis === 'plan' ? `By the per-period plans, the figure should be ${n(f.value)} by ${dateEn(f.asOf)}.` : `At an even pace the figure should be ${n(f.value)} by ${dateEn(f.asOf)} (target × time elapsed).`,
  pace: (f) =>
    `The cumulative ${n(f.cumulative)} is ${f.side === 'above' ? 'above' : f.side === 'below' ? 'below' : `within ±${f.tolerance}% of`} the expected ${n(f.expected)}${f.side === 'within' ? '' : ` by more than ${f.tolerance}%`}: ${PACE[f.pace]}.`,
  'required-not-applicable': () => 'The target is an upper limit: no yearly requirement applies.',
  'required-met': () => 'The target is met: nothing more is needed.',
  'required-ended': (f) => `${f.term.en} has ended: no time is left to make up the ${n(f.remaining)} missing.`,
  required: (f) => `${n(f.remaining)} still to go in the ${f.remainingDays} days left: about ${n(f.perYear)} a year (${n(f.perMonth)} a month).`,
  'projection-insufficient': (f) => `The ${METHOD[f.method]} needs at least 2 data points at different dates; got ${f.got}. ${f.resultsNeeded ? 'Give the results per period.' : ''}`,
  'projection-not-applicable': (f) => `The ${METHOD[f.method]} measures growth toward a goal; it does not apply to an upper limit.`,
  'projection-achieved': (f) => `The cumulative ${n(f.cumulative)} already meets the target of ${n(f.target)}: ${f.label.en} (${f.thresholds.en}).`,
  'projection-linear': (f) => `At the current rate the figure reaches about ${n(f.projected)} against the target of ${n(f.target)}: ${f.meets ? 'meets the target at this rate' : 'misses the target at this rate'}.`,
  'projection-base-met': (f) => `The base value ${n(f.base)} met the target but the figure is now below it: ${f.label.en}.`,
  'projection-cagr': (f) => `Observed compound growth of ${n(f.observed)}% a year against the ${n(f.required)}% needed: ratio ${n(f.ratio)}, ${f.label.en} (${f.thresholds.en}).`,
  'projection-unsd': (f) => `Projected ${n(f.projected)} at the end, against the change needed from ${n(f.base)} to ${n(f.target)}: ratio ${n(f.ratio)}, ${f.label.en} (${f.thresholds.en}).`,
};

/** The class labels of the linear run-rate projection (`projections[].classLabel`). */
export const linearClassEn = { 'on-track': 'Meets the target at this rate', 'off-track': 'Misses the target at this rate' } as const;

/** The names of periods in English. */
export const periodLabelsEn: PeriodLabelTable = {
  year: (y) => String(y),
  half: (y, first) => `${first ? 'first' : 'second'} half of ${y}`,
  quarter: (y, q) => `Q${q} ${y}`,
  month: (y, m) => `${monthNameEn(m)} ${y}`,
  term: (y1, y2) => `term ${y1}–${y2}`,
  stage: (y1, y2) => `programme period ${y1}–${y2}`,
  custom: (start, end) => `${dateEn(start)} to ${dateEn(end)}`,
  monthsOfYear: (y, first, n) => (n === 1 ? `${first ? 'first' : 'last'} month of ${y}` : `${first ? 'first' : 'last'} ${n} months of ${y}`),
  partOfYear: (y, start, end) => `${y} (${dateEn(start)} – ${dateEn(end)})`,
};

const DESCRIBE_PACE = { ahead: 'ahead of pace', 'on-track': 'on pace', behind: 'behind pace' } as const;

/** The report sentence of term progress for one target (`describeTermProgress`). */
export const termSentenceEn = (f: TermSentenceFacts): string =>
  `${f.target === null ? f.term : `${f.term}, ${f.target}`}: ${f.attainment}; ${n(f.elapsedPercent)}% of the time elapsed, ${DESCRIBE_PACE[f.pace]}` +
  (f.perYear === null ? '' : `, ${n(f.perYear)}${f.unit === null ? '' : ` ${f.unit}`}/year still needed`);
