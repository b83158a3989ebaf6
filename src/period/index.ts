// The public API of the period area: re-exports only.
export { parsePeriod } from './parsePeriod.js';
export type { ParsedPeriod, ParsePeriodOptions } from './parsePeriod.js';
export { safeParsePeriod } from './safeParsePeriod.js';
export { periodContains } from './periodContains.js';
export { safePeriodContains } from './safePeriodContains.js';
export { elapsedFraction } from './elapsedFraction.js';
export { safeElapsedFraction } from './safeElapsedFraction.js';
export type { ElapsedFractionOptions } from './elapsedFraction.js';
export { splitIntoYears } from './splitIntoYears.js';
export { safeSplitIntoYears } from './safeSplitIntoYears.js';
export { formatPeriod } from './formatPeriod.js';
export { safeFormatPeriod } from './safeFormatPeriod.js';
export type { FormatPeriodOptions } from './formatPeriod.js';
export { termProgress } from './termProgress.js';
export type {
  Aggregation,
  Pace,
  PeriodValue,
  ProjectionMethod,
  TermProgressInput,
  TermProgressOptions,
  TermProgressResult,
  TermProjection,
  TermTargetInput,
  TermTargetProgress,
} from './termProgress.js';
export { safeTermProgress } from './safeTermProgress.js';
export { describeTermProgress } from './describeTermProgress.js';
export type { DescribeTermProgressOptions } from './describeTermProgress.js';
export { allocate } from './allocate.js';
export { safeAllocate } from './safeAllocate.js';
export type { AllocateOptions, AllocateResult } from './allocate.js';
export { OPEN_SDG_THRESHOLDS, UNSD_PROGRESS_THRESHOLDS } from './progressThresholds.js';
export type { StepCode, StepFacts, StepMessageTable } from './steps.js';
export type {
  Elapsed,
  ElapsedStatus,
  ExactFigure,
  ExplanationStep,
  Period,
  PeriodInput,
  PeriodKind,
  ProgressBand,
  ProgressClass,
  ProgressThresholds,
} from './types.js';
