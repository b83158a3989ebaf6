export { attainment } from './attainment.js';
export { safeAttainment } from './safeAttainment.js';
export { describeAttainment } from './describeAttainment.js';
export { explainAttainment } from './explainAttainment.js';
export type { ExplainAttainmentOptions } from './explainAttainment.js';
export { attainmentBatch } from './attainmentBatch.js';
export type { AttainmentBatchInput, AttainmentBatchOptions, AttainmentBatchResult } from './attainmentBatch.js';
export { safeAttainmentBatch } from './safeAttainmentBatch.js';
export type { BatchFigureName, BatchTargetForm } from './_batch.js';
export type { DescribeAttainmentOptions } from './describeAttainment.js';
export type {
  AttainmentInput,
  AttainmentOptions,
  AttainmentResult,
  AttainmentStatus,
  IndicatorKind,
  NumberInput,
  StatusFacts,
  StatusMessageTable,
  StatusReason,
  Target,
  TargetInput,
} from './types.js';
