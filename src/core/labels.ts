import type { IssuePath } from './errors.js';
import type { Bilingual, Locale } from './locale.js';

/**
 * Names of input fields, by path segment (`achieved`), by dotted path without indexes (`target.min`,
 * which also names `result.target.min`) or by dotted path with indexes (`points.2.date`, as
 * {@link flattenIssues} keys fields). A front end passes its own to {@link configure},
 * {@link messageFor} or {@link flattenIssues} so messages name fields the way its form does; each entry
 * may give one language or both, and replaces the library's name in that language.
 *
 * @category Errors
 */
export type FieldLabels = Readonly<Record<string, Readonly<Partial<Bilingual>>>>;

// The library's names of the fields its inputs take, in Vietnamese, by path segment (`key=label|…`: one
// string is smaller in a bundle than an object literal). The key '' names the whole input. English
// names a field by its path, so its label is the key itself ('input' for the whole input). The names
// of the fields the number and option readers and attainment take are apart from the others, and those of
// the rest of the attainment area (results, batches) apart again, so that a bundle of attainment alone
// carries only the first (see errors.ts, MessageTables).
const COMMON_VI_LABELS =
  '=dữ liệu đầu vào|achieved=số thực hiện|target=chỉ tiêu|min=mức tối thiểu|max=mức tối đa|' +
  'options=tuỳ chọn|rounding=chế độ làm tròn|decimals=số chữ số thập phân|kind=loại';
const RESULT_VI_LABELS =
  'targetForm=dạng chỉ tiêu|form=dạng chỉ tiêu|value=giá trị|percent=tỷ lệ phần trăm|status=trạng thái|' +
  'unit=đơn vị tính|result=kết quả|locale=ngôn ngữ|facts=dữ kiện';
const MORE_VI_LABELS =
  'targets=danh sách chỉ tiêu|reported=con số đã in|as=cách hiểu con số|label=nhãn|text=văn bản|' +
  'results=các kết quả theo kỳ|labels=các tên trường|error=lỗi|issue=vấn đề|method=cách tổng hợp|' +
  'start=ngày bắt đầu|end=ngày kết thúc|asOf=ngày tính|date=ngày|period=kỳ|term=nhiệm kỳ|' +
  'termStart=ngày bắt đầu nhiệm kỳ|termEnd=ngày kết thúc nhiệm kỳ|points=các mốc số liệu|' +
  'cumulative=số lũy kế|plan=kế hoạch|' +
  'year=năm|ruleSet=bộ quy định|version=phiên bản|versions=các phiên bản|' +
  'effectiveFrom=ngày bắt đầu có hiệu lực|effectiveTo=ngày hết hiệu lực|ceremonyDate=ngày lễ kết nạp|' +
  'nodes=các đơn vị|id=mã|ids=các mã đơn vị|name=tên|parent=đơn vị cấp trên|' +
  'parents=các đơn vị cấp trên|parentIndex=các dòng cấp trên|indicators=các chỉ tiêu|' +
  'people=các danh sách người|partials=các phần tổng hợp|weight=trọng số|weights=các trọng số|' +
  'total=tổng số|candidates=các hồ sơ quần chúng|counts=số lượng theo giai đoạn|' +
  'pipeline=nguồn phát triển đảng viên|admitted=số đã kết nạp|history=các số liệu các năm trước|' +
  'stage=giai đoạn|entered=số vào giai đoạn|advanced=số qua giai đoạn|events=các mốc sự kiện|' +
  'title=tiêu đề|theme=giao diện|colors=các màu|background=màu nền|width=chiều rộng|height=chiều cao';

/** The library's Vietnamese name of one path segment, from one of its label tables. */
export type BuiltLabels = (segment: string) => string | undefined;

const toMap = (text: string): ReadonlyMap<string, string> => new Map(text.split('|').map((e) => e.split('=') as [string, string]));

let common: ReadonlyMap<string, string> | undefined;
let results: ReadonlyMap<string, string> | undefined;
let all: ReadonlyMap<string, string> | undefined;

/** The names of the fields of the number and option readers and of attainment. */
export function commonLabel(segment: string): string | undefined {
  common ??= toMap(COMMON_VI_LABELS);
  return common.get(segment);
}

/** The names of the fields of the attainment area: attainment's, and those of results and batches. */
export function attainmentLabel(segment: string): string | undefined {
  results ??= toMap(`${COMMON_VI_LABELS}|${RESULT_VI_LABELS}`);
  return results.get(segment);
}

/** The names of every field the library's inputs take. */
export function anyLabel(segment: string): string | undefined {
  all ??= toMap(`${COMMON_VI_LABELS}|${RESULT_VI_LABELS}|${MORE_VI_LABELS}`);
  return all.get(segment);
}

/** The library's label of one path segment. */
function builtLabel(seg: string, locale: Locale, built: BuiltLabels): string | undefined {
  if (locale === 'en') return seg === '' ? 'input' : seg;
  return built(seg);
}

/** Path segments that hold other fields without being worth naming ("ngày tính", not "ngày tính của tuỳ chọn"). */
const CONTAINERS = new Set(['options', 'result', 'input']);

function own(table: object, key: string): Readonly<Partial<Bilingual>> | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? (table as Record<string, Partial<Bilingual>>)[key] : undefined;
}

