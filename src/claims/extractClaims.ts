import * as z from 'zod/mini';
import { fail } from '../core/errors.js';
import { describe, parseWith, roundingSchema } from '../core/_schema.js';
import { computeExtract } from './_extract.js';
import type { ExtractClaimsOptions, ExtractClaimsResult } from './types.js';

/** Longest text read: a whole report is far shorter; the limit only bounds the work. */
const MAX_TEXT = 10_000_000;

const optionsSchema = z.strictObject({ rounding: z.optional(roundingSchema) });

/**
 * Finds the figures in a Vietnamese report text and checks each one that can be checked, so a report
 * can be read over before it is published. It recognises ratios ("16/15"), percentages after đạt /
 * vượt / chiếm ("X/Y …, vượt Z%", "X (đạt Z%)", "X, đạt Z% kế hoạch"), rates with an excess in points
 * ("97,5% …, vượt 4,5%"), minimum targets ("ít nhất 400"), ranges ("5-7", "từ 50-100", "100-275%")
 * and totals with their parts after "trong đó"; it leaves out dates, years, spans of time and
 * document numbers. Each claim carries its offsets in the text, its unit, a verdict, flags and an
 * explanation in Vietnamese and English; the report as a whole is flagged when no single rounding
 * mode gives every printed percentage. Numbers are read in Vietnamese notation (1.549 and 28,75).
 * Linear in the length of the text, whatever it holds.
 *
 * @param text - the report text
 * @param options - `rounding`: the rounding the report is assumed to use (default `'half-up'`); the
 *   verdicts, the `computed` figures of checks and the implied targets follow it
 * @returns a frozen {@link ExtractClaimsResult}: `claims` ordered by position, report-level `flags`
 *   and the `commonModes` that reproduce every printed percentage
 * @throws {ChiTieuError} `invalid_type` when `text` is not a string, `too_long` beyond 10,000,000
 *   characters, `unknown_rounding`, `unknown_key`
 * @example
 * ```ts
 * import { extractClaims } from 'chitieu';
 * const r = extractClaims('Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu; 14/13 tổ chức Đoàn, vượt 7,7% chỉ tiêu.');
 * r.claims.map((c) => [c.kind, c.text, c.verdict]);
 * //=> [ [ 'ratio-percent', '16/15 tổ chức công đoàn cơ sở, vượt 6,6%', 'flagged' ], [ 'ratio-percent', '14/13 tổ chức Đoàn, vượt 7,7%', 'consistent' ] ]
 * r.flags.map((f) => f.code);
 * //=> [ 'mixed-rounding' ]
 * const c = extractClaims('kết nạp mới 501 đảng viên (đạt 55,5%)').claims[0];
 * c?.kind === 'implied-target' && [c.start, c.end, c.unit, c.impliedTargets];
 * //=> [ 12, 37, 'đảng viên', [ 902, 903 ] ]
 * ```
 * @category Claims
 */
export function extractClaims(text: string, options: ExtractClaimsOptions = {}): ExtractClaimsResult {
  const o = parseWith(optionsSchema, options, ['options']);
  if (typeof text !== 'string') fail('invalid_type', ['text'], { expected: 'a string', expected_vi: 'một chuỗi', received: describe(text) });
  if (text.length > MAX_TEXT) fail('too_long', ['text'], { length: text.length, limit: MAX_TEXT });
  return computeExtract(text, o.rounding ?? 'half-up');
}
