// The public API of the rollup area: re-exports only.
export { rollup } from './rollup.js';
export { safeRollup } from './safeRollup.js';
export { rollupColumns } from './rollupColumns.js';
export { safeRollupColumns } from './safeRollupColumns.js';
export { rollupPartial } from './rollupPartial.js';
export { safeRollupPartial } from './safeRollupPartial.js';
export { mergeRollups } from './mergeRollups.js';
export { safeMergeRollups } from './safeMergeRollups.js';
export { scorecard } from './scorecard.js';
export { safeScorecard } from './safeScorecard.js';
export type { ScorecardDistribution, ScorecardItem, ScorecardLine, ScorecardOptions, ScorecardResult } from './scorecard.js';
export { MEMBER_STAGES } from './memberStages.js';
export type { MemberEventId, MemberStage, MemberStageId, MemberStageTotal, MemberTotalId } from './memberStages.js';
export { memberPipeline } from './memberPipeline.js';
export { safeMemberPipeline } from './safeMemberPipeline.js';
export type { CandidateRecord, MemberPipelineInput, MemberPipelineResult, PipelineCheck, PipelineStageCount, PipelineTotalCount } from './memberPipeline.js';
export { admissionOutlook } from './admissionOutlook.js';
export { safeAdmissionOutlook } from './safeAdmissionOutlook.js';
export type { AdmissionOutlookInput, AdmissionOutlookOptions, AdmissionOutlookResult, CandidateStageId, OutlookStage, StageHistory } from './admissionOutlook.js';
export type { OutlookFacts, PipelineCheckFacts, RollupReason, RollupReasonCode, RollupReasonFacts, ScorecardFacts } from './reasons.js';
export type {
  CountInput,
  IndicatorColumns,
  IndicatorFigures,
  OrgColumns,
  OrgNode,
  OrgTree,
  RollupAggregate,
  RollupColumnsResult,
  RollupContribution,
  RollupFigure,
  RollupMethod,
  RollupNode,
  RollupOptions,
  RollupPartial,
  RollupResult,
} from './types.js';
