import * as z from 'zod/mini';
import { LIMITS } from './_scan.js';
import type { Condition, RuleSet } from './types.js';

/**
 * The rule-set format as a declarative zod schema. It is what `compileRuleSet` reads rule data with
 * (after the first pass of `_scan.ts`, and before the checks across fields of `_check.ts`: a test names
 * a declared fact, the literal's type matches the fact's, ids are unique, versions do not overlap, an
 * exception names a condition of `when`…); editors get it as the JSON Schema that `npm run schema:rules`
 * writes to schema/rule-set.schema.json, and front ends can check a form with it before sending. It
 * describes the shape: fields, types, enums, id and name patterns, list sizes, the forms of a condition.
 */

/** A description shown by editors: Vietnamese, then English. */
const about = (vi: string, en: string) => z.meta({ description: `${vi}\n\n${en}` });

// The id and name patterns; `_issues.ts` knows a failed check by them. The fact and field names also
// exclude the two prototype keys that match the name pattern (`__proto__` does not), which the first
// pass refuses before zod runs.
export const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const NAME = /^(?!(?:constructor|prototype)$)[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Not blank: some character other than white space. */
export const NOT_BLANK = /\S/;
/** `YYYY-MM-DD`, a real calendar day (zod's ISO date checks month lengths and leap years). */
const isoDate = () => z.iso.date();

const STRING_LENGTH = LIMITS.stringLength;
const CONDITION_CHILDREN = LIMITS.children;
const MEMBERS = LIMITS.members;

/** A non-blank string of at most 2,000 characters. */
const text = () => z.string().check(z.maxLength(STRING_LENGTH), z.regex(NOT_BLANK));
const id = (vi: string, en: string) => z.string().check(z.regex(ID), about(vi, en));
const name = () => z.string().check(z.regex(NAME));

const bilingual = (vi: string, en: string) =>
  z.strictObject({
    vi: text().check(about('Tiếng Việt', 'Vietnamese')),
    en: text().check(about('Tiếng Anh', 'English')),
  }).check(about(vi, en));

const confidence = () =>
  z.enum(['high', 'medium', 'low']).check(
    about(
      'Độ tin cậy: "high" (đã đọc văn bản điều khoản), "medium" (nguồn thứ cấp đáng tin), "low" (chưa xác nhận; kết quả dựa vào đó được đánh dấu provisional).',
      'Confidence: "high" (the clause\'s text was read), "medium" (a reliable secondary source), "low" (unconfirmed; results resting on it are marked provisional).',
    ),
  );

const source = (vi: string, en: string) =>
  z.strictObject({
    document: text().check(about('Số hiệu văn bản, ví dụ "294-QĐ/TW".', 'The document\'s number, e.g. "294-QĐ/TW".')),
    name: z.optional(bilingual('Tên văn bản.', 'The document\'s name.')),
    article: z.optional(text().check(about('Điều, ví dụ "Điều 4".', 'The article, e.g. "Điều 4".'))),
    clause: z.optional(text().check(about('Khoản, điểm, ví dụ "khoản 1".', 'The clause, e.g. "khoản 1".'))),
    urls: z.optional(z.array(text()).check(z.maxLength(20), about('Trang công khai trích dẫn văn bản (tối đa 20).', 'Public pages that quote it (at most 20).'))),
  }).check(about(vi, en));

const factTitle = () => bilingual('Tên dữ kiện, hai thứ tiếng.', 'The fact\'s title, in both languages.');

const factDeclaration = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('count').check(about('Số đếm: số nguyên ≥ 0.', 'A count: a whole number ≥ 0.')),
    title: factTitle(),
    sum: z.optional(z.array(name()).check(z.minLength(1), z.maxLength(50), about(
      'Dữ kiện dẫn xuất: tổng của các dữ kiện số đếm này (do người dùng cung cấp); người dùng không nhập dữ kiện này.',
      'A derived fact: the sum of these count facts (given by the caller); callers do not give it.',
    ))),
  }),
  z.strictObject({ type: z.literal('number').check(about('Một số hữu hạn.', 'A finite number.')), title: factTitle() }),
  z.strictObject({ type: z.literal('date').check(about('Một ngày YYYY-MM-DD.', 'A calendar date YYYY-MM-DD.')), title: factTitle() }),
  z.strictObject({ type: z.literal('boolean').check(about('true hoặc false.', 'true or false.')), title: factTitle() }),
  z.strictObject({
    type: z.literal('text').check(about('Một chuỗi.', 'A string.')),
    title: factTitle(),
    values: z.optional(z.array(text()).check(z.minLength(1), z.maxLength(MEMBERS), about('Các giá trị duy nhất được chấp nhận.', 'The only values accepted.'))),
  }),
]).check(about('Khai báo một dữ kiện: loại và tên.', 'A fact declaration: its type and title.'));

