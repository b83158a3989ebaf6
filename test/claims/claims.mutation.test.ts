import { describe, expect, it } from 'vitest';
import { checkClaim, checkSum, extractClaims, impliedTargets, ROUNDING_MODES, safeCheckClaim, safeImpliedTargets } from '../../src/index.js';
import type { CheckClaimInput, ImpliedTargetsInput, Locale } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

// Tests aimed at the mutants a Stryker run over src/claims/ left alive outside the extractor: the
// readers of printed figures, the input schemas, the implied-target bounds, sums, and the tokenizer
// behind extractClaims (through extractClaims itself). Each asserts whole values, so a changed literal,
// a flipped comparison or a dropped branch changes what is compared.

/** The first issue of the ChiTieuError `fn` throws: its code, path and facts. */
function issueOf(fn: () => unknown): { code: string; path: readonly (string | number)[]; facts: unknown; count: number } {
  const e = errorOf(fn);
  const i = e.issues[0];
  return { code: e.code, path: i?.path ?? [], facts: i?.facts, count: e.issues.length };
}

/** The fields of a check that the reading of `reported` decides. */
function readOf(reported: unknown, locale?: Locale) {
  const input = { achieved: 16, target: 15, reported, as: 'over', ...(locale === undefined ? {} : { locale }) } as CheckClaimInput;
  const r = checkClaim(input);
  return { reported: r.reported, reportedText: r.reportedText, decimals: r.decimals, difference: r.difference, consistent: r.consistent, consistentModes: r.consistentModes };
}

const MALFORMED_BEFORE = { hint: 'there are no digits before the decimal separator', hint_vi: 'không có chữ số trước dấu thập phân' };
const MALFORMED_AFTER = { hint: 'there are no digits after the decimal separator', hint_vi: 'không có chữ số sau dấu thập phân' };

