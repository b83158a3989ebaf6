import * as z from 'zod/mini';
import { localize } from '../core/_format.js';
import { parseIn, reader, report, describe } from '../core/_schema.js';
import { commonTables } from '../core/messages/tables.js';
import { LOCALES, type Bilingual, type Locale } from '../core/index.js';
import { pointsEn } from './messages/en.js';
import type { AttainmentResult } from './types.js';

/**
 * Options of {@link describeAttainment}.
 *
 * @category Attainment
 */
export interface DescribeAttainmentOptions {
  /** Default `'vi'`. */
  readonly locale?: Locale;
  /** What is counted, e.g. `'đảng viên'`, or both languages `{ vi: 'đảng viên', en: 'party members' }`. */
  readonly unit?: string | Bilingual;
}

const unitSchema = reader((v, ctx) => {
  if (typeof v === 'string') return { vi: v, en: v };
  if (v !== null && typeof v === 'object' && typeof (v as Bilingual).vi === 'string' && typeof (v as Bilingual).en === 'string') {
    return { vi: (v as Bilingual).vi, en: (v as Bilingual).en };
  }
  return report(ctx, 'invalid_type', { expected: 'a string or { vi, en }', expected_vi: 'một chuỗi hoặc { vi, en }', received: describe(v) });
});

const optionsSchema = z.strictObject({
  locale: z.optional(z.enum(LOCALES as ['vi', 'en'])),
  unit: z.optional(unitSchema),
});

const resultObject = reader((v, ctx) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return report(ctx, 'invalid_type', { expected: 'a result of attainment()', expected_vi: 'kết quả của attainment()', received: describe(v) });
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
  const r = parseIn(commonTables, resultSchema, result, ['result']) as AttainmentResult;
  const o = parseIn(commonTables, optionsSchema, options, ['options']);
  const locale = o.locale ?? 'vi';
  const unit = o.unit ? ` ${o.unit[locale]}` : '';
  const vi = locale === 'vi';
  const n = (x: string) => localize(x, locale);
  const pct = (x: string) => `${n(x)}%`;
  const t = r.target;

  if (r.kind === 'rate') {
    let ref: string;
    if (t.form === 'range') ref = `${pct(t.min)}–${pct(t.max)}`;
    else if (t.form === 'at-most') ref = `${vi ? 'không quá' : 'at most'} ${pct(t.value)}`;
    else if (t.form === 'at-least') ref = `${vi ? 'ít nhất' : 'at least'} ${pct(t.value)}`;
    else ref = pct(t.value);
    const head = `${pct(r.achieved)}${unit} (${vi ? 'chỉ tiêu' : 'target'} ${ref})`;
    const pts = r.overPoints ?? '0';
    const abs = pts.startsWith('-') ? pts.slice(1) : pts;
    if (t.form === 'reach' || t.form === 'at-least') {
      if (r.status === 'exceeded') return `${head}, ${vi ? `vượt ${points(abs, vi)}` : `${points(abs, vi)} over target`}`;
      if (r.status === 'not-met') return `${head}, ${vi ? `thấp hơn ${points(abs, vi)}` : `${points(abs, vi)} short`}`;
      return `${head}, ${vi ? 'đạt chỉ tiêu' : 'target met'}`;
    }
    return `${head}, ${statusWords(r, vi)}`;
  }

  if (t.form === 'range' || t.form === 'at-most') {
    const ref = t.form === 'range' ? `${n(t.min)}–${n(t.max)}` : `${vi ? 'không quá' : 'at most'} ${n(t.value)}`;
    const head = `${n(r.achieved)}${unit} (${vi ? 'chỉ tiêu' : 'target'} ${ref}), `;
    if (t.form === 'range' && r.status === 'not-met' && r.percent !== null) {
      return head + (vi ? `đạt ${pct(r.percent)} mức tối thiểu, còn thiếu ${n(r.shortfall)}` : `${pct(r.percent)} of the minimum, ${n(r.shortfall)} short`);
    }
    return head + statusWords(r, vi);
  }

  let s = `${n(r.achieved)}/${n(t.value)}${unit}`;
  if (r.percent === null) return `${s}, ${statusWords(r, vi)}`;
  if (r.status === 'exceeded') {
    s += vi ? `, đạt ${pct(r.percent)}, vượt ${pct(r.overPercent ?? '0')} chỉ tiêu` : `, ${pct(r.percent)} of target, ${pct(r.overPercent ?? '0')} over target`;
  } else {
    s += vi ? `, đạt ${pct(r.percent)} chỉ tiêu` : `, ${pct(r.percent)} of target`;
    if (r.status === 'not-met') s += vi ? `, còn thiếu ${n(r.shortfall)}` : `, ${n(r.shortfall)} short`;
  }
  return s;
}

/** A difference of rates, in percentage points: "4,5 điểm %", "1 percentage point". */
function points(x: string, vi: boolean): string {
  return vi ? `${localize(x, 'vi')} điểm %` : `${localize(x, 'en')} ${pointsEn(x)}`;
}

/** The status in words, with the gap: in points for rates, as a count otherwise. */
function statusWords(r: AttainmentResult, vi: boolean): string {
  const n = (x: string) => (r.kind === 'rate' ? points(x, vi) : localize(x, vi ? 'vi' : 'en'));
  if (r.status === 'met') return vi ? 'đạt chỉ tiêu' : 'target met';
  // A limit (không quá) is missed by going over it and kept by staying under it: "short" and "exceeded"
  // would say the opposite of what happened.
  if (r.target.form === 'at-most') {
    if (r.status === 'exceeded') return vi ? `đạt chỉ tiêu (thấp hơn mức tối đa ${n(r.surplus)})` : `target met (${n(r.surplus)} under the limit)`;
    return vi ? `chưa đạt chỉ tiêu (vượt mức tối đa ${n(r.shortfall)}, cần giảm ${n(r.shortfall)})` : `target not met (${n(r.shortfall)} over the limit)`;
  }
  if (r.status === 'exceeded') return vi ? `vượt chỉ tiêu (${n(r.surplus)})` : `target exceeded (by ${n(r.surplus)})`;
  return vi ? `chưa đạt chỉ tiêu (còn thiếu ${n(r.shortfall)})` : `target not met (${n(r.shortfall)} short)`;
}
