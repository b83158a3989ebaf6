// Vietnamese messages are Vietnamese: no English words, numbers written 97,5 and 1.549
// (docs/conventions.md §4), both from the table itself and from real errors of every area.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { bulletChart } from '../../src/svg/index.js';
import { makeIssue, makeIssueIn, type ErrorCode } from '../../src/core/errors.js';
import { everyTables } from '../../src/core/messages/tables.js';
import type { ExpectedCode, HintCode, ReceivedCode } from '../../src/core/factCodes.js';
import { en } from '../../src/core/messages/en.js';

const ENGLISH = / or | not | must | got | is | the |valid|should/i;
/** A '.' used as a decimal mark: "97.5", "1.25" (a thousands group "1.549" has exactly three digits). */
const DOT_DECIMAL = /(?<![\d.])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])/;

/** The text without the value the caller typed, which a message quotes as typed ("1.5" is what was given). */
const ownWords = (issue: { messages: { vi: string }; facts: Record<string, unknown> }): string =>
  typeof issue.facts.value === 'string' ? issue.messages.vi.split(`"${issue.facts.value}"`).join('""') : issue.messages.vi;

/** Facts as the readers give them, for each code. */
const FACTS: { readonly [C in ErrorCode]: Record<string, unknown> } = {
  invalid_type: { expected: 'number-or-decimal-string', received: 'array' },
  not_finite: { received: 'nan' },
  negative: { value: '-12.5' },
  not_integer: { value: '1549.25' },
  unsafe_number: { value: '9007199254740993' },
  exponent_not_allowed: { value: '1e5' },
  empty_string: {},
  malformed_number: { value: '9/x', locale: 'vi', hint: 'ratio' },
  ambiguous_number: { value: '1.5', locale: 'vi', group: '.', decimal: ',' },
  range_inverted: { min: '97.5', max: '90' },
  unknown_rounding: { received: 'string', value: 'banker', allowed: ['half-up', 'half-even'] },
  out_of_range: { min: '0', max: '10', received: 'number', value: '11' },
  invalid_value: { allowed: ['count', 'rate'], received: 'string', value: 'percent' },
  unknown_key: { key: 'colour', allowed: ['achieved', 'target'] },
  missing: {},
  too_long: { length: 1549, limit: 1000 },
  too_deep: { limit: 32 },
  invalid_date: { value: '2024-02-30' },
  date_order: { start: '2024-07-16', end: '2024-06-30' },
  unknown_period: { value: 'quý V/2024', forms: ['quý II/2024', 'năm 2024'] },
  insufficient_data: { method: 'CAGR', needed: 2, got: 1 },
  nonpositive_base: { method: 'CAGR', value: '0' },
  unsafe_key: { key: '__proto__' },
  duplicate_id: { id: 'khoi' },
  unknown_parent: { id: 'khoi', parent: 'tinh' },
  cycle: { id: 'khoi' },
  length_mismatch: { expected: 3, got: 2 },
  unsupported_year: { year: 2031, min: 2020, max: 2030 },
  zero_total: {},
  too_many_targets: { from: 601, to: null, limit: 1000 },
  no_version_in_force: { id: 'vn.party.admission', value: '2010-05-01', spans: ['2011-01-01 – 2021-07-29'] },
  not_plain_data: {},
  invalid_id: { value: 'a b' },
  invalid_name: { value: '1n' },
  unknown_fact: { fact: 'membres' },
  fact_type_mismatch: { fact: 'kind', type: 'text', field: 'op', expected: ['count', 'number', 'date'], op: '<' },
  invalid_sum_part: { fact: 'founded', type: 'date', derived: false },
  exclusive_keys: { keys: ['op', 'in'], allowed: ['op', 'between', 'in'] },
  measure_not_whole: { measure: 'fullMonths', received: 'number', value: '1.5', limit: 100000 },
  inexact_measure: { measure: 'months', allowed: ['fullYears', 'fullMonths', 'days', 'workingDays'] },
  unknown_condition: { id: 'age' },
  version_overlap: { id: 'v2', other: 'v1', start: '2025-01-01', end: null },
};