describe('printed figures: what reads', () => {
  it.each([
    // [reported, locale, reported plain, reportedText, decimals, difference, consistentModes]
    ['6,6', 'vi', '6.6', '6,6', 1, '-0.1', ['down', 'floor']],
    ['6.6', 'en', '6.6', '6.6', 1, '-0.1', ['down', 'floor']],
    ['6,6%', 'vi', '6.6', '6,6', 1, '-0.1', ['down', 'floor']],
    ['6.6%', 'en', '6.6', '6.6', 1, '-0.1', ['down', 'floor']],
    ['72,2 %', 'vi', '72.2', '72,2', 1, '65.5', []],
    ['1.549', 'vi', '1549', '1.549', 0, '1542', []],
    ['1.549,5', 'vi', '1549.5', '1.549,5', 1, '1542.8', []],
    ['1,549.5', 'en', '1549.5', '1,549.5', 1, '1542.8', []],
    ['-6,6', 'vi', '-6.6', '-6,6', 1, '-13.3', []],
    ['−6,6', 'vi', '-6.6', '−6,6', 1, '-13.3', []],
    ['+6,6', 'vi', '6.6', '+6,6', 1, '-0.1', ['down', 'floor']],
    ['-6.6', 'en', '-6.6', '-6.6', 1, '-13.3', []],
    ['60,0', 'vi', '60', '60,0', 1, '53.3', []],
    // exactly 15 characters: the quick reader; 16: the strict one, exact past 2^53
    ['123456789012345', 'vi', '123456789012345', '123456789012345', 0, '123456789012338', []],
    ['123456789012345', 'en', '123456789012345', '123456789012345', 0, '123456789012338', []],
    ['9007199254740993', 'vi', '9007199254740993', '9007199254740993', 0, '9007199254740986', []],
    ['9007199254740993', 'en', '9007199254740993', '9007199254740993', 0, '9007199254740986', []],
    // exactly 10 decimals, by both readers
    ['0,0000000001', 'vi', '0.0000000001', '0,0000000001', 10, '-6.6666666666', []],
    ['0.0000000001', 'en', '0.0000000001', '0.0000000001', 10, '-6.6666666666', []],
    ['1.000,0000000001', 'vi', '1000.0000000001', '1.000,0000000001', 10, '993.3333333334', []],
    ['1,000.0000000001', 'en', '1000.0000000001', '1,000.0000000001', 10, '993.3333333334', []],
    // spaces around, and between the figure and its %
    [' 6,6 ', 'vi', '6.6', '6,6', 1, '-0.1', ['down', 'floor']],
    ['6,6 %', 'vi', '6.6', '6,6', 1, '-0.1', ['down', 'floor']],
    ['\t6.6 % ', 'en', '6.6', '6.6', 1, '-0.1', ['down', 'floor']],
  ] as const)('%j (%s)', (reported, locale, plain, text, decimals, difference, modes) => {
    expect(readOf(reported, locale)).toEqual({ reported: plain, reportedText: text, decimals, difference, consistent: false, consistentModes: modes });
  });

  it('a 15-digit figure that is right, and 16 digits', () => {
    const r = checkClaim({ achieved: '1000000000000', target: 1, reported: '100000000000000', as: 'attainment' });
    expect([r.reported, r.reportedText, r.decimals, r.consistent, r.difference]).toEqual(['100000000000000', '100000000000000', 0, true, '0']);
    const s = checkClaim({ achieved: '90071992547409.93', target: 1, reported: '9007199254740993', as: 'attainment' });
    expect([s.reported, s.reportedText, s.decimals, s.consistent, s.difference]).toEqual(['9007199254740993', '9007199254740993', 0, true, '0']);
  });

  it('JS numbers: their shortest text, 10 decimals at most', () => {
    expect(readOf(6.6)).toEqual({ reported: '6.6', reportedText: '6.6', decimals: 1, difference: '-0.1', consistent: false, consistentModes: ['down', 'floor'] });
    expect(readOf(-6.6)).toEqual({ reported: '-6.6', reportedText: '-6.6', decimals: 1, difference: '-13.3', consistent: false, consistentModes: [] });
    expect(readOf('007')).toEqual({ reported: '7', reportedText: '007', decimals: 0, difference: '0', consistent: true, consistentModes: ['half-up', 'half-down', 'half-even', 'up', 'ceil'] });
    expect(readOf(7)).toEqual({ reported: '7', reportedText: '7', decimals: 0, difference: '0', consistent: true, consistentModes: ['half-up', 'half-down', 'half-even', 'up', 'ceil'] });
    expect(readOf(0.0000000001)).toEqual({ reported: '0.0000000001', reportedText: '0.0000000001', decimals: 10, difference: '-6.6666666666', consistent: false, consistentModes: [] });
    // past 10 decimals too: checked exactly, as every other figure (it once read as too_long)
    expect(readOf(0.00000000001)).toEqual({ reported: '0.00000000001', reportedText: '0.00000000001', decimals: 11, difference: '-6.66666666666', consistent: false, consistentModes: [] });
  });

  it('a whole check read from "6,6 %" equals the one read from "6,6"', () => {
    expect(checkClaim({ achieved: 16, target: 15, reported: '6,6 %', as: 'over' })).toEqual(checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over' }));
    expect(checkClaim({ achieved: 16, target: 15, reported: ' 6,6 ', as: 'over' })).toEqual(checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over' }));
  });
});

describe('printed figures: what does not read', () => {
  it.each([
    ['', 'vi', 'empty_string', {}],
    ['', 'en', 'empty_string', {}],
    ['   ', 'vi', 'empty_string', {}],
    ['%', 'vi', 'empty_string', {}],
    ['%', 'en', 'empty_string', {}],
    [',5', 'vi', 'malformed_number', { value: ',5', locale: 'vi', ...MALFORMED_BEFORE }],
    ['.5', 'en', 'malformed_number', { value: '.5', locale: 'en', ...MALFORMED_BEFORE }],
    ['5,', 'vi', 'malformed_number', { value: '5,', locale: 'vi', ...MALFORMED_AFTER }],
    ['5.', 'en', 'malformed_number', { value: '5.', locale: 'en', ...MALFORMED_AFTER }],
    ['5,%', 'vi', 'malformed_number', { value: '5,', locale: 'vi', ...MALFORMED_AFTER }],
    [',', 'vi', 'malformed_number', { value: ',', locale: 'vi', ...MALFORMED_BEFORE }],
    ['-', 'vi', 'malformed_number', { value: '-', locale: 'vi', ...MALFORMED_BEFORE }],
    ['-', 'en', 'malformed_number', { value: '-', locale: 'en', ...MALFORMED_BEFORE }],
    ['+', 'vi', 'malformed_number', { value: '+', locale: 'vi', ...MALFORMED_BEFORE }],
    [`0,${'1'.repeat(400)}`, 'vi', 'too_long', { length: 402, limit: 400 }],
    [`0.${'1'.repeat(400)}`, 'en', 'too_long', { length: 402, limit: 400 }],
  ] as const)('%j (%s): %s', (reported, locale, code, facts) => {
    expect(issueOf(() => readOf(reported, locale))).toEqual({ code, path: ['reported'], facts, count: 1 });
  });

  it.each([
    ['0,00000000001', 'vi', '0.00000000001', 11],
    ['0.00000000001', 'en', '0.00000000001', 11],
    ['1.000,00000000001', 'vi', '1000.00000000001', 11],
    ['1,000.00000000001', 'en', '1000.00000000001', 11],
  ] as const)('%j (%s) reads, past 10 decimals', (reported, locale, plain, decimals) => {
    const r = readOf(reported, locale);
    expect([r.reported, r.decimals, r.consistent]).toEqual([plain, decimals, false]);
  });

  it('"1,2,3": a second decimal separator', () => {
    expect(issueOf(() => readOf('1,2,3', 'vi'))).toEqual({
      code: 'malformed_number', path: ['reported'], count: 1,
      facts: { value: '1,2,3', locale: 'vi', hint: "unexpected character ','", hint_vi: "ký tự không hợp lệ ','" },
    });
  });

  it('other types', () => {
    const expected = { expected: 'the printed figure as a string, e.g. "6,6"', expected_vi: 'con số in trong báo cáo dạng chuỗi, ví dụ "6,6"' };
    expect(issueOf(() => readOf(null))).toEqual({ code: 'invalid_type', path: ['reported'], facts: { ...expected, received: 'null' }, count: 1 });
    expect(issueOf(() => readOf(Number.NaN))).toEqual({ code: 'not_finite', path: ['reported'], facts: { received: 'NaN' }, count: 1 });
    expect(issueOf(() => readOf(1e21))).toEqual({ code: 'unsafe_number', path: ['reported'], facts: { value: '1e+21' }, count: 1 });
  });
});

describe('the input schemas', () => {
  it('an unknown `as`', () => {
    const facts = { allowed: ['attainment', 'share', 'over', 'over-points', 'decrease', 'growth', 'multiple', 'excess'], value: '"surplus"' };
    expect(issueOf(() => checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'surplus' } as unknown as CheckClaimInput))).toEqual({ code: 'invalid_value', path: ['as'], facts, count: 1 });
    expect(issueOf(() => impliedTargets({ achieved: 65, reported: '72,2', as: 'surplus' } as unknown as ImpliedTargetsInput))).toEqual({ code: 'invalid_value', path: ['as'], facts, count: 1 });
    expect(issueOf(() => checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 3 } as unknown as CheckClaimInput))).toEqual({
      code: 'invalid_value', path: ['as'], facts: { allowed: ['attainment', 'share', 'over', 'over-points', 'decrease', 'growth', 'multiple', 'excess'], value: '3' }, count: 1,
    });
  });

  it('a missing `reported` is missing, not of a wrong type', () => {
    expect(issueOf(() => checkClaim({ achieved: 16, target: 15, as: 'over' } as unknown as CheckClaimInput))).toEqual({ code: 'missing', path: ['reported'], facts: {}, count: 1 });
    expect(issueOf(() => impliedTargets({ achieved: 65, as: 'attainment' } as unknown as ImpliedTargetsInput))).toEqual({ code: 'missing', path: ['reported'], facts: {}, count: 1 });
    const s = safeCheckClaim({ achieved: 16, target: 15, reported: undefined, as: 'over' } as unknown as CheckClaimInput);
    expect([s.success, s.error?.code, s.error?.issues[0]?.path]).toEqual([false, 'missing', ['reported']]);
    const t = safeImpliedTargets({ achieved: 65, reported: undefined, as: 'attainment' } as unknown as ImpliedTargetsInput);
    expect([t.success, t.error?.code, t.error?.issues[0]?.path]).toEqual([false, 'missing', ['reported']]);
  });

  it('negative figures, a zero target, and a bad figure together', () => {
    expect(issueOf(() => checkClaim({ achieved: -1, target: 15, reported: '6,6', as: 'over' }))).toEqual({ code: 'negative', path: ['achieved'], facts: { value: '-1' }, count: 1 });
    expect(issueOf(() => checkClaim({ achieved: 1, target: -2, reported: '6,6', as: 'over' }))).toEqual({ code: 'negative', path: ['target'], facts: { value: '-2' }, count: 1 });
    expect(issueOf(() => checkClaim({ achieved: 1, target: 0, reported: '6,6', as: 'over' }))).toEqual({ code: 'zero_total', path: ['target'], facts: {}, count: 1 });
    const e = errorOf(() => checkClaim({ achieved: -1, target: 0, reported: ',6', as: 'attainment' }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['negative', ['achieved']], ['zero_total', ['target']], ['malformed_number', ['reported']]]);
    const f = errorOf(() => impliedTargets({ achieved: -5, reported: ',6', as: 'over' }));
    expect(f.issues.map((i) => [i.code, i.path])).toEqual([['negative', ['achieved']], ['malformed_number', ['reported']]]);
  });

  it('a zero target is fine in points', () => {
    expect(checkClaim({ achieved: 1, target: 0, reported: '1', as: 'over-points' })).toEqual({
      as: 'over-points', achieved: '1', target: '0', reported: '1', reportedText: '1', decimals: 0, exact: '1', computed: '1', computedNumber: 1,
      difference: '0', consistent: true, consistentModes: [...ROUNDING_MODES],
      reason: expect.objectContaining({ code: 'check-matches' }),
      explanation: {
        vi: '1% − 0% = 1 điểm %; làm tròn nửa lên (half-up) đến hàng đơn vị là 1 điểm %, khớp với 1 điểm % đã in.',
        en: '1% − 0% = 1 percentage points; rounded half-up to a whole number this is 1 percentage points, as printed.',
      },
    });
  });
});

