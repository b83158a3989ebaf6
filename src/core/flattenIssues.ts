import { describe } from './factCodes.js';
import { MAX_ISSUES, readIssue } from './_messageOptions.js';
import { fail, type ChiTieuIssue } from './errors.js';
import { pathKey } from './labels.js';
import { issueText, readMessageOptions, type MessageOptions } from './messageFor.js';

/**
 * The messages of an error laid out for a form, as zod's `z.flattenError` does: `formErrors` for
 * the input as a whole, `fieldErrors` by dotted path (`"achieved"`, `"target.min"`, `"points.2.date"`).
 *
 * @category Errors
 */
export interface FlattenedIssues {
  readonly formErrors: readonly string[];
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
}

/**
 * Flattens the issues of a {@link ChiTieuError} (or its JSON copy, or a list of issues) into messages
 * a form shows beside each field: `fieldErrors` keyed by the dotted path of the field, `formErrors`
 * for issues about the input as a whole. Messages are in `locale` and name fields by `labels`, as
 * {@link messageFor} writes them; a field with several issues has several messages, in order.
 *
 * Trải các vấn đề của một lỗi ra theo từng trường của biểu mẫu, như `z.flattenError` của zod.
 *
 * @param error - a `ChiTieuError`, the `error` of a `safe…` result, its `JSON.parse(JSON.stringify(…))`
 *   copy, or an array of issues
 * @param options - `locale` (default: as {@link configure} set, English) and `labels`
 * @returns `{ formErrors, fieldErrors }`, frozen
 * @throws {ChiTieuError} `invalid_type` at `['error']` when `error` holds no issues
 * @example
 * ```ts
 * import { flattenIssues, safeAttainmentBatch } from 'chitieu';
 * const r = safeAttainmentBatch({ achieved: [12, -2], target: [15, 0.5] });
 * r.success ? null : flattenIssues(r.error, { locale: 'vi' });
 * //=> { formErrors: [], fieldErrors: { 'achieved.1': [ 'Số thực hiện ở dòng 2 không được là số âm; nhận được -2.' ], 'target.1': [ 'Chỉ tiêu ở dòng 2 phải là số nguyên (số đếm); nhận được 0,5.' ] } }
 * ```
 * @category Errors
 */
export function flattenIssues(
  error: { readonly issues: readonly ChiTieuIssue[] } | readonly ChiTieuIssue[],
  options?: MessageOptions,
): FlattenedIssues {
  const { locale, labels } = readMessageOptions(options);
  const list: unknown = Array.isArray(error) ? error : typeof error === 'object' && error !== null ? (error as { issues?: unknown }).issues : undefined;
  const bad = () => fail('invalid_type', ['error'], { expected: 'error-or-issues', ...describe(error) });
  if (!Array.isArray(list)) bad();
  const all = list as unknown[];
  if (all.length > MAX_ISSUES) fail('too_long', ['error'], { length: all.length, limit: MAX_ISSUES });
  // Each issue read once, by index: a hole is not an issue, and is refused rather than skipped.
  const issues: Pick<ChiTieuIssue, 'code' | 'path' | 'facts'>[] = [];
  for (let i = 0; i < all.length; i++) {
    const read = readIssue(all[i]);
    if (read === undefined) bad();
    else issues.push(read);
  }
  const formErrors: string[] = [];
  const fields = new Map<string, string[]>();
  for (const issue of issues) {
    const text = issueText(issue, locale, labels);
    if (issue.path.length === 0) { formErrors.push(text); continue; }
    const key = pathKey(issue.path);
    const list = fields.get(key);
    if (list === undefined) fields.set(key, [text]);
    else list.push(text);
  }
  // Object.fromEntries defines own properties, so a key such as "__proto__" stays a plain field
  const fieldErrors = Object.fromEntries([...fields].map(([k, v]) => [k, Object.freeze(v)]));
  return Object.freeze({ formErrors: Object.freeze(formErrors), fieldErrors: Object.freeze(fieldErrors) });
}
