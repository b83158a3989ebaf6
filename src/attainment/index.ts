export { attainment } from './attainment.js';
export { safeAttainment } from './safeAttainment.js';
export { describeAttainment } from './describeAttainment.js';
export type { DescribeAttainmentOptions } from './describeAttainment.js';
export type {
  AttainmentInput,
  AttainmentOptions,
  AttainmentResult,
  AttainmentStatus,
  IndicatorKind,
  NumberInput,
  StatusReason,
  Target,
  TargetInput,
} from './types.js';