describe('checkClaim: whole answers', () => {
  it('points from rates with decimals', () => {
    expect(checkClaim({ achieved: '97.5', target: 93, reported: '4,5', as: 'over-points' })).toEqual({
      as: 'over-points', achieved: '97.5', target: '93', reported: '4.5', reportedText: '4,5', decimals: 1, exact: '9/2', computed: '4.5', computedNumber: 4.5,
      difference: '0', consistent: true, consistentModes: [...ROUNDING_MODES],
      reason: expect.objectContaining({ code: 'check-matches' }),
      explanation: {
        vi: '97,5% − 93% = 4,5 điểm %; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 4,5 điểm %, khớp với 4,5 điểm % đã in.',
        en: '97.5% − 93% = 4.5 percentage points; rounded half-up to 1 decimal this is 4.5 percentage points, as printed.',
      },
    });
  });

  it('a tiny negative excess keeps its sign in the explanation ("-0…%")', () => {
    expect(checkClaim({ achieved: 999999, target: 1000000, reported: '0', as: 'over' })).toEqual({
      as: 'over', achieved: '999999', target: '1000000', reported: '0', reportedText: '0', decimals: 0, exact: '-1/10000', computed: '0', computedNumber: 0,
      difference: '0', consistent: true, consistentModes: ['half-up', 'half-down', 'half-even', 'down', 'ceil'],
      reason: expect.objectContaining({ code: 'check-matches' }),
      explanation: {
        vi: '(999.999 − 1.000.000)/1.000.000 = -0…%; làm tròn nửa lên (half-up) đến hàng đơn vị là 0%, khớp với 0% đã in.',
        en: '(999,999 − 1,000,000)/1,000,000 = -0…%; rounded half-up to a whole number this is 0%, as printed.',
      },
    });
  });
});