const PATHS: (string | number)[][] = [[], ['achieved'], ['options', 'rounding'], ['result', 'target', 'min'], ['points', 2, 'date'], ['nodes', 0, 'indicators', 'dangVien', 'achieved'], ['somethingElse']];

function errorOf(f: () => unknown): api.ChiTieuError {
  try {
    f();
  } catch (e) {
    if (e instanceof api.ChiTieuError) return e;
    throw e;
  }
  throw new Error('expected a ChiTieuError');
}

/** Real mistakes, one or more per area. */
const CALLS: Record<string, () => unknown> = {
  negative: () => api.attainment({ achieved: -1.5, target: 80 }),
  notInteger: () => api.attainment({ achieved: 1.5, target: 80 }),
  nan: () => api.attainment({ achieved: Number.NaN, target: 80 }),
  unsafe: () => api.attainment({ achieved: 2 ** 60, target: 80 }),
  exponent: () => api.attainment({ achieved: '1e5', target: 80 }),
  empty: () => api.attainment({ achieved: '', target: 80 }),
  commaDecimal: () => api.attainment({ achieved: '97,5', target: 80 }),
  wrongType: () => api.attainment({ achieved: [], target: {} } as never),
  unknownKey: () => api.attainment({ achieved: 1, target: 80, colour: 'red' } as never),
  rangeInverted: () => api.attainment({ achieved: 1, target: { min: 90, max: 80 } }),
  rounding: () => api.attainment({ achieved: 1, target: 80 }, { rounding: 'banker' as never }),
  decimals: () => api.attainment({ achieved: 1, target: 80 }, { decimals: 11 }),
  batchLengths: () => api.attainmentBatch({ achieved: [1, 2], target: [1] }),
  parseRatio: () => api.parseNumber('9/10'),
  parseAmbiguous: () => api.parseNumber('1.5'),
  parseChar: () => api.parseNumber('12a'),
  parseEmpty: () => api.parseNumber(' '),
  period: () => api.parsePeriod('quý V/2024'),
  date: () => api.termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-02-30', target: 80, cumulative: 72 }),
  bothTargets: () => api.termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 80, targets: [{ id: 'a', target: 1, cumulative: 1 }], cumulative: 72 } as never),
  noTargets: () => api.termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', cumulative: 72 } as never),
  dateOrder: () => api.termProgress({ term: { kind: 'term', start: '2025-07-01', end: '2020-06-30' }, asOf: '2024-07-16', target: 80, cumulative: 72 } as never),
  year: () => api.probationSchedule({ ceremonyDate: '2031-01-05' }),
  rollupParent: () => api.rollup({ nodes: [{ id: 'a', parent: 'x' }] }),
  rollupDuplicate: () => api.rollup({ nodes: [{ id: 'a' }, { id: 'a' }] }),
  rollupNegative: () => api.rollup({ nodes: [{ id: 'a', indicators: { dangVien: { achieved: -1, target: 2 } } }] }),
  claim: () => api.checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'sideways' } as never),
  implied: () => api.impliedTargets({ achieved: 3, reported: '0', as: 'attainment' }),
  rule: () => api.evaluateRule(api.partyOrganizationFounding, { officialMembers: -2, probationaryMembers: 'x' } as never, { asOf: '2025-09-01' }),
  ruleDate: () => api.evaluateRule(api.partyOrganizationFounding, { officialMembers: 3, probationaryMembers: 0 }, { asOf: '2010-01-01' }),
  compile: () => api.compileRuleSet({ id: 'x', versions: [] } as never),
  format: () => api.formatNumber('abc'),
  plainDecimalHint: () => api.attainment({ achieved: 'abc', target: 80 }),
  svgColour: () => bulletChart(api.attainment({ achieved: 1, target: 2 }), { colors: { ink: 'red' } } as never),
  svgId: () => bulletChart(api.attainment({ achieved: 1, target: 2 }), { id: '1x' }),
  configure: () => api.configure({ locale: 'fr' as never }),
};

