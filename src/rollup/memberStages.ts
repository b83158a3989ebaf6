import type { Bilingual } from '../core/index.js';
import { stageNames } from './_explain.js';

/**
 * A stage of the way from outstanding non-member (quần chúng ưu tú) to full party member, where a
 * candidate stands at a date; `step` orders them.
 *
 * @category Member pipeline
 */
export interface MemberStage extends Bilingual {
  readonly id: MemberStageId;
  readonly kind: 'stage';
  readonly step: number;
  /** The event that puts a candidate at this stage, as candidate records name it. */
  readonly event: MemberEventId;
}

/**
 * A count reports give for a group of stages: "cử 108 quần chúng ưu tú học lớp nhận thức về Đảng,
 * trong đó 78 đã hoàn thành, 30 đang chuẩn bị đi học" (108 = 78 + 30).
 *
 * @category Member pipeline
 */
export interface MemberStageTotal extends Bilingual {
  readonly id: MemberTotalId;
  readonly kind: 'total';
  readonly parts: readonly MemberStageId[];
}

/** @category Member pipeline */
export type MemberStageId =
  | 'awaitingCourse'
  | 'completedAwarenessCourse'
  | 'dossierInProgress'
  | 'backgroundCheck'
  | 'proposedForAdmission'
  | 'probationary'
  | 'fullMember';

/** @category Member pipeline */
export type MemberTotalId = 'sentToAwarenessCourse' | 'admitted';

/** The dated events of a candidate's record; each moves the candidate to a stage. @category Member pipeline */
export type MemberEventId =
  | 'sentToAwarenessCourse'
  | 'completedAwarenessCourse'
  | 'dossierInProgress'
  | 'backgroundCheck'
  | 'proposedForAdmission'
  | 'admitted'
  | 'fullMember';

/**
 * The member pipeline as data: the stages in order (Điều lệ Đảng and its guidance: awareness course
 * and certificate, dossier, background verification, proposal to the superior committee, admission as
 * a probationary member, recognition as a full member after 12 months), then the totals reports give
 * for groups of stages.
 *
 * @example
 * ```ts
 * import { MEMBER_STAGES } from 'chitieu';
 * MEMBER_STAGES.filter((s) => s.kind === 'stage').map((s) => s.id).slice(0, 3);
 * //=> [ 'awaitingCourse', 'completedAwarenessCourse', 'dossierInProgress' ]
 * MEMBER_STAGES.find((s) => s.id === 'backgroundCheck')?.vi;
 * //=> 'đang thẩm tra lý lịch'
 * ```
 * @category Member pipeline
 */
export const MEMBER_STAGES: readonly (MemberStage | MemberStageTotal)[] = Object.freeze([
  { id: 'awaitingCourse', kind: 'stage', step: 1, event: 'sentToAwarenessCourse' },
  { id: 'completedAwarenessCourse', kind: 'stage', step: 2, event: 'completedAwarenessCourse' },
  { id: 'dossierInProgress', kind: 'stage', step: 3, event: 'dossierInProgress' },
  { id: 'backgroundCheck', kind: 'stage', step: 4, event: 'backgroundCheck' },
  { id: 'proposedForAdmission', kind: 'stage', step: 5, event: 'proposedForAdmission' },
  { id: 'probationary', kind: 'stage', step: 6, event: 'admitted' },
  { id: 'fullMember', kind: 'stage', step: 7, event: 'fullMember' },
  { id: 'sentToAwarenessCourse', kind: 'total', parts: ['completedAwarenessCourse', 'awaitingCourse'] },
  { id: 'admitted', kind: 'total', parts: ['probationary', 'fullMember'] },
  // The names come from the message tables (src/rollup/messages/), like every sentence of the area.
].map((s) => Object.freeze({ ...s, ...stageNames(s.id as MemberStageId | MemberTotalId), ...(s.parts ? { parts: Object.freeze(s.parts) } : {}) })) as (MemberStage | MemberStageTotal)[]);
