import * as z from 'zod/mini';
import type { NumberInput } from '../attainment/index.js';
import { fractionText } from '../core/_exact.js';
import { add, mul, roundTo, type Rational } from '../core/_rational.js';
import { roundOptionsShape } from '../core/_schema.js';
import type { Bilingual, RoundingMode } from '../core/index.js';
import { explained } from './_explain.js';
import { CANDIDATE_STAGES, inputSchema } from './_outlookInput.js';
import { countPipeline } from './_pipeline.js';
import type { RollupReason } from './reasons.js';
import type { MemberPipelineInput, MemberPipelineResult } from './memberPipeline.js';
import { parseWith } from './_errors.js';

/**
 * The stages a candidate passes before admission, where conversion rates and durations apply.
 *
 * @category Member pipeline
 */
export type CandidateStageId = 'awaitingCourse' | 'completedAwarenessCourse' | 'dossierInProgress' | 'backgroundCheck' | 'proposedForAdmission';

/**
 * One line of history for estimating a conversion rate: of `entered` candidates at a stage,
 * `advanced` reached the next one.
 *
 * @category Member pipeline
 */
export interface StageHistory {
  readonly stage: CandidateStageId;
  readonly entered: NumberInput;
  readonly advanced: NumberInput;
}

/**
 * Input of {@link admissionOutlook}.
 *
 * @category Member pipeline
 */
export interface AdmissionOutlookInput {
  /** The admission target (chỉ tiêu kết nạp), e.g. 80 for the term. */
  readonly target: NumberInput;
  /** Admitted so far against that target (lũy kế), e.g. 72. */
  readonly admitted: NumberInput;
  /** The pipeline now, as {@link memberPipeline} takes it; its `asOf` is the date of the outlook. */
  readonly pipeline: MemberPipelineInput;
  /** The end of the term (or year) the target is for, `YYYY-MM-DD`; with `durations`, who can make it in time. */
  readonly termEnd?: string;
  /** Per stage, the share of candidates who go on to the next stage (0–1): a number, `"0.8"` or `"4/5"`. */
  readonly rates?: Readonly<Partial<Record<CandidateStageId, NumberInput>>>;
  /** Past flows to estimate the rates not given: Σ advanced ÷ Σ entered per stage. */
  readonly history?: readonly StageHistory[];
  /** Per stage, the usual days a candidate spends there before the next stage. */
  readonly durations?: Readonly<Partial<Record<CandidateStageId, NumberInput>>>;
}

/**
 * Options of {@link admissionOutlook}.
 *
 * @category Member pipeline
 */
