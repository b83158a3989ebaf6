import { readLabels, readLocale, readOptions, type MessageLocale } from './_messageOptions.js';
import { setSettings, settings } from './_settings.js';
import type { FieldLabels } from './labels.js';
import type { Locale } from './locale.js';

export type { MessageLocale };

/**
 * What {@link configure} sets.
 *
 * @category Errors
 */
export interface ConfigureOptions {
  /**
   * The language of `error.message` for errors made from now on: `'vi'`/`'vi-VN'` or `'en'`/`'en-US'`.
   * Omitted: unchanged. The library starts in English.
   */
  locale?: MessageLocale;
  /**
   * Names of fields for messages made from now on (see {@link FieldLabels}), over the library's
   * own (see {@link fieldLabel}). Omitted: unchanged; `null`: back to the library's names only.
   */
  labels?: FieldLabels | null;
}

/**
 * The settings in force, as {@link configure} returns them: pass them back to `configure` to restore.
 *
 * @category Errors
 */
export interface Configuration {
  readonly locale: Locale;
  readonly labels: FieldLabels | null;
}

/**
 * Sets the language of `error.message` and the names messages give fields, for every error made
 * afterwards (an error already thrown keeps its texts). `error.messages.vi` and `error.messages.en`
 * always hold both languages. The settings are module state of this copy of the library, never a
 * global: a page, each worker and a server configure their own, and nothing is written to `window`.
 *
 * Đặt ngôn ngữ của `error.message` và tên trường trong thông điệp cho mọi lỗi tạo ra sau đó. Mặc định
 * là tiếng Anh (`message` vốn là văn bản cho lập trình viên); `messages.vi` luôn có câu tiếng Việt.
 *
 * @param options - `locale` and/or `labels`; what is omitted stays as it is
 * @returns the settings before this call, to restore them with `configure(previous)`
 * @throws {ChiTieuError} `invalid_value` for another locale, `invalid_type`/`unknown_key`/`unsafe_key`
 *   for malformed labels (path under `['options']`)
 * @example
 * ```ts
 * import { attainment, configure, isChiTieuError } from 'chitieu';
 * const previous = configure({ locale: 'vi-VN', labels: { achieved: { vi: 'số đảng viên mới kết nạp' } } });
 * let caught: unknown;
 * try {
 *   attainment({ achieved: -3, target: 80 });
 * } catch (e) {
 *   caught = e;
 * }
 * configure(previous);
 * isChiTieuError(caught) && caught.message;
 * //=> 'Số đảng viên mới kết nạp không được là số âm; nhận được -3.'
 * ```
 * @category Errors
 */
export function configure(options: ConfigureOptions = {}): Configuration {
  const o = readOptions(options, ['locale', 'labels']);
  const before = settings();
  const locale = o.locale === undefined ? before.locale : readLocale(o.locale, ['options', 'locale']);
  const labels = o.labels === undefined ? before.labels : o.labels === null ? undefined : readLabels(o.labels, ['options', 'labels']);
  setSettings({ locale, labels });
  return Object.freeze({ locale: before.locale, labels: before.labels ?? null });
}