describe('impliedTargets: the bounds of each rounding mode', () => {
  const implied = (achieved: string | number, reported: string, rounding: ImpliedTargetsInput['rounding'], as: ImpliedTargetsInput['as'] = 'over-points') =>
    impliedTargets({ achieved, reported, as, rounding });

  it('half-down at 0: both halves round to 0', () => {
    // 90.5 − 90 = 0.5 and 90.5 − 91 = −0.5 both round to 0 toward zero
    expect(implied('90.5', '0', 'half-down')).toEqual([90, 91]);
    // half-up sends both halves away from zero
    expect(implied('90.5', '0', 'half-up')).toEqual([]);
    expect(implied('90.5', '-1', 'half-down')).toEqual([92]);
  });

  it('up at 0: only exactly 0', () => {
    expect(implied('90.5', '0', 'up')).toEqual([]);
    expect(implied(90, '0', 'up')).toEqual([90]);
    expect(implied('90.5', '1', 'up')).toEqual([90]);
  });

  it('down at 0: everything strictly between −1 and 1', () => {
    expect(implied('90.5', '0', 'down')).toEqual([90, 91]);
    expect(implied(90, '0', 'down')).toEqual([90]);
    expect(implied('90.5', '1', 'down')).toEqual([89]);
  });

  it('nothing achieved: all or none fit', () => {
    // 0 never rounds up to 1
    expect(implied(0, '1', 'up', 'attainment')).toEqual([]);
    expect(implied(0, '1', 'ceil', 'attainment')).toEqual([]);
    // 0 is exactly 0: every target fits
    expect(issueOf(() => implied(0, '0', 'up', 'attainment'))).toEqual({
      code: 'too_many_targets', path: ['reported'], facts: { from: '1', to: null, count: null, limit: 100000 }, count: 1,
    });
    expect(issueOf(() => implied(0, '0', 'ceil', 'attainment'))).toEqual({
      code: 'too_many_targets', path: ['reported'], facts: { from: '1', to: null, count: null, limit: 100000 }, count: 1,
    });
  });

  it('exactly 100,000 targets are listed; 100,050 are too many', () => {
    // floor: 1 ≤ 100·2000/t < 2, so 100000 < t ≤ 200000
    const list = implied(2000, '1', 'floor', 'attainment');
    expect([list.length, list[0], list[list.length - 1], Object.isFrozen(list)]).toEqual([100000, 100001, 200000, true]);
    expect(issueOf(() => implied(2001, '1', 'floor', 'attainment'))).toEqual({
      code: 'too_many_targets', path: ['reported'], facts: { from: '100051', to: '200100', count: '100050', limit: 100000 }, count: 1,
    });
  });

  it('a target past 2^53 is refused; no target past 2^53 is no target', () => {
    expect(issueOf(() => implied('9007199254740993', '0', 'up', 'over'))).toEqual({
      code: 'unsafe_number', path: ['achieved'], facts: { value: '9007199254740993' }, count: 1,
    });
    // 100a/t = 100 exactly needs t = a, not a whole number here
    expect(implied('9007199254740993.5', '0', 'up', 'over')).toEqual([]);
    expect(implied('90.5', '0', 'up', 'over')).toEqual([]);
  });
});