const ruleValue = () =>
  z.union([text(), z.number(), z.boolean()]).check(about(
    'Giá trị so sánh, cùng loại với dữ kiện: số, ngày "YYYY-MM-DD", chuỗi hoặc true/false; khi có measure, một số nguyên.',
    'The literal compared with, of the fact\'s type: a number, a date "YYYY-MM-DD", a string or true/false; with a measure, a whole number.',
  ));

/** Fields every condition may carry. */
const common = () => ({
  id: z.optional(id('Mã điều kiện, duy nhất trong phiên bản; ngoại lệ trỏ tới điều kiện bằng mã này.', 'The condition\'s id, unique within its version; exceptions name the condition by it.')),
  source: z.optional(source('Điều khoản mà điều kiện này thể hiện; mặc định là nguồn của điều kiện bao ngoài hoặc của phiên bản.', 'The clause this condition encodes; by default that of the enclosing condition or the version.')),
  confidence: z.optional(confidence()),
});

const groupTitle = () => z.optional(bilingual('Tên điều kiện, hai thứ tiếng.', 'The condition\'s title, in both languages.'));

/** The fields of a test of one fact, before its form (op, between or in). */
const testFields = () => ({
  ...common(),
  title: bilingual('Điều kiện kiểm tra gì, hai thứ tiếng; lý do được viết từ đây.', 'What the test checks, in both languages; reasons are written from it.'),
  fact: name().check(about('Tên dữ kiện được kiểm tra (đã khai báo trong facts).', 'The name of the fact tested (declared in facts).')),
  measure: z.optional(z.enum(['fullYears', 'fullMonths', 'years', 'months', 'days', 'workingDays']).check(about(
    'Với dữ kiện ngày: đo khoảng thời gian từ ngày đó đến asOf (fullYears, fullMonths: số năm, tháng tròn; years, months: thời gian chính xác; days: ngày; workingDays: ngày làm việc).',
    'On a date fact: the time from it to asOf (fullYears, fullMonths: completed years, months; years, months: the exact time; days: calendar days; workingDays: working days).',
  ))),
});

/** The forms of a condition, in the order of the branches of its union below (`_issues.ts` relies on it). */
export const CONDITION_FORMS = ['op', 'between', 'in', 'all', 'any', 'not'] as const;

const condition: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({
      ...testFields(),
      op: z.enum(['==', '!=', '<', '<=', '>', '>=']).check(about('Phép so sánh (dữ kiện văn bản và đúng/sai chỉ dùng == và !=).', 'The comparison (text and boolean facts take only == and !=).')),
      value: ruleValue(),
    }).check(about('Kiểm tra một dữ kiện bằng op và value.', 'A test of one fact with op and value.')),
    z.strictObject({
      ...testFields(),
      between: z.tuple([ruleValue(), ruleValue()]).check(about('[nhỏ nhất, lớn nhất].', '[min, max].')),
      edges: z.optional(z.enum(['[]', '[)', '(]', '()']).check(about('Hai đầu có được tính không: "[]" (cả hai, mặc định), "[)", "(]", "()".', 'Which edges are included: "[]" (both, the default), "[)", "(]", "()".'))),
    }).check(about('Kiểm tra một dữ kiện nằm trong khoảng.', 'A test that a fact lies in a range.')),
    z.strictObject({
      ...testFields(),
      in: z.array(ruleValue()).check(z.minLength(1), z.maxLength(MEMBERS), about('Một trong các giá trị này.', 'One of these values.')),
    }).check(about('Kiểm tra một dữ kiện là một trong các giá trị liệt kê.', 'A test that a fact is one of the listed values.')),
    z.strictObject({
      ...common(),
      title: groupTitle(),
      all: z.array(condition).check(z.minLength(1), z.maxLength(CONDITION_CHILDREN), about('Mọi điều kiện con đều thỏa mãn.', 'Every part holds.')),
    }).check(about('Đồng thời các điều kiện sau.', 'All of the following.')),
    z.strictObject({
      ...common(),
      title: groupTitle(),
      any: z.array(condition).check(z.minLength(1), z.maxLength(CONDITION_CHILDREN), about('Ít nhất một điều kiện con thỏa mãn.', 'At least one part holds.')),
    }).check(about('Ít nhất một trong các điều kiện sau.', 'Any of the following.')),
    z.strictObject({
      ...common(),
      title: groupTitle(),
      not: condition,
    }).check(about('Phủ định một điều kiện.', 'The negation of a condition.')),
  ]),
).check(z.meta({
  id: 'chitieu.Condition',
  description: 'Một điều kiện: kiểm tra một dữ kiện (fact + đúng một trong op/value, between, in) hoặc nhóm all / any / not.\n\nA condition: a test of one fact (fact + exactly one of op/value, between, in), or a group all / any / not.',
}));

