import type { Bilingual } from '../core/index.js';
import { countPipeline, pipelineSchema } from './_pipeline.js';
import type { MemberEventId, MemberStageId, MemberTotalId } from './memberStages.js';
import type { RollupReason } from './reasons.js';
import type { NumberInput } from '../attainment/index.js';
import { parseWith } from './_errors.js';

/**
 * One candidate's record: the date of each event reached so far (`YYYY-MM-DD`), and the date they
 * left the pipeline, if they did.
 *
 * @category Member pipeline
 */
export interface CandidateRecord {
  readonly id: string;
  readonly events: Readonly<Partial<Record<MemberEventId, string>>>;
  readonly left?: string;
}

/**
 * The member pipeline as a report gives it (counts by stage or group total) or as records of
 * candidates (counted at `asOf`).
 *
 * @category Member pipeline
 */
export type MemberPipelineInput =
  | { readonly asOf?: string; readonly counts: Readonly<Partial<Record<MemberStageId | MemberTotalId, NumberInput>>> }
  | { readonly asOf: string; readonly candidates: readonly CandidateRecord[] };

/** One stage's count: given, counted from records, or derived from a total (`derived`); null when unknown. @category Member pipeline */
export interface PipelineStageCount extends Bilingual {
  readonly id: MemberStageId;
  readonly count: number | null;
  readonly derived: boolean;
}

/** A group total, given or derived from all its parts; null when unknown. @category Member pipeline */
export interface PipelineTotalCount extends Bilingual {
  readonly id: MemberTotalId;
  readonly count: number | null;
  readonly derived: boolean;
  readonly parts: readonly MemberStageId[];
}

/** A check of a given total against its given parts (108 = 78 + 30). @category Member pipeline */
export interface PipelineCheck {
  readonly id: MemberTotalId;
  readonly total: number;
  readonly parts: readonly { readonly id: MemberStageId; readonly count: number }[];
  readonly sum: number;
  /** total − sum of the parts; 0 when consistent. */
  readonly difference: number;
  readonly consistent: boolean;
  /** The check as data: `'consistent'` or `'inconsistent'`, with the figures it is written from. */
  readonly reason: RollupReason<'consistent' | 'inconsistent'>;
  /** The check in words, written from `reason` by the message tables. */
  readonly explanation: Bilingual;
}

/**
 * The result of {@link memberPipeline}.
 *
 * @category Member pipeline
 */
export interface MemberPipelineResult {
  readonly asOf: string | null;
  readonly source: 'counts' | 'candidates';
  /** Every stage in order, with its count. */
  readonly stages: readonly PipelineStageCount[];
  readonly totals: readonly PipelineTotalCount[];
  readonly checks: readonly PipelineCheck[];
  /** Whether every check holds (true when there is nothing to check). */
  readonly consistent: boolean;
  /** From records: candidates who left the pipeline by `asOf`; null for counts. */
  readonly left: number | null;
}

/**
 * Where candidates for party membership stand: counts per stage (awareness course sent / completed /
 * waiting, dossier, background check, proposed, probationary, full member), from a report's counts or
 * from candidate records at a date, with the consistency of every group total a report gives
 * ("cử 108 … trong đó 78 đã hoàn thành, 30 đang chuẩn bị đi học": 78 + 30 = 108). A total given with
 * one part missing yields that part; all parts given without the total yield the total.
 *
 * @param input - `{ asOf?, counts }` with counts by stage id or total id, or `{ asOf, candidates }`
 *   with each candidate's dated events (see {@link MEMBER_STAGES})
 * @returns a frozen {@link MemberPipelineResult}
 * @throws {ChiTieuError} `negative`, `not_integer`, `unsafe_number`, `unknown_key` (an unknown stage),
 *   `invalid_type` (e.g. a date that is not a string), `invalid_date` (a day that does not exist),
 *   `date_order` (events out of order), `duplicate_id`, `missing`
 * @example
 * ```ts
 * import { memberPipeline } from 'chitieu';
 * const p = memberPipeline({ counts: { sentToAwarenessCourse: 108, completedAwarenessCourse: 78, awaitingCourse: 30, backgroundCheck: 14, proposedForAdmission: 2 } });
 * [p.consistent, p.checks[0]?.explanation.vi];
 * //=> [ true, 'Khớp: 78 + 30 = 108, đúng bằng tổng số được cử học lớp nhận thức về Đảng (108).' ]
 * p.checks[0]?.reason.code;
 * //=> 'consistent'
 * const q = memberPipeline({ asOf: '2024-06-30', candidates: [
 *   { id: 'a', events: { sentToAwarenessCourse: '2024-03-01', completedAwarenessCourse: '2024-03-20' } },
 *   { id: 'b', events: { sentToAwarenessCourse: '2024-06-01', completedAwarenessCourse: '2024-07-10' } },
 * ] });
 * q.stages.slice(0, 2).map((s) => [s.id, s.count]);
 * //=> [ [ 'awaitingCourse', 1 ], [ 'completedAwarenessCourse', 1 ] ]
 * ```
 * @category Member pipeline
 */
export function memberPipeline(input: MemberPipelineInput): MemberPipelineResult {
  return countPipeline(parseWith(pipelineSchema, input));
}