describe('checkSum: listing the parts', () => {
  it('12 parts are listed, 13 are counted', () => {
    const twelve = checkSum({ total: 12, parts: Array.from({ length: 12 }, () => 1) });
    expect(twelve.explanation).toEqual({
      vi: '1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 12, khớp với tổng 12.',
      en: '1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 12, matching the total 12.',
    });
    expect(checkSum({ total: 13, parts: Array.from({ length: 13 }, () => 1) })).toEqual({
      consistent: true, total: '13', sum: '13', difference: '0', tolerance: '0', sumNumber: 13, differenceNumber: 0,
      reason: { code: 'sum-matches', facts: { total: '13', parts: Array.from({ length: 13 }, () => '1'), sum: '13', difference: '0', tolerance: '0' } },
      explanation: { vi: 'Tổng của 13 phần là 13, khớp với tổng 13.', en: 'The 13 parts add up to 13, matching the total 13.' },
    });
  });

  it('a part written with spaces keeps its printed decimals', () => {
    expect(checkSum({ total: 100, parts: [' 33.3 ', '33.3', '33.3 '], tolerance: 'rounding' })).toEqual({
      consistent: true, total: '100', sum: '99.9', difference: '-0.1', tolerance: '0.15', sumNumber: 99.9, differenceNumber: -0.1,
      reason: { code: 'sum-within-rounding', facts: { total: '100', parts: ['33.3', '33.3', '33.3'], sum: '99.9', difference: '-0.1', tolerance: '0.15' } },
      explanation: {
        vi: '33,3 + 33,3 + 33,3 = 99,9, lệch -0,1 so với tổng 100, trong sai số làm tròn ±0,15 của các phần.',
        en: "33.3 + 33.3 + 33.3 = 99.9, -0.1 off the total 100, within the parts' rounding of ±0.15.",
      },
    });
  });
});

