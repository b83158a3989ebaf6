import * as z from 'zod/mini';
import { describe, roundingSchema } from '../core/_schema.js';
import { computeExtract } from './_extract.js';
import type { ExtractClaimsOptions, ExtractClaimsResult } from './types.js';
import { fail, parseWith } from './_errors.js';

/** Longest text read: a whole report is far shorter; the limit only bounds the work. */
const MAX_TEXT = 10_000_000;

const optionsSchema = z.strictObject({ rounding: z.optional(roundingSchema) });

/**
 * Finds the figures in a Vietnamese report text and checks each one that can be checked, so a report
 * can be read over before it is published. It recognises ratios ("16/15", "245 đảng viên/200 chỉ
 * tiêu"), percentages after đạt / vượt / chiếm ("X/Y …, vượt Z%", "X (đạt Z%)", "X/Y quần chúng (Z%)"),
 * printed targets ("103 đảng viên (chỉ tiêu 80), vượt 28,75%", "25 …; chỉ tiêu năm là 50 …, đạt 50%",
 * "vượt 1 … so với chỉ tiêu 15, tức vượt 6,7%", "95% (chỉ tiêu 90%), vượt 5%" in points), lists
 * paired in order ("16/15 … và 14/13 …, vượt 6,7% và 7,7%"; `'ambiguous'` when the counts differ),
 * growth and falls ("tăng từ 320 lên 352, tăng 10%"; "152 đoàn viên, tăng 12% so với cùng kỳ", whose
 * earlier figure is worked out), multiples ("từ 20 lên 50, gấp 2,5 lần"), rates with an excess in points
 * ("97,5% …, vượt 4,5%"), minimum targets ("ít nhất 400"), ranges ("5-7", "từ 50-100", "100-275%")
 * and totals with their parts after "trong đó" or "gồm"; it leaves out dates ("đến 31/12"), years,
 * spans of time, list numbers at the start of a line and document numbers. Without `rounding`, a
 * figure is `'flagged'` only when no rounding mode gives it; with `rounding`, when that rounding does
 * not; `'inferred'` when its target is only worked out. Each claim
 * carries its offsets in the text, its unit, a verdict, flags and an explanation in Vietnamese and
 * English; the report as a whole is flagged when no single rounding
 * mode gives every printed percentage. Numbers are read in Vietnamese notation (1.549 and 28,75).
 * Linear in the length of the text, whatever it holds.
 *
 * @param text - the report text
 * @param options - `rounding`: the rounding the report uses, when known. Verdicts then follow it alone;
 *   without it, a `'flagged'` verdict needs every rounding mode to disagree, and the `computed`
 *   figures of checks, the `'rounding-mismatch'` notes and the implied targets assume half-up
 * @returns a frozen {@link ExtractClaimsResult}: `claims` ordered by position, report-level `flags`
 *   and the `commonModes` that reproduce every printed percentage
 * @throws {ChiTieuError} `invalid_type` when `text` is not a string, `too_long` beyond 10,000,000
 *   characters, `unknown_rounding`, `unknown_key`
 * @example
 * ```ts
 * import { extractClaims } from 'chitieu';
 * const r = extractClaims('Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu; 14/13 tổ chức Đoàn, vượt 7,7% chỉ tiêu.');
 * r.claims.map((c) => [c.kind, c.text, c.verdict]);
 * //=> [ [ 'ratio-percent', '16/15 tổ chức công đoàn cơ sở, vượt 6,6%', 'consistent' ], [ 'ratio-percent', '14/13 tổ chức Đoàn, vượt 7,7%', 'consistent' ] ]
 * r.claims[0]?.flags.map((f) => f.code);
 * //=> [ 'rounding-mismatch' ]
 * r.flags.map((f) => f.code);
 * //=> [ 'mixed-rounding' ]
 * const c = extractClaims('kết nạp mới 501 đảng viên (đạt 55,5%)').claims[0];
 * c?.kind === 'implied-target' && [c.start, c.end, c.unit, c.verdict, c.impliedTargets];
 * //=> [ 12, 37, 'đảng viên', 'inferred', [ 902, 903 ] ]
 * ```
 * @category Claims
 */
export function extractClaims(text: string, options: ExtractClaimsOptions = {}): ExtractClaimsResult {
  const o = parseWith(optionsSchema, options, ['options']);
  if (typeof text !== 'string') fail('invalid_type', ['text'], { expected: 'string', ...describe(text) });
  if (text.length > MAX_TEXT) fail('too_long', ['text'], { length: text.length, limit: MAX_TEXT });
  // A rounding the caller names is the report's own rule, and verdicts follow it alone; without one, a
  // figure is flagged only when no rounding mode gives it.
  return computeExtract(text, o.rounding ?? 'half-up', o.rounding !== undefined);
}
