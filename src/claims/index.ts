// The public API of the claims area: re-exports only.
export { checkClaim } from './checkClaim.js';
export { safeCheckClaim } from './safeCheckClaim.js';
export { impliedTargets } from './impliedTargets.js';
export { safeImpliedTargets } from './safeImpliedTargets.js';
export { checkSum } from './checkSum.js';
export { safeCheckSum } from './safeCheckSum.js';
export { extractClaims } from './extractClaims.js';
export { safeExtractClaims } from './safeExtractClaims.js';
export type {
  AmbiguousClaim,
  AtLeastClaim,
  CheckClaimInput,
  ClaimOptions,
  CheckClaimResult,
  CheckSumInput,
  CheckSumResult,
  Claim,
  ClaimAs,
  ClaimFlag,
  ClaimVerdict,
  CountClaim,
  ExtractClaimsOptions,
  ExtractClaimsResult,
  FigureRef,
  ImpliedTargetClaim,
  ImpliedTargetsInput,
  RangeClaim,
  RateClaim,
  RatioClaim,
  RatioPercentClaim,
  ReportFlag,
  SubsetClaim,
  SumClaim,
  SumTolerance,
} from './types.js';
export type {
  AmbiguousFacts,
  BoundFacts,
  CheckFacts,
  ClaimMessageTable,
  ClaimReason,
  ClaimReasonCode,
  ClaimReasonFacts,
  ImpliedBoundFacts,
  ImpliedFacts,
  MixedRoundingFacts,
  RangeFacts,
  RatioFacts,
  RoundedFigure,
  SubsetFacts,
  SumFacts,
  UnreadPartFacts,
  ValueFacts,
} from './reasons.js';