describe('extractClaims: the length limit', () => {
  it('10,000,000 characters are read; one more is too long', () => {
    expect(extractClaims(' '.repeat(10_000_000))).toEqual({ claims: [], flags: [], commonModes: [...ROUNDING_MODES] });
    expect(issueOf(() => extractClaims(' '.repeat(10_000_001)))).toEqual({
      code: 'too_long', path: ['text'], facts: { length: 10_000_001, limit: 10_000_000 }, count: 1,
    });
  });
});

/** Each claim of a text as [kind, start, end, text, unit, verdict]. */
function brief(text: string): unknown[] {
  return extractClaims(text).claims.map((c) => [c.kind, c.start, c.end, c.text, c.unit, c.verdict]);
}

describe('extractClaims: letters', () => {
  it.each([
    ['Có 5 Z.', 'Z'],
    ['Có 5 A.', 'A'],
    ['Có 5 z.', 'z'],
    ['Có 5 a.', 'a'],
    ['Có 5 À.', 'À'],
    ['Có 5 𝐀.', '𝐀'],
    ['Có 5 𐀀.', '𐀀'],
    ['Có 5 \ud800\udfff.', '\ud800\udfff'],
    ['Có 5 ZAza đảng viên.', 'ZAza đảng viên'],
    // below U+00C0 only ASCII letters are letters: µ (U+00B5) is no unit
    ['Có 5 µ.', null],
    ['Có 5 ª.', null],
  ])('%j: unit %j', (text, unit) => {
    expect(brief(text)).toEqual([['count', 3, 4, '5', unit, 'figure']]);
  });

  it('a full-width % is a percent sign, not a letter', () => {
    expect(brief('Tỷ lệ 50％ tổ chức.')).toEqual([['rate', 6, 9, '50％', 'tổ chức', 'figure']]);
  });
});