/** The path as code writes it: `points[2].date`; `input` for the whole input. */
export function pathText(path: IssuePath): string {
  if (path.length === 0) return 'input';
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/** The key of a field in {@link flattenIssues}: `points.2.date`. */
export function pathKey(path: IssuePath): string {
  return path.map(String).join('.');
}

/**
 * A caller's label for a path of two segments or more: by `points.2.date`, then by the dotted names
 * without indexes, the whole (`result.target.min`) or its tail (`target.min`).
 */
function wholeLabel(path: IssuePath, locale: Locale, labels: FieldLabels | undefined): string | undefined {
  if (labels === undefined || path.length < 2) return undefined;
  const withIndex = own(labels, pathKey(path))?.[locale];
  if (withIndex !== undefined) return withIndex;
  const names = path.filter((p): p is string => typeof p === 'string');
  if (typeof path[path.length - 1] === 'number') return undefined;
  for (let from = 0; from < names.length - 1; from++) {
    const hit = own(labels, names.slice(from).join('.'))?.[locale];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function segmentLabel(seg: string, locale: Locale, labels: FieldLabels | undefined, built: BuiltLabels): { text: string; custom: boolean } | undefined {
  const custom = labels === undefined ? undefined : own(labels, seg)?.[locale];
  if (custom !== undefined) return { text: custom, custom: true };
  const text = builtLabel(seg, locale, built);
  return text === undefined ? undefined : { text, custom: false };
}

/** "các mốc số liệu" → "mốc số liệu", "danh sách chỉ tiêu" → "chỉ tiêu": the name of one item of a list. */
function singular(text: string, locale: Locale): string {
  return locale === 'vi' ? text.replace(/^(các|danh sách) /, '') : text;
}

/** One item of a list ("mốc số liệu thứ 3"), or one row of a column ("số thực hiện ở dòng 3"). */
function ordinal(text: string, index: number, locale: Locale): string {
  if (locale !== 'vi') return `${text} #${index + 1}`;
  const one = singular(text, locale);
  return one === text ? `${text} ở dòng ${index + 1}` : `${one} thứ ${index + 1}`;
}

/**
 * The words for one path: the field's label, with the object or list item it belongs to
 * ("ngày của mốc số liệu thứ 3", "mức tối thiểu của chỉ tiêu", "số thực hiện của chỉ tiêu "dangVien"").
 * English keeps the code path (`points[2].date`) unless a caller's label applies to the path.
 * Returns `undefined` when the field has no label in that language (the caller falls back to the path).
 */
function composed(path: IssuePath, locale: Locale, labels: FieldLabels | undefined, built: BuiltLabels): { text: string; custom: boolean } | undefined {
  const whole = wholeLabel(path, locale, labels);
  if (whole !== undefined) return { text: whole, custom: true };
  // the last named segment, and the indexes after it
  let k = path.length - 1;
  while (k >= 0 && typeof path[k] === 'number') k--;
  const indexes = path.slice(k + 1) as number[];
  if (k < 0) {
    const root = segmentLabel('', locale, labels, built);
    if (root === undefined) return undefined;
    if (indexes.length === 0) return root;
    return { text: indexes.reduce((t, i) => ordinal(t, i, locale), locale === 'vi' ? 'các mục' : 'item'), custom: root.custom };
  }
  let leaf = segmentLabel(path[k] as string, locale, labels, built);
  let j = k - 1;
  if (leaf === undefined) {
    // a key of the caller's own (an indicator id) in a named map: 'chỉ tiêu "dangVien"'
    const map = j >= 0 && typeof path[j] === 'string' ? segmentLabel(path[j] as string, locale, labels, built) : undefined;
    if (map === undefined) return undefined;
    leaf = { text: `${singular(map.text, locale)} "${path[k] as string}"`, custom: map.custom };
    j--;
  }
  let text = indexes.reduce((t, i) => ordinal(t, i, locale), leaf.text);
  let custom = leaf.custom;
  // the nearest enclosing object worth naming
  while (j >= 0 && (typeof path[j] === 'number' || CONTAINERS.has(path[j] as string))) j--;
  if (j >= 0) {
    const parentIndexes: number[] = [];
    for (let i = j + 1; i < k && typeof path[i] === 'number'; i++) parentIndexes.push(path[i] as number);
    let parent = wholeLabel(path.slice(0, j + 1 + parentIndexes.length), locale, labels);
    if (parent === undefined) {
      const seg = path[j] as string;
      const named = segmentLabel(seg, locale, labels, built);
      if (named !== undefined) {
        parent = parentIndexes.reduce((t, i) => ordinal(t, i, locale), named.text);
        custom ||= named.custom;
      } else {
        // a key of the caller's own (an indicator id): quoted, with the name of its map when known
        const map = j > 0 && typeof path[j - 1] === 'string' ? segmentLabel(path[j - 1] as string, locale, labels, built) : undefined;
        parent = map === undefined ? `"${seg}"` : `${singular(map.text, locale)} "${seg}"`;
        if (map?.custom) custom = true;
      }
    } else custom = true;
    text = locale === 'vi' ? `${text} của ${parent}` : `${text} of ${parent}`;
  }
  return { text, custom };
}

/**
 * The words that name the field at `path` (see {@link fieldLabel}); `labels` already read, `built`
 * the library's own names (commonLabel or anyLabel).
 */
export function labelFor(path: IssuePath, locale: Locale, labels: FieldLabels | undefined, built: BuiltLabels): string {
  const c = composed(path, locale, labels, built);
  if (locale === 'en') return c !== undefined && c.custom ? c.text : pathText(path);
  return c?.text ?? `trường ${pathText(path)}`;
}
