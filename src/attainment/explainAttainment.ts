import * as z from 'zod/mini';
import { describe, parseIn, reader, report, localeSchema } from '../core/_schema.js';
import { attainmentTables } from '../core/messages/tables.js';
import type { LocaleTag } from '../core/locale.js';
import { reasonSentence } from './_reason.js';
import type { AttainmentResult, StatusReason } from './types.js';

/**
 * Options of {@link explainAttainment}.
 *
 * @category Attainment
 */
export interface ExplainAttainmentOptions {
  /** Default `'vi'`. */
  readonly locale?: LocaleTag;
}

const CODES = ['below-target', 'at-target', 'above-target', 'below-range', 'inside-range', 'above-range', 'above-limit', 'at-limit', 'below-limit'] as const;
const text = z.string();
const factsSchema = z.object({
  kind: z.enum(['count', 'rate']),
  achieved: text,
  target: z.union([
    z.object({ form: z.enum(['reach', 'at-least', 'at-most']), value: text }),
    z.object({ form: z.literal('range'), min: text, max: text }),
  ]),
  gap: text,
});
const reasonSchema = z.object({ code: z.enum(CODES), facts: factsSchema });
// A result or its reason: a result is read through its `reason`, so both give the same sentence.
const reasonOf = reader((v, ctx) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return report(ctx, 'invalid_type', { expected: 'attainment-result-or-reason', ...describe(v) });
  }
  return 'reason' in v ? (v as { reason: unknown }).reason : v;
});
const inputSchema = z.pipe(reasonOf, reasonSchema);
const optionsSchema = z.strictObject({ locale: z.optional(localeSchema) });

/**
 * The sentence that says why an attainment result has its status, in Vietnamese or English, written
 * from `reason.code` and `reason.facts` by the message table of the language:
 * `"58 chưa đạt chỉ tiêu ít nhất 400, còn thiếu 342."`. Results carry the code and facts only, so
 * computing them writes no sentence; this writes one when it is shown.
 *
 * @param result - a result of {@link attainment}, or its `reason`
 * @param options - `locale` (default `'vi'`)
 * @returns the sentence
 * @throws {ChiTieuError} `invalid_type` or `invalid_value` when `result` is neither a result nor a reason
 * @example
 * ```ts
 * import { attainment, explainAttainment } from 'chitieu';
 * const r = attainment({ achieved: 58, target: { atLeast: 400 } });
 * [r.reason.code, explainAttainment(r), explainAttainment(r.reason, { locale: 'en' })];
 * //=> [ 'below-target', '58 chưa đạt chỉ tiêu ít nhất 400, còn thiếu 342.', '58 is below the target of at least 400: 342 short.' ]
 * ```
 * @category Attainment
 */
export function explainAttainment(result: AttainmentResult | StatusReason, options: ExplainAttainmentOptions = {}): string {
  const r = parseIn(attainmentTables, inputSchema, result, ['result']);
  const o = parseIn(attainmentTables, optionsSchema, options, ['options']);
  return reasonSentence(r as StatusReason, o.locale ?? 'vi');
}