const exception = z.strictObject({
  id: id('Mã ngoại lệ, duy nhất trong phiên bản.', 'The exception\'s id, unique within its version.'),
  label: bilingual('Tên ngoại lệ, hai thứ tiếng.', 'The exception\'s label, in both languages.'),
  overrides: id('Mã của điều kiện (trong when của phiên bản) mà ngoại lệ thay thế.', 'The id of the condition (in the version\'s when) this exception overrides.'),
  when: condition,
  source: z.optional(source('Nguồn của ngoại lệ.', 'The exception\'s source.')),
  confidence: z.optional(confidence()),
}).check(about(
  'Một ngoại lệ: khi when thỏa mãn, điều kiện overrides được coi là đạt.',
  'An exception: when its when holds, the condition it overrides counts as met.',
));

const conclusion = z.strictObject({
  id: id('Mã kết luận, duy nhất trong phiên bản.', 'The conclusion\'s id, unique within its version.'),
  text: bilingual('Ghi chú của kết luận, hai thứ tiếng.', 'The conclusion\'s note, in both languages.'),
  when: condition,
  sets: z.optional(z.record(name(), z.union([z.string().check(z.maxLength(STRING_LENGTH)), z.number(), z.boolean()])).check(about(
    'Các trường thêm vào kết quả khi when thỏa mãn, ví dụ { "form": "chi-bo-co-so" }; kết luận đầu tiên đặt một trường sẽ thắng.',
    'Fields added to the result when when holds, e.g. { "form": "chi-bo-co-so" }; the first conclusion that sets a field wins.',
  ))),
  source: z.optional(source('Nguồn của kết luận.', 'The conclusion\'s source.')),
  confidence: z.optional(confidence()),
}).check(about(
  'Một kết luận: khi when thỏa mãn, kết quả nhận các trường trong sets và ghi chú text.',
  'A conclusion: when its when holds, the result gets the fields in sets and the note text.',
));

const version = z.strictObject({
  id: id('Mã phiên bản, duy nhất trong bộ.', 'The version\'s id, unique within the set.'),
  title: z.optional(bilingual('Tên phiên bản.', 'The version\'s title.')),
  effectiveFrom: isoDate().check(about('Ngày bắt đầu hiệu lực (tính cả ngày này), YYYY-MM-DD.', 'The first day in force (included), YYYY-MM-DD.')),
  effectiveTo: z.optional(z.nullable(isoDate()).check(about(
    'Ngày cuối cùng còn hiệu lực (tính cả ngày này); bỏ trống hoặc null khi đang có hiệu lực.',
    'The last day in force (included); absent or null while in force.',
  ))),
  source: source('Văn bản quy định phiên bản này.', 'The document this version encodes.'),
  supersedes: z.optional(z.array(text()).check(z.maxLength(50), about('Mã phiên bản, hoặc số hiệu văn bản, mà phiên bản này thay thế.', 'Ids of the versions, or numbers of the documents, this one replaces.'))),
  confidence: confidence(),
  when: condition,
  exceptions: z.optional(z.array(exception).check(z.maxLength(CONDITION_CHILDREN), about('Ngoại lệ có nhãn, thay thế một điều kiện của when.', 'Labelled exceptions that override a condition of when.'))),
  conclusions: z.optional(z.array(conclusion).check(z.maxLength(CONDITION_CHILDREN), about('Kết luận ngoài kết quả đủ/không đủ điều kiện.', 'What the rule set concludes besides the outcome.'))),
}).check(about(
  'Một phiên bản, có hiệu lực từ effectiveFrom đến effectiveTo; các phiên bản của một bộ không được chồng lên nhau.',
  'One version, in force from effectiveFrom to effectiveTo; versions of a set must not overlap.',
));

