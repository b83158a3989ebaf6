import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/index.js';
import type { CheckClaimInput, Locale } from '../../src/index.js';
import { firstIssue as issueOf } from '../helpers/errors.js';

// Reading a printed figure (`reported` of checkClaim and impliedTargets): what reads, exactly, and what does not.

/** The fields of a check that the reading of `reported` decides. */
function readOf(reported: unknown, locale?: Locale) {
  const input = { achieved: 16, target: 15, reported, as: 'over', ...(locale === undefined ? {} : { locale }) } as CheckClaimInput;
  const r = checkClaim(input);
  return { reported: r.reported, reportedText: r.reportedText, decimals: r.decimals, difference: r.difference, consistent: r.consistent, consistentModes: r.consistentModes };
}

const MALFORMED_BEFORE = { hint: 'no-integer-digits' };
const MALFORMED_AFTER = { hint: 'no-fraction-digits' };

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
      facts: { value: '1,2,3', locale: 'vi', hint: 'unexpected-character', char: ',' },
    });
  });

  it('other types', () => {
    const expected = { expected: 'printed-figure' };
    expect(issueOf(() => readOf(null))).toEqual({ code: 'invalid_type', path: ['reported'], facts: { ...expected, received: 'null' }, count: 1 });
    expect(issueOf(() => readOf(Number.NaN))).toEqual({ code: 'not_finite', path: ['reported'], facts: { received: 'nan' }, count: 1 });
    expect(issueOf(() => readOf(1e21))).toEqual({ code: 'unsafe_number', path: ['reported'], facts: { value: '1e+21' }, count: 1 });
  });
});