/**
 * Known English or '.' decimals left in Vietnamese messages by facts built outside the message tables:
 * `hint_vi` of readNumber in src/core/_exact.ts ('ví dụ "97.5"'), `allowed` without `allowed_vi` in
 * src/svg/_svg.ts (identifier and hex colour).
 */
const KNOWN_LEAKS = new Set<string>([]);

describe('Vietnamese messages hold no English and write numbers the Vietnamese way', () => {
  it.each(Object.keys(en) as ErrorCode[])('%s, on every kind of path', (code) => {
    for (const path of PATHS) {
      const text = ownWords(makeIssue(code, path, FACTS[code] as never));
      expect([path, text, ENGLISH.test(text)]).toEqual([path, text, false]);
      expect([path, text, DOT_DECIMAL.test(text)]).toEqual([path, text, false]);
    }
  });

  it('numbers and dates inside sentences', () => {
    expect(makeIssue('not_integer', ['achieved'], { value: '1549.25' }).messages.vi).toBe('Số thực hiện phải là số nguyên (số đếm); nhận được 1.549,25.');
    expect(makeIssue('date_order', ['term'], { start: '2024-07-16', end: '2024-06-30' }).messages.vi).toBe('Ngày kết thúc (30/6/2024) sớm hơn ngày bắt đầu (16/7/2024) ở nhiệm kỳ.');
    expect(makeIssue('unsupported_year', ['ceremonyDate'], { year: 2031, min: 2020, max: 2030 }).messages.vi).toBe('Ngày lễ kết nạp rơi vào năm 2031, ngoài lịch ngày nghỉ lễ mà thư viện có (2020–2030).');
    expect(makeIssue('empty_string', ['achieved']).messages.vi).not.toMatch(DOT_DECIMAL);
  });

  it.each(Object.keys(CALLS).filter((k) => !KNOWN_LEAKS.has(k)))('real error: %s', (name) => {
    const e = errorOf(CALLS[name] as () => unknown);
    for (const issue of e.issues) {
      const text = ownWords(issue);
      expect([issue.path, text, ENGLISH.test(text), DOT_DECIMAL.test(text)]).toEqual([issue.path, text, false, false]);
    }
  });

  // When a fix lands outside the tables, this fails: move the call out of KNOWN_LEAKS.
  it.fails.each([...KNOWN_LEAKS])('known leak, still there: %s', (name) => {
    const e = errorOf(CALLS[name] as () => unknown);
    for (const issue of e.issues) expect([ENGLISH.test(ownWords(issue)), DOT_DECIMAL.test(ownWords(issue))]).toEqual([false, false]);
  });
});