/** The zod schema behind {@link ruleSetSchema}, for the JSON Schema script and the tests. */
export const ruleSetZodSchema: z.ZodMiniType<RuleSet> = /* @__PURE__ */ z.strictObject({
  $schema: z.optional(z.string().check(about(
    'Đường dẫn tới JSON Schema này, cho trình soạn thảo (compileRuleSet đọc và bỏ qua trường này).',
    'The path of this JSON Schema, for editors (compileRuleSet reads and ignores this field).',
  ))),
  formatVersion: z.optional(z.literal(1).check(about('Phiên bản định dạng: 1.', 'The format version: 1.'))),
  id: id('Mã ổn định của bộ quy định: chữ, số, ".", "_", ":", "-".', 'A stable id of the rule set: letters, digits, ".", "_", ":", "-".'),
  title: bilingual('Tên bộ quy định, hai thứ tiếng.', 'The rule set\'s title, in both languages.'),
  facts: z.record(name(), factDeclaration).check(
    z.meta({ minProperties: 1, maxProperties: 10_000 }),
    z.refine((facts) => Object.keys(facts).length > 0, {
      message: 'a rule set needs at least one fact',
      params: { chitieu: 'out_of_range', facts: { min: '1', max: '∞', received: 'object', count: 0 } },
    }),
    about(
      'Các dữ kiện mà quy định đọc, theo tên (chữ cái, rồi chữ cái, chữ số hoặc _).',
      'The facts the rules read, by name (a letter, then letters, digits or _).',
    ),
  ),
  versions: z.array(version).check(z.minLength(1), z.maxLength(LIMITS.versions), about(
    'Một hoặc nhiều phiên bản, mỗi phiên bản có hiệu lực trong một khoảng ngày.',
    'One or more versions, each in force over a span of dates.',
  )),
}).check(about(
  'Bộ quy định của chitieu: dữ liệu JSON thuần, được kiểm tra khi dùng lần đầu.',
  'A chitieu rule set: plain JSON data, checked when first used.',
));

/**
 * What {@link ruleSetSchema} offers a caller: zod's `safeParse`, and Standard Schema (`~standard`) for
 * form libraries.
 *
 * @category Rules
 */
export interface RuleSetSchema {
  /** Checks the shape of `data`: the rule set itself, or the problems found, each at its path. */
  safeParse(data: unknown):
    | { readonly success: true; readonly data: RuleSet }
    | { readonly success: false; readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] } };
  /** The Standard Schema interface (https://standardschema.dev), which form libraries call. */
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    /** Validates a value as Standard Schema defines: `{ value }` or `{ issues }`. */
    validate(value: unknown): unknown;
  };
}

/**
 * The rule-set format (see the guide "Writing a rule set") as a zod schema: the shape of a
 * {@link RuleSet} (fields, types, enums, id and fact-name patterns, list sizes, the forms of a condition),
 * with a description of every field in Vietnamese and English. It is the source of the JSON Schema the
 * package ships as `chitieu/rule-set.schema.json` (file `schema/rule-set.schema.json`), which gives
 * completion and help in an editor; a front end can check a form with it before sending.
 *
 * It checks the shape only: {@link compileRuleSet} still decides, and also checks what crosses fields
 * (a test names a declared fact and compares it with a literal of the fact's type, ids are unique,
 * versions do not overlap, `effectiveTo` is not before `effectiveFrom`, an exception names a condition
 * of `when`, sums add declared count facts, nesting depth and total size). A rule set it rejects,
 * `compileRuleSet` rejects too. An optional `$schema` key is accepted for editors, as `compileRuleSet`
 * accepts and ignores it. It implements Standard Schema (`~standard`), which form libraries accept.
 * Its declared type is {@link RuleSetSchema}, not zod's own, so a consumer's type check needs no DOM or
 * Node types (zod's declarations name `URL`).
 *
 * @example
 * ```ts
 * import { ruleSetSchema, tradeUnionFounding } from 'chitieu';
 * ruleSetSchema.safeParse(tradeUnionFounding).success;
 * //=> true
 * const r = ruleSetSchema.safeParse({ ...tradeUnionFounding, versions: [] });
 * r.success ? 'ok' : r.error.issues.map((i) => i.path.join('.'));
 * //=> [ 'versions' ]
 * ```
 * @category Rules
 */
export const ruleSetSchema: RuleSetSchema = ruleSetZodSchema as unknown as RuleSetSchema;
