import { describe } from './factCodes.js';
import { readLabels, readLocale, readPath, type MessageLocale } from './_messageOptions.js';
import { fail, type IssuePath } from './errors.js';
import { anyLabel, labelFor, type FieldLabels } from './labels.js';

/**
 * The words that name the field at `path` in a message: from the caller's `labels`, then
 * the library's own names. Vietnamese composes the field with what it belongs to ("mức tối thiểu của
 * chỉ tiêu", "ngày của mốc số liệu thứ 3"); a field without a Vietnamese name is written
 * `trường <path>`. English is the code path (`target.min`) unless a caller's label applies.
 *
 * @param path - a path as issues carry it, e.g. `['result', 'target', 'min']`
 * @param locale - `'vi'`/`'vi-VN'` or `'en'`/`'en-US'`
 * @param labels - the caller's names of fields; they replace the library's
 * @returns the field's name, in lower case as it reads inside a sentence
 * @throws {ChiTieuError} `invalid_type` for a path that is not an array of keys and indexes,
 *   `invalid_value` for another locale, and label errors under `['labels']`
 * @example
 * ```ts
 * import { fieldLabel } from 'chitieu';
 * [
 *   fieldLabel(['achieved'], 'vi'),
 *   fieldLabel(['result', 'target', 'min'], 'vi'),
 *   fieldLabel(['points', 2, 'date'], 'vi'),
 *   fieldLabel(['points', 2, 'date'], 'en'),
 *   fieldLabel(['achieved'], 'vi', { achieved: { vi: 'số đảng viên mới kết nạp' } }),
 * ];
 * //=> [ 'số thực hiện', 'mức tối thiểu của chỉ tiêu', 'ngày của mốc số liệu thứ 3', 'points[2].date', 'số đảng viên mới kết nạp' ]
 * ```
 * @category Errors
 */
export function fieldLabel(path: IssuePath, locale: MessageLocale, labels?: FieldLabels): string {
  const p = readPath(path);
  if (p === undefined) fail('invalid_type', ['path'], { expected: 'path', ...describe(path) });
  const l = readLocale(locale, ['locale']);
  return labelFor(p, l, labels === undefined ? undefined : readLabels(labels, ['labels']), anyLabel);
}
