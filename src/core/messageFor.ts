import { readIssue, readLabels, readLocale, readOptions, type MessageLocale } from './_messageOptions.js';
import { describe } from './factCodes.js';
import { settings } from './_settings.js';
import { fail, renderMessage, type ChiTieuIssue } from './errors.js';
import { ruleMessages } from './messages/rules.js';
import type { FieldLabels } from './labels.js';
import type { Locale } from './locale.js';

/**
 * Options of {@link messageFor} and {@link flattenIssues}.
 *
 * @category Errors
 */
export interface MessageOptions {
  /** `'vi'`/`'vi-VN'` or `'en'`/`'en-US'`. Default: the locale set by {@link configure} (English). */
  locale?: MessageLocale;
  /** Names of fields, over those set by {@link configure} and the library's own (see {@link fieldLabel}). */
  labels?: FieldLabels;
}

/** Reads the options of messageFor/flattenIssues into a locale and the labels to use. */
export function readMessageOptions(options: unknown): { locale: Locale; labels: FieldLabels | undefined } {
  const o = readOptions(options, ['locale', 'labels']);
  const s = settings();
  const locale = o.locale === undefined ? s.locale : readLocale(o.locale, ['options', 'locale']);
  if (o.labels === undefined) return { locale, labels: s.labels };
  const given = readLabels(o.labels, ['options', 'labels']);
  return { locale, labels: s.labels === undefined ? given : Object.freeze(Object.assign(Object.create(null) as Record<string, never>, s.labels, given)) };
}

/** The text of an issue, written again from its code, path and facts (rule data's codes from their own table). */
export function issueText(issue: Pick<ChiTieuIssue, 'code' | 'path' | 'facts'>, locale: Locale, labels: FieldLabels | undefined): string {
  return renderMessage(issue.code, issue.path, issue.facts, locale, labels, ruleMessages) ?? issue.code;
}

/**
 * The message of one issue in a chosen language, naming fields the way a front end does. The text is
 * written again from the issue's `code`, `path` and `facts`, so it also works on an issue that went
 * through `JSON.stringify` (from a worker or a server).
 *
 * Câu thông báo của một vấn đề bằng ngôn ngữ đã chọn, gọi tên trường theo `labels` của giao diện.
 *
 * @param issue - one of `error.issues`
 * @param options - `locale` (default: as {@link configure} set, English) and `labels`
 * @returns the message
 * @throws {ChiTieuError} `invalid_type` when `issue` is not an issue; option errors under `['options']`
 * @example
 * ```ts
 * import { messageFor, safeAttainment } from 'chitieu';
 * const r = safeAttainment({ achieved: 12, target: { min: 90, max: 80 } });
 * const issue = r.error?.issues[0];
 * issue && [
 *   messageFor(issue, { locale: 'vi' }),
 *   messageFor(issue, { locale: 'vi', labels: { target: { vi: 'chỉ tiêu kết nạp' } } }),
 *   messageFor(issue, { locale: 'en' }),
 * ];
 * //=> [ 'Chỉ tiêu có cận dưới (90) lớn hơn cận trên (80).', 'Chỉ tiêu kết nạp có cận dưới (90) lớn hơn cận trên (80).', "target: the range's min (90) is greater than its max (80)." ]
 * ```
 * @category Errors
 */
export function messageFor(issue: ChiTieuIssue, options?: MessageOptions): string {
  const { locale, labels } = readMessageOptions(options);
  const read = readIssue(issue);
  if (read === undefined) fail('invalid_type', ['issue'], { expected: 'issue', ...describe(issue) });
  return issueText(read, locale, labels);
}