export interface AdmissionOutlookOptions {
  /** Decimals of the expected admissions, 0–10. Default 2 (trailing zeros are dropped: `12.5`). */
  readonly decimals?: number;
  /** Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

/**
 * One candidate stage in the outlook, from the closest to admission down.
 *
 * Counts are numbers, as in {@link memberPipeline}: they count people, read as whole numbers below 2^53
 * (`unsafe_number` beyond), so a JS number holds each exactly. Shares stay exact fractions.
 *
 * @category Member pipeline
 */
export interface OutlookStage {
  readonly id: CandidateStageId;
  readonly count: number | null;
  /** Candidates at this stage or further on (2 + 14 = 16 at the background check). */
  readonly atOrPast: number;
  /** Share going on to the next stage, as an exact fraction; null when neither given nor estimable. */
  readonly rate: string | null;
  readonly rateSource: 'given' | 'history' | null;
  /** Share of this stage's candidates expected to be admitted: the product of the rates from here on. */
  readonly chance: string | null;
  readonly daysToAdmission: number | null;
  /** Whether they can be admitted before `termEnd`; null when durations or dates are not given. */
  readonly inTime: boolean | null;
  /** Expected admissions from this stage (count × chance; 0 when not in time), rounded; null when unknown. */
  readonly expected: string | null;
  /** The same, exact, as a reduced fraction (`"21/2"`). */
  readonly expectedExact: string | null;
}

/**
 * The result of {@link admissionOutlook}.
 *
 * The counts (`target`, `admitted`, `stillNeeded`, `pastCourse`, `maxPossible`) are numbers, as in
 * {@link memberPipeline}: they count people, read as whole numbers that must stay below 2^53 (a larger
 * one is `unsafe_number`), so a JS number holds each exactly and prints as its decimal. The one figure
 * that is not whole, the expected admissions, is a rounded decimal string with its exact fraction
 * (`expectedExact`) and a number for charts (`expectedNumber`).
 *
 * @category Member pipeline
 */
export interface AdmissionOutlookResult {
  readonly target: number;
  readonly admitted: number;
  /** target − admitted when positive (80 − 72 = 8), else 0. */
  readonly stillNeeded: number;
  readonly met: boolean;
  /** Candidates past the awareness course, in the admission procedure (dossier, background check, proposed). */
  readonly pastCourse: number;
  readonly daysLeft: number | null;
  readonly stages: readonly OutlookStage[];
  /** Candidates who could still be admitted in time: the most the pipeline can give. */
  readonly maxPossible: number;
  /** Expected admissions from the stages whose chance is known, rounded once as the options say (`"12.5"`). */
  readonly expected: string;
  /** The same, exact, as a reduced fraction (`"25/2"`). */
  readonly expectedExact: string;
  /** `expected` as a number, for charts and sorting (never to print). */
  readonly expectedNumber: number;
  /** Stages holding candidates (in time) whose chance is unknown. */
  readonly unknownStages: readonly CandidateStageId[];
  /**
   * true: expected ≥ still needed; false: expected (or even everyone) falls short; null: unknown rates
   * decide. Compared exactly, before rounding.
   */
  readonly withinReach: boolean | null;
  readonly pipeline: MemberPipelineResult;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  /**
   * The outlook as data: `'outlook-met'`, `'within-reach'`, `'out-of-reach'` (even everyone in time
   * would not be enough), `'short'` or `'undecided'`, with the figures it is written from.
   */
  readonly reason: RollupReason<'outlook-met' | 'within-reach' | 'out-of-reach' | 'short' | 'undecided'>;
  /** The outlook in words, written from `reason` by the message tables, with the expected admissions as rounded (`8,3` / `8.3`). */
  readonly explanation: Bilingual;
}

const PAST_COURSE: readonly CandidateStageId[] = ['dossierInProgress', 'backgroundCheck', 'proposedForAdmission'];
type Frac = Rational;

function atLeast(a: Frac, k: number): boolean {
  return a.n >= BigInt(k) * a.d;
}

const optionsSchema = z.strictObject(roundOptionsShape);

/**
 * What the member pipeline means for an admission target: how many are still needed (80 − 72 = 8),
 * how many candidates are at or past each stage (2 + 14 = 16 past the awareness course), and, with
 * conversion rates given or estimated from history (and, with durations, only those who can be
 * admitted before the end of the term), the expected admissions and whether the target is within
 * reach. All arithmetic is on exact fractions; the expected admissions are rounded once, at the end,
 * as the options say, and the reason quotes them so.
 *
 * @param input - `target`, `admitted`, `pipeline`, and optionally `termEnd`, `rates`, `history`, `durations`
 * @param options - `decimals` (default 2) and `rounding` (default `'half-up'`) of the expected admissions
 * @returns a frozen {@link AdmissionOutlookResult}
 * @throws {ChiTieuError} `missing`, `negative`, `not_integer`, `unsafe_number`, `out_of_range` (a rate
 *   outside 0–1, advanced above entered), `malformed_number`, `invalid_type` (a date that is not a
 *   string), `invalid_date`, `date_order` (term end before `asOf`), `unknown_key`, any error of
 *   {@link memberPipeline} under `pipeline`, and `out_of_range` / `unknown_rounding` under `options`
 * @example
 * ```ts
 * import { admissionOutlook } from 'chitieu';
 * const o = admissionOutlook({
 *   target: 80,
 *   admitted: 72,
 *   pipeline: { asOf: '2024-07-16', counts: { proposedForAdmission: 2, backgroundCheck: 14, completedAwarenessCourse: 78, awaitingCourse: 30 } },
 *   rates: { proposedForAdmission: 1, backgroundCheck: '1/2' },
 * });
 * [o.stillNeeded, o.pastCourse, o.expected, o.withinReach];
 * //=> [ 8, 16, '9', true ]
 * const short = admissionOutlook({
 *   target: 80,
 *   admitted: 72,
 *   pipeline: { counts: { proposedForAdmission: 2, backgroundCheck: 14 } },
 *   rates: { proposedForAdmission: '9/10', backgroundCheck: '2/5' },
 * }, { decimals: 1, rounding: 'down' });
 * [short.expected, short.expectedExact, short.withinReach];
 * //=> [ '6.8', '171/25', false ]
 * short.reason.code;
 * //=> 'short'
 * short.explanation.en.split('. ').pop();
 * //=> 'Expected admissions only 6.8: short of it.'
 * ```
 * @category Member pipeline
 */
export function admissionOutlook(input: AdmissionOutlookInput, options: AdmissionOutlookOptions = {}): AdmissionOutlookResult {
  const p = parseWith(inputSchema, input);
  const o = parseWith(optionsSchema, options ?? {}, ['options']);
  const decimals = o.decimals ?? 2;
  const rounding = o.rounding ?? 'half-up';
  const round = (f: Frac) => roundTo(f, decimals, rounding);
  const pipeline = countPipeline(p.pipeline);
  const countOf = new Map(pipeline.stages.map((s) => [s.id as string, s.count]));
  // A lone "sent to the course" total, without its breakdown, is counted at the earliest stage of the group.
  const sentTotal = pipeline.totals.find((t) => t.id === 'sentToAwarenessCourse');
  if (countOf.get('awaitingCourse') === null && countOf.get('completedAwarenessCourse') === null && sentTotal?.count != null) countOf.set('awaitingCourse', sentTotal.count);

  const stillNeeded = Math.max(p.target - p.admitted, 0);
  const stages: OutlookStage[] = [];
  let atOrPast = 0;
  let chance: Frac | null = { n: 1n, d: 1n };
  let days: number | null = 0;
  let expected: Frac = { n: 0n, d: 1n };
  let maxPossible = 0;
  const unknownStages: CandidateStageId[] = [];
  for (const id of [...CANDIDATE_STAGES].reverse()) {
    const count = countOf.get(id) ?? null;
    atOrPast += count ?? 0;
    const given = p.rates.get(id);
    const h = p.history.get(id);
    const rate: Frac | null = given ?? (h && h.entered > 0n ? { n: h.advanced, d: h.entered } : null);
    chance = chance !== null && rate !== null ? mul(chance, rate) : null;
    const dur = p.durations.get(id);
    days = days !== null && dur !== undefined ? days + dur : null;
    const inTime = days !== null && p.daysLeft !== null ? days <= p.daysLeft : null;
    let exp: Frac | null = null;
    if (inTime === false) exp = { n: 0n, d: 1n };
    else if (chance !== null) exp = mul({ n: BigInt(count ?? 0), d: 1n }, chance);
    if (inTime !== false) maxPossible += count ?? 0;
    if (exp !== null) expected = add(expected, exp);
    else if ((count ?? 0) > 0) unknownStages.push(id);
    stages.push(Object.freeze({
      id,
      count,
      atOrPast,
      rate: rate === null ? null : fractionText(rate.n, rate.d),
      rateSource: given ? 'given' : rate ? 'history' : null,
      chance: chance === null ? null : fractionText(chance.n, chance.d),
      daysToAdmission: days,
      inTime,
      expected: exp === null ? null : round(exp),
      expectedExact: exp === null ? null : fractionText(exp.n, exp.d),
    }));
  }
  const pastCourse = PAST_COURSE.reduce((s, id) => s + (countOf.get(id) ?? 0), 0);
  let withinReach: boolean | null;
  if (stillNeeded === 0 || atLeast(expected, stillNeeded)) withinReach = true;
  else if (maxPossible < stillNeeded || unknownStages.length === 0) withinReach = false;
  else withinReach = null;

  const expectedText = round(expected);
  const inProcedure = PAST_COURSE.slice().reverse().filter((id) => (countOf.get(id) ?? 0) > 0)
    .map((id) => Object.freeze({ id, count: countOf.get(id) as number }));
  let code: AdmissionOutlookResult['reason']['code'];
  if (stillNeeded === 0) code = 'outlook-met';
  else if (withinReach === true) code = 'within-reach';
  else if (withinReach === false) code = maxPossible < stillNeeded ? 'out-of-reach' : 'short';
  else code = 'undecided';
  const { reason, explanation } = explained(code, {
    target: p.target, admitted: p.admitted, stillNeeded, pastCourse, inProcedure: Object.freeze(inProcedure),
    expected: expectedText, maxPossible, unknownStages: Object.freeze([...unknownStages]),
  });
  return Object.freeze({
    target: p.target,
    admitted: p.admitted,
    stillNeeded,
    met: stillNeeded === 0,
    pastCourse,
    daysLeft: p.daysLeft,
    stages: Object.freeze(stages),
    maxPossible,
    expected: expectedText,
    expectedExact: fractionText(expected.n, expected.d),
    expectedNumber: Number(expectedText),
    unknownStages: Object.freeze(unknownStages),
    withinReach,
    pipeline,
    decimals,
    rounding,
    reason,
    explanation,
  });
}