// Every code of the fact enumerations has words in both languages (a record keyed by the union, so a
// code added without words here fails to compile), and the Vietnamese ones are Vietnamese.
const EXPECTED: Record<ExpectedCode, Record<string, unknown>> = {
  number: {}, string: {}, boolean: {}, object: { fields: ['vi', 'en'] }, array: { fields: ['stage', 'entered'] },
  'whole-number': { min: 0, max: 10 }, 'number-or-decimal-string': {}, 'attainment-target': {}, 'attainment-result': {},
  'attainment-result-or-reason': {}, 'text-or-bilingual': {}, 'number-column': {}, 'non-empty-string': {}, count: {}, date: {},
  bilingual: {}, 'number-below': { below: '97.5' }, 'result-target': {}, 'scorecard-line': {}, period: {}, 'period-text': {},
  'printed-figure': {}, 'partial-rollup': {}, 'partial-rollups': {}, 'pipeline-data': {}, issue: {}, 'error-or-issues': {}, path: {},
  'field-labels': {}, facts: {}, 'counts-by-stage': {}, 'stage-map': {}, 'dates-by-event': {}, 'figures-by-indicator': {},
  'count-column': {}, column: {}, 'records-or-columns': {}, 'id-list': {}, 'id-lists': {}, 'string-list': {}, 'row-list': {},
  'column-list': {}, 'unit-list': {}, 'weight-list': {}, 'candidate-list': {}, 'element-id': {}, 'hex-colour': {},
  'sorted-names': {}, 'sorted-ids': {}, 'parent-row': {}, 'packed-block': {}, 'band-min': {},
};
const RECEIVED: Record<ReceivedCode, Record<string, unknown>> = {
  string: { value: 'abc' }, number: { value: '1549.5' }, nan: {}, infinity: {}, 'negative-infinity': {}, boolean: { value: 'true' },
  bigint: { value: '12' }, null: {}, undefined: {}, array: { count: 3 }, object: { keys: ['aim'] }, function: {}, symbol: {},
  'bigint-array': {}, 'data-view': {},
};
const HINTS: Record<HintCode, Record<string, unknown>> = {
  'comma-decimal': {}, 'plain-decimal': {}, 'zero-denominator': {}, ratio: {}, 'unexpected-character': { char: 'x' },
  'no-integer-digits': {}, 'no-fraction-digits': {}, 'significant-digits': { limit: 15 }, 'plan-per-target': {},
};

describe('the words of expected, received and hint codes', () => {
  // with every word, as messageFor writes any issue; each area's readers write with their own part of them
  const both = (code: ErrorCode, facts: Record<string, unknown>) => makeIssueIn(everyTables, code, ['achieved'], facts as never).messages;
  it.each(Object.keys(EXPECTED) as ExpectedCode[])('expected %s', (code) => {
    const m = both('invalid_type', { expected: code, received: 'null', ...EXPECTED[code] });
    // without words, the code itself would stand where the words go
    expect([m.vi.includes(`là ${code};`), m.en.includes(`be ${code};`)]).toEqual([false, false]);
    expect([m.vi, ENGLISH.test(m.vi.replace('"', '')), DOT_DECIMAL.test(m.vi)]).toEqual([m.vi, false, false]);
    expect(m.vi).not.toBe(m.en);
  });
  it.each(Object.keys(RECEIVED) as ReceivedCode[])('received %s', (code) => {
    const m = both('invalid_type', { expected: 'number', received: code, ...RECEIVED[code] });
    expect([m.vi, ENGLISH.test(m.vi), DOT_DECIMAL.test(m.vi)]).toEqual([m.vi, false, false]);
    expect(m.vi).not.toMatch(/[a-z]-[a-z]/);
    expect(m.en).not.toMatch(/; got [a-z]+-[a-z]+/);
  });
  it.each(Object.keys(HINTS) as HintCode[])('hint %s', (code) => {
    const m = both(code === 'plan-per-target' ? 'invalid_value' : 'malformed_number', { value: 'x', hint: code, ...HINTS[code] });
    for (const text of [m.vi, m.en]) expect(text.toLowerCase()).not.toMatch(new RegExp(`[:.] ${code}\\.$`));
    expect([m.vi, ENGLISH.test(m.vi)]).toEqual([m.vi, false]);
  });
  it('a list of expected codes is any of them; exclusive fields name both', () => {
    expect(both('invalid_type', { expected: ['number', 'string', 'boolean'], received: 'null' })).toEqual({
      vi: 'Số thực hiện phải là một số, một chuỗi hoặc true hoặc false; nhận được null.',
      en: 'achieved must be a number, a string or true or false; got null.',
    });
    expect(makeIssueIn(everyTables, 'invalid_value', ['targets'], { exclusive: ['target', 'targets'] }).messages).toEqual({
      vi: 'Chỉ được dùng một trong hai: chỉ tiêu hoặc danh sách chỉ tiêu, không dùng cả hai.',
      en: 'targets: give target or targets, not both.',
    });
  });
});