describe('extractClaims: spaces and line breaks', () => {
  it.each(['\t', '\r', '\v', '\f', '\u00a0', '\u2000', '\u2005', '\u200a', '\u200b', '\u202f', '\u3000', '\ufeff'])('%j separates a figure from its unit', (sp) => {
    expect(brief(`Có 5${sp}đảng viên.`)).toEqual([['count', 3, 4, '5', 'đảng viên', 'figure']]);
  });

  it.each(['\u1fff', '\u200c'])('%j is no space: it glues the figure to the word', (c) => {
    expect(brief(`Có 5${c}đảng viên.`)).toEqual([]);
  });

  it.each(['\n', '\u2028', '\u2029'])('%j ends a sentence', (nl) => {
    expect(brief(`Có 5${nl}đảng viên.`)).toEqual([['count', 3, 4, '5', null, 'figure']]);
    expect(brief(`16/15 tổ chức${nl}vượt 6,6%`)).toEqual([
      ['ratio', 0, 5, '16/15', 'tổ chức', 'figure'],
      ['rate', 14, 23, 'vượt 6,6%', null, 'figure'],
    ]);
  });

  it('within a sentence the percentage is checked', () => {
    expect(brief('16/15 tổ chức, vượt 6,6%')).toEqual([['ratio-percent', 0, 24, '16/15 tổ chức, vượt 6,6%', 'tổ chức', 'consistent']]);
  });
});

describe('extractClaims: punctuation', () => {
  it.each(['!', '?', '…', '.'])('%j ends a sentence', (stop) => {
    expect(brief(`16/15 tổ chức${stop} Vượt 6,6%`)).toEqual([
      ['ratio', 0, 5, '16/15', 'tổ chức', 'figure'],
      ['rate', 15, 24, 'Vượt 6,6%', null, 'figure'],
    ]);
  });

  it('a full stop with a letter right after it is inside a name ("TP.Bến Cát")', () => {
    expect(brief('16/15 tổ chức tại TP.Bến Cát, vượt 6,6%')).toEqual([['ratio-percent', 0, 39, '16/15 tổ chức tại TP.Bến Cát, vượt 6,6%', 'tổ chức', 'consistent']]);
    // and glues a figure before it to the word
    expect(brief('Có 5.Bến')).toEqual([]);
    expect(brief('Có 5. Bến')).toEqual([['count', 3, 4, '5', null, 'figure']]);
  });

  it.each(['-', '‐', '‑', '–', '—', '−'])('%j makes a range', (dash) => {
    expect(brief(`5${dash}7 tổ chức`)).toEqual([['range', 0, 3, `5${dash}7`, 'tổ chức', 'figure']]);
  });

  it('square brackets hold a percentage as round ones do', () => {
    expect(brief('2.018/2.119 [đạt 95,23%]')).toEqual([['ratio-percent', 0, 24, '2.018/2.119 [đạt 95,23%]', null, 'consistent']]);
    expect(brief('146/279 [52,3%]')).toEqual([['ratio-percent', 0, 15, '146/279 [52,3%]', null, 'consistent']]);
    expect(brief('2.018/2.119 (đạt 95,23%)')).toEqual([['ratio-percent', 0, 24, '2.018/2.119 (đạt 95,23%)', null, 'consistent']]);
  });

  it('figures at the very start and end of the text', () => {
    expect(brief('5')).toEqual([['count', 0, 1, '5', null, 'figure']]);
    expect(brief('5,')).toEqual([['count', 0, 1, '5', null, 'figure']]);
    expect(brief('1.549,5')).toEqual([['count', 0, 7, '1.549,5', null, 'figure']]);
    expect(brief('Có 12,5')).toEqual([['count', 3, 7, '12,5', null, 'figure']]);
    expect(brief('(5)')).toEqual([['count', 1, 2, '5', null, 'figure']]);
  });
});
