import type { CandidateStageId } from './admissionOutlook.js';
import type { MemberStageId, MemberTotalId } from './memberStages.js';

// What the rollup area's verdicts rest on, as data: a stable code and plain facts (counts of people as
// numbers, as the results hold them; other figures as decimal strings; stages as their ids). The
// sentences are written from these by one message table per language (src/rollup/messages/vi.ts,
// en.ts), as docs/conventions.md §4 says.

/**
 * The facts of each reason code of the rollup area: {@link ScorecardResult}'s summary, a
 * {@link PipelineCheck} and {@link AdmissionOutlookResult}'s outlook.
 *
 * @category Rollup
 */
export interface RollupReasonFacts {
  /** Every line met or exceeded its target. */
  readonly 'all-met': ScorecardFacts;
  /** Some lines did not. */
  readonly 'not-all-met': ScorecardFacts;
  /** A total a report gives equals the sum of its parts. */
  readonly consistent: PipelineCheckFacts;
  readonly inconsistent: PipelineCheckFacts;
  /** Admitted already meets the admission target. */
  readonly 'outlook-met': OutlookFacts;
  /** The expected admissions reach what is still needed. */
  readonly 'within-reach': OutlookFacts;
  /** Even every candidate who can still be admitted in time would not be enough. */
  readonly 'out-of-reach': OutlookFacts;
  /** The expected admissions fall short. */
  readonly short: OutlookFacts;
  /** Stages without a conversion rate decide it. */
  readonly undecided: OutlookFacts;
}

/** @category Rollup */
export interface ScorecardFacts {
  readonly total: number;
  readonly metOrExceeded: number;
  readonly exceeded: number;
  readonly met: number;
  readonly notMet: number;
}

/** @category Member pipeline */
export interface PipelineCheckFacts {
  readonly id: MemberTotalId;
  readonly total: number;
  readonly parts: readonly { readonly id: MemberStageId; readonly count: number }[];
  readonly sum: number;
  readonly difference: number;
}

/** @category Member pipeline */
export interface OutlookFacts {
  readonly target: number;
  readonly admitted: number;
  readonly stillNeeded: number;
  /** Candidates past the awareness course, and how many at each of those stages (closest to admission first). */
  readonly pastCourse: number;
  readonly inProcedure: readonly { readonly id: CandidateStageId; readonly count: number }[];
  /** The expected admissions as the result rounds them (`"6.8"`). */
  readonly expected: string;
  readonly maxPossible: number;
  readonly unknownStages: readonly CandidateStageId[];
}

/**
 * A stable code for a rollup verdict.
 *
 * @category Rollup
 */
export type RollupReasonCode = keyof RollupReasonFacts;

/**
 * Why a verdict was given: its code and the facts its sentences are written from.
 *
 * @category Rollup
 */
export type RollupReason<C extends RollupReasonCode = RollupReasonCode> = { readonly [K in C]: { readonly code: K; readonly facts: RollupReasonFacts[K] } }[C];

/**
 * One message table of the rollup area: a sentence for each reason code, the names of the member
 * pipeline's stages, and how a distribution's span is written.
 *
 * @category Rollup
 */
export interface RollupMessageTable {
  readonly reasons: { readonly [C in RollupReasonCode]: (facts: RollupReasonFacts[C]) => string };
  readonly stages: Readonly<Record<MemberStageId | MemberTotalId, string>>;
  /** `"97,5–110%"`; one figure when min = max. */
  readonly span: (facts: { readonly min: string; readonly max: string }) => string;
}
