import * as z from 'zod/mini';
import { localeSchema } from '../core/_schema.js';
import type { Bilingual, Locale, LocaleTag } from '../core/index.js';
import { describeAttainment } from '../attainment/describeAttainment.js';
import type { AttainmentResult } from '../attainment/types.js';
import { termSentenceEn } from './messages/en.js';
import { termSentenceVi } from './messages/vi.js';
import type { Pace, TermProgressResult } from './termProgress.js';
import { parseWith } from './_errors.js';

/**
 * Options of {@link describeTermProgress}.
 *
 * @category Periods
 */
export interface DescribeTermProgressOptions {
  /** Default `'vi'`. */
  readonly locale?: LocaleTag;
  /** What is counted, e.g. `'đảng viên'`, or both languages `{ vi: 'đảng viên', en: 'party members' }`. */
  readonly unit?: string | Bilingual;
}

const bilingual = z.object({ vi: z.string(), en: z.string() });

// Only what the sentence reads is checked here; each target's attainment is checked by describeAttainment.
const resultSchema = z.object({
  term: z.object({ label: bilingual }),
  elapsed: z.object({ percent: z.string() }),
  targets: z.array(
    z.object({
      label: z.nullable(bilingual),
      attainment: z.custom<AttainmentResult>((v) => v !== null && typeof v === 'object'),
      pace: z.enum(['ahead', 'on-track', 'behind']),
      remaining: z.string(),
      requiredPerYear: z.nullable(z.object({ value: z.string() })),
    }),
  // As many as termProgress takes: checked before any is read, so a huge (or sparse) array is one
  // issue, not one per entry (a million issues overflow the stack when they are collected).
  ).check(z.maxLength(100)),
});

const optionsSchema = z.strictObject({
  locale: z.optional(localeSchema),
  unit: z.optional(z.union([z.string(), bilingual])),
});

/** What one sentence of {@link describeTermProgress} says, for the message tables. */
export interface TermSentenceFacts {
  /** The term's label and the target's, if any, in the sentence's language. */
  readonly term: string;
  readonly target: string | null;
  /** {@link describeAttainment}'s sentence for the target. */
  readonly attainment: string;
  /** Percent of the term elapsed, a plain decimal. */
  readonly elapsedPercent: string;
  readonly pace: Pace;
  /** Still needed per year, a plain decimal; null when nothing more is needed or nothing can be. */
  readonly perYear: string | null;
  readonly unit: string | null;
}

const SENTENCE: Readonly<Record<Locale, (f: TermSentenceFacts) => string>> = { vi: termSentenceVi, en: termSentenceEn };

/**
 * The sentences a report prints for term progress (lũy kế), one per target, in Vietnamese or English:
 * `"nhiệm kỳ 2020–2025: 44/50 đảng viên, đạt 88% chỉ tiêu, còn thiếu 6; đã qua 75,68% thời gian,
 * vượt tiến độ, cần thêm 4,11 đảng viên/năm"`. Figures are written as the result holds them (already
 * rounded), in the locale's notation; the attainment part is {@link describeAttainment}'s sentence.
 *
 * @param result - a result of {@link termProgress}
 * @param options - `locale` (default `'vi'`) and `unit`
 * @returns one sentence per target of the result, in the result's order
 * @throws {ChiTieuError} `invalid_type` (or another input code) when `result` is not a term-progress result
 * @example
 * ```ts
 * import { describeTermProgress, termProgress } from 'chitieu';
 * const p = termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 50, cumulative: 44 });
 * describeTermProgress(p, { unit: 'đảng viên' });
 * //=> [ 'nhiệm kỳ 2020–2025: 44/50 đảng viên, đạt 88% chỉ tiêu, còn thiếu 6; đã qua 75,68% thời gian, vượt tiến độ, cần thêm 4,11 đảng viên/năm' ]
 * describeTermProgress(p, { locale: 'en', unit: 'members' });
 * //=> [ 'term 2020–2025: 44/50 members, 88% of target, 6 short; 75.68% of the time elapsed, ahead of pace, 4.11 members/year still needed' ]
 * ```
 * @category Periods
 */
export function describeTermProgress(result: TermProgressResult, options: DescribeTermProgressOptions = {}): readonly string[] {
  const r = parseWith(resultSchema, result, ['result']);
  const o = parseWith(optionsSchema, options, ['options']);
  const locale: Locale = o.locale ?? 'vi';
  const unit = o.unit === undefined ? undefined : typeof o.unit === 'string' ? { vi: o.unit, en: o.unit } : o.unit;
  const sentences = r.targets.map((t) => SENTENCE[locale]({
    term: r.term.label[locale],
    target: t.label === null ? null : t.label[locale],
    attainment: describeAttainment(t.attainment, unit === undefined ? { locale } : { locale, unit }),
    elapsedPercent: r.elapsed.percent,
    pace: t.pace,
    perYear: t.requiredPerYear !== null && t.remaining !== '0' ? t.requiredPerYear.value : null,
    unit: unit === undefined ? null : unit[locale],
  }));
  return Object.freeze(sentences);
}
