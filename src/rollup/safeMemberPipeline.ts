import { toSafe, type SafeResult } from '../core/errors.js';
import { memberPipeline, type MemberPipelineInput, type MemberPipelineResult } from './memberPipeline.js';

const safe = toSafe(memberPipeline);

/**
 * {@link memberPipeline} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for counts typed into a form or read from a register.
 *
 * @param input - as {@link memberPipeline}
 * @returns `{ success: true, data }` with the pipeline, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeMemberPipeline } from 'chitieu';
 * const r = safeMemberPipeline({ counts: { backgroundCheck: -1 } });
 * r.success ? r.data.consistent : [r.error.code, r.error.path];
 * //=> [ 'negative', [ 'counts', 'backgroundCheck' ] ]
 * ```
 * @category Member pipeline
 */
export function safeMemberPipeline(input: unknown): SafeResult<MemberPipelineResult> {
  return safe(input as MemberPipelineInput);
}
