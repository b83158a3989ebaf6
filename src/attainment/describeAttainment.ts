import * as z from 'zod/mini';
import { localize } from '../core/_format.js';
import { parseIn, reader, report, describe, localeSchema } from '../core/_schema.js';
import { attainmentTables } from '../core/messages/tables.js';
import type { Bilingual, Locale, LocaleTag } from '../core/index.js';
import { describeEn } from './messages/en.js';
import { describeVi } from './messages/vi.js';
import type { DescribeWords } from './_describeWords.js';
import type { AttainmentResult } from './types.js';

/**
 * Options of {@link describeAttainment}.
 *
 * @category Attainment
 */
export interface DescribeAttainmentOptions {
  /** Default `'vi'`. */
  readonly locale?: LocaleTag;
  /** What is counted, e.g. `'đảng viên'`, or both languages `{ vi: 'đảng viên', en: 'party members' }`. */
  readonly unit?: string | Bilingual;
}

const unitSchema = reader((v, ctx) => {
  if (typeof v === 'string') return { vi: v, en: v };
  if (v !== null && typeof v === 'object' && typeof (v as Bilingual).vi === 'string' && typeof (v as Bilingual).en === 'string') {
    return { vi: (v as Bilingual).vi, en: (v as Bilingual).en };
  }
  return report(ctx, 'invalid_type', { expected: 'text-or-bilingual', ...describe(v) });
});

const optionsSchema = z.strictObject({
  locale: z.optional(localeSchema),
  unit: z.optional(unitSchema),
});

const resultObject = reader((v, ctx) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return report(ctx, 'invalid_type', { expected: 'attainment-result', ...describe(v) });
  }
  return v;
});
const text = z.string();
const textOrNull = z.nullable(z.string());
// Every field the sentence reads, so a hand-made or edited result is refused with its path instead of
// failing inside the sentence (an `overPercent` of 28.75 instead of '28.75', a target without its form).
const targetSchema = z.union([
  z.object({ form: z.enum(['reach', 'at-least', 'at-most']), value: text }),
  z.object({ form: z.literal('range'), min: text, max: text }),
]);
const resultSchema = z.pipe(resultObject, z.object({
  kind: z.enum(['count', 'rate']),
  status: z.enum(['not-met', 'met', 'exceeded']),
  achieved: text,
  target: targetSchema,
  percent: textOrNull,
  overPercent: textOrNull,
  overPoints: textOrNull,
  shortfall: text,
  surplus: text,
}));

/**
 * The sentence a report would print for an attainment result, in Vietnamese or English:
 * `"103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu"`. Figures are written as the result holds
 * them (already rounded), in the locale's notation.
 *
 * @param result - a result of {@link attainment}
 * @param options - `locale` (default `'vi'`) and `unit`
 * @returns the sentence
 * @throws {ChiTieuError} `invalid_type` when `result` is not an attainment result
 * @example
 * ```ts
 * import { attainment, describeAttainment } from 'chitieu';
 * describeAttainment(attainment({ achieved: 103, target: 80 }), { unit: 'đảng viên' });
 * //=> '103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu'
 * describeAttainment(attainment({ achieved: 58, target: { atLeast: 400 } }), { locale: 'en', unit: 'new members' });
 * //=> '58/400 new members, 14.5% of target, 342 short'
 * ```
 * @category Attainment
 */
export function describeAttainment(result: AttainmentResult, options: DescribeAttainmentOptions = {}): string {
  const r = parseIn(attainmentTables, resultSchema, result, ['result']) as AttainmentResult;
  const o = parseIn(attainmentTables, optionsSchema, options, ['options']);
  const locale = o.locale ?? 'vi';
  const w = locale === 'vi' ? describeVi : describeEn;
  const unit = o.unit ? ` ${o.unit[locale]}` : '';
  const n = (x: string) => localize(x, locale);
  const pct = (x: string) => `${n(x)}%`;
  const t = r.target;

  if (r.kind === 'rate') {
    const ref = t.form === 'range' ? `${pct(t.min)}–${pct(t.max)}` : t.form === 'at-most' ? w.atMost(pct(t.value)) : t.form === 'at-least' ? w.atLeast(pct(t.value)) : pct(t.value);
    const head = `${pct(r.achieved)}${unit} (${w.target(ref)})`;
    const pts = r.overPoints ?? '0';
    const abs = pts.startsWith('-') ? pts.slice(1) : pts;
    if (t.form === 'reach' || t.form === 'at-least') {
      if (r.status === 'exceeded') return `${head}, ${w.rateOver(w.points(abs))}`;
      if (r.status === 'not-met') return `${head}, ${w.rateShort(w.points(abs))}`;
      return `${head}, ${w.met}`;
    }
    return `${head}, ${statusWords(r, w, locale)}`;
  }

  if (t.form === 'range' || t.form === 'at-most') {
    const ref = t.form === 'range' ? `${n(t.min)}–${n(t.max)}` : w.atMost(n(t.value));
    const head = `${n(r.achieved)}${unit} (${w.target(ref)}), `;
    if (t.form === 'range' && r.status === 'not-met' && r.percent !== null) return head + w.belowMinimum(pct(r.percent), n(r.shortfall));
    return head + statusWords(r, w, locale);
  }

  const s = `${n(r.achieved)}/${n(t.value)}${unit}`;
  if (r.percent === null) return `${s}, ${statusWords(r, w, locale)}`;
  if (r.status === 'exceeded') return s + w.countOver(pct(r.percent), pct(r.overPercent ?? '0'));
  return s + w.countOf(pct(r.percent)) + (r.status === 'not-met' ? w.countShort(n(r.shortfall)) : '');
}

/** The status in words, with the gap: in points for rates, as a count otherwise. */
function statusWords(r: AttainmentResult, w: DescribeWords, locale: Locale): string {
  const n = (x: string) => (r.kind === 'rate' ? w.points(x) : localize(x, locale));
  if (r.status === 'met') return w.met;
  // A limit (không quá) is missed by going over it and kept by staying under it: "short" and "exceeded"
  // would say the opposite of what happened.
  if (r.target.form === 'at-most') return r.status === 'exceeded' ? w.limitKept(n(r.surplus)) : w.limitMissed(n(r.shortfall));
  return r.status === 'exceeded' ? w.exceeded(n(r.surplus)) : w.notMet(n(r.shortfall));
}
