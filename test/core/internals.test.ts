import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDate,
  dateEn,
  dateVi,
  dayNumber,
  daysInMonth,
  elapsedMonths,
  fromDayNumber,
  isoDate,
  isoText,
  monthNameEn,
  parseIsoDate,
  weekday,
} from '../../src/core/_calendar.js';
import { fractionText, gcd, isProblem, readExactValue, readNumber } from '../../src/core/_exact.js';
import { localize } from '../../src/core/_format.js';
import { describe as describeValue, isoDateSchema, numberLike, parseWith, readIsoDate, reader, report } from '../../src/core/_schema.js';
import { ChiTieuError, fail, makeIssue, toSafe } from '../../src/core/errors.js';

// The core's internals held to exact expectations, so that a changed comparison, boundary or message
// fact fails a test (mutation testing: docs/mutation-testing.md).

const issues = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ChiTieuError) return e.issues.map((i) => ({ code: i.code, path: i.path, facts: i.facts }));
    throw e;
  }
  return 'no error';
};

describe('readNumber', () => {
  const cases: [unknown, unknown][] = [
    [0, { text: '0', n: 0n, d: 1n, int: 0 }],
    [-0, { text: '0', n: 0n, d: 1n, int: 0 }],
    [7, { text: '7', n: 7n, d: 1n, int: 7 }],
    [-7, { text: '-7', n: -7n, d: 1n, int: -7 }],
    [97.35, { text: '97.35', n: 9735n, d: 100n, int: undefined }],
    [-0.5, { text: '-0.5', n: -5n, d: 10n, int: undefined }],
    [1e-7, { text: '0.0000001', n: 1n, d: 10000000n, int: undefined }],
    [-1.5e-7, { text: '-0.00000015', n: -15n, d: 100000000n, int: undefined }],
    [1.25e-10, { text: '0.000000000125', n: 125n, d: 1000000000000n, int: undefined }],
    [123456.789, { text: '123456.789', n: 123456789n, d: 1000n, int: undefined }],
    [4503599627370495.5, { text: '4503599627370495.5', n: 45035996273704955n, d: 10n, int: undefined }],
    [Number.MAX_SAFE_INTEGER, { text: '9007199254740991', n: 9007199254740991n, d: 1n, int: 9007199254740991 }],
    ['7', { text: '7', n: 7n, d: 1n, int: 7 }],
    [' -007.2500 ', { text: '-7.25', n: -725n, d: 100n, int: undefined }],
    ['+12', { text: '12', n: 12n, d: 1n, int: 12 }],
    ['-0.000', { text: '0', n: 0n, d: 1n, int: 0 }],
    ['-0', { text: '0', n: 0n, d: 1n, int: 0 }],
    ['000', { text: '0', n: 0n, d: 1n, int: 0 }],
    ['0.50', { text: '0.5', n: 5n, d: 10n, int: undefined }],
    ['10.0', { text: '10', n: 10n, d: 1n, int: 10 }],
    ['1000', { text: '1000', n: 1000n, d: 1n, int: 1000 }],
    ['9007199254740991', { text: '9007199254740991', n: 9007199254740991n, d: 1n, int: 9007199254740991 }],
    ['9007199254740992', { text: '9007199254740992', n: 9007199254740992n, d: 1n, int: undefined }],
    ['1234567890123456', { text: '1234567890123456', n: 1234567890123456n, d: 1n, int: 1234567890123456 }],
    ['12345678901234567', { text: '12345678901234567', n: 12345678901234567n, d: 1n, int: undefined }],
    ['0001234567890123456', { text: '1234567890123456', n: 1234567890123456n, d: 1n, int: 1234567890123456 }],
    ['1'.repeat(400), { text: '1'.repeat(400), n: BigInt('1'.repeat(400)), d: 1n, int: undefined }],
  ];
  it.each(cases)('%s', (v, want) => {
    expect(readNumber(v)).toEqual(want);
  });

  const problems: [unknown, string, Record<string, unknown>][] = [
    [Number.NaN, 'not_finite', { received: 'nan' }],
    [Number.POSITIVE_INFINITY, 'not_finite', { received: 'infinity' }],
    [Number.NEGATIVE_INFINITY, 'not_finite', { received: 'negative-infinity' }],
    [2 ** 53, 'unsafe_number', { value: '9007199254740992' }],
    [-(2 ** 53) - 2, 'unsafe_number', { value: '-9007199254740994' }],
    [1e21, 'unsafe_number', { value: '1e+21' }],
    ['', 'empty_string', {}],
    ['   ', 'empty_string', {}],
    ['1'.repeat(401), 'too_long', { length: 401, limit: 400 }],
    [` ${'1'.repeat(400)} `, 'ok', {}],
    ['1e5', 'exponent_not_allowed', { value: '1e5' }],
    ['-1.5E-3', 'exponent_not_allowed', { value: '-1.5E-3' }],
    ['.5e2', 'exponent_not_allowed', { value: '.5e2' }],
    ['5.e2', 'exponent_not_allowed', { value: '5.e2' }],
    ['e5', 'malformed_number', { value: 'e5' }],
    ['1e', 'malformed_number', { value: '1e' }],
    ['1e5x', 'malformed_number', { value: '1e5x' }],
    ['x1e5', 'malformed_number', { value: 'x1e5' }],
    ['1e+', 'malformed_number', { value: '1e+' }],
    ['1,5', 'malformed_number', { value: '1,5', hint: 'comma-decimal' }],
    ['-1.234,5', 'malformed_number', { value: '-1.234,5', hint: 'comma-decimal' }],
    [',', 'malformed_number', { value: ',', hint: 'comma-decimal' }],
    ['1,5x', 'malformed_number', { value: '1,5x', hint: 'plain-decimal' }],
    ['x1,5', 'malformed_number', { value: 'x1,5', hint: 'plain-decimal' }],
    ['1.5', 'ok', {}],
    ['5.', 'malformed_number', { value: '5.', hint: 'plain-decimal' }],
    ['.5', 'malformed_number', { value: '.5' }],
    ['--5', 'malformed_number', { value: '--5' }],
    [null, 'invalid_type', { expected: 'number-or-decimal-string', received: 'null' }],
    [[1], 'invalid_type', { received: 'array' }],
    [true, 'invalid_type', { received: 'boolean', value: 'true' }],
    [{}, 'invalid_type', { received: 'object' }],
    [undefined, 'invalid_type', { received: 'undefined' }],
    [10n, 'invalid_type', { received: 'bigint', value: '10' }],
  ];
  it.each(problems)('%s → %s', (v, code, facts) => {
    const r = readNumber(v);
    if (code === 'ok') {
      expect(isProblem(r)).toBe(false);
      return;
    }
    expect(isProblem(r)).toBe(true);
    expect((r as { code: string }).code).toBe(code);
    expect((r as { facts: object }).facts).toMatchObject(facts);
  });

  it('reads every double as its shortest round-trip decimal', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        const r = readNumber(x);
        if (isProblem(r)) throw new Error(String(x));
        expect(Number(r.text)).toBe(x + 0);
        const [whole, frac = ''] = r.text.split('.');
        expect([r.n, r.d]).toEqual([BigInt(`${whole}${frac}`), 10n ** BigInt(frac.length)]);
        expect(r.int).toBe(Number.isSafeInteger(x) ? x + 0 : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readExactValue, gcd and fractionText', () => {
  it('reads fractions, decimals and numbers', () => {
    expect(readExactValue('20/3', ['v'], fail)).toEqual({ n: 20n, d: 3n });
    expect(readExactValue(' -20 / 3 ', ['v'], fail)).toEqual({ n: -20n, d: 3n });
    expect(readExactValue('+4/6', ['v'], fail)).toEqual({ n: 4n, d: 6n });
    expect(readExactValue('6.25', ['v'], fail)).toEqual({ n: 625n, d: 100n });
    expect(readExactValue(6.25, ['v'], fail)).toEqual({ n: 625n, d: 100n });
    expect(readExactValue(`1/${'1'.repeat(398)}`, ['v'], fail)).toEqual({ n: 1n, d: BigInt('1'.repeat(398)) });
    expect(readExactValue(`${'1'.repeat(400)}/${'1'.repeat(399)}`, ['v'], fail)).toEqual({ n: BigInt('1'.repeat(400)), d: BigInt('1'.repeat(399)) });
  });

  it('refuses what is not a fraction or a number, at the given path', () => {
    expect(issues(() => readExactValue('1/0', ['a', 0], fail))).toEqual([{ code: 'malformed_number', path: ['a', 0], facts: { value: '1/0', hint: 'zero-denominator' } }]);
    expect(issues(() => readExactValue('1/-2', ['v'], fail))[0]).toMatchObject({ code: 'malformed_number' });
    expect(issues(() => readExactValue('1/2/3', ['v'], fail))[0]).toMatchObject({ code: 'malformed_number' });
    expect(issues(() => readExactValue('1 /', ['v'], fail))[0]).toMatchObject({ code: 'malformed_number' });
    expect(issues(() => readExactValue('x1/2', ['v'], fail))[0]).toMatchObject({ code: 'malformed_number' });
    expect(issues(() => readExactValue('1/2x', ['v'], fail))[0]).toMatchObject({ code: 'malformed_number' });
    // longer than two numbers can be: read as a number, which is too long
    expect(issues(() => readExactValue(`1/${'1'.repeat(800)}`, ['v'], fail))[0]).toMatchObject({ code: 'too_long', facts: { length: 802, limit: 400 } });
    expect(issues(() => readExactValue(null, ['v'], fail))).toEqual([{ code: 'invalid_type', path: ['v'], facts: { expected: 'number-or-decimal-string', received: 'null' } }]);
  });

  it('gcd and reduced fractions', () => {
    expect(gcd(12n, 18n)).toBe(6n);
    expect(gcd(18n, 12n)).toBe(6n);
    expect(gcd(7n, 0n)).toBe(7n);
    expect(gcd(0n, 7n)).toBe(7n);
    expect(fractionText(20n, 3n)).toBe('20/3');
    expect(fractionText(40n, 6n)).toBe('20/3');
    expect(fractionText(-40n, 6n)).toBe('-20/3');
    expect(fractionText(40n, -6n)).toBe('-20/3');
    expect(fractionText(-40n, -6n)).toBe('20/3');
    expect(fractionText(6n, 3n)).toBe('2');
    expect(fractionText(-6n, 3n)).toBe('-2');
    expect(fractionText(0n, 5n)).toBe('0');
    expect(fractionText(5n, 1n)).toBe('5');
    expect(fractionText(1n, 1n)).toBe('1');
  });
});

describe('the integer calendar', () => {
  it('knows leap years, month lengths and day numbers', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([1900, 2000, 2024, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28]);
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1)).toBe(11017);
    expect(dayNumber(1, 1, 1)).toBe(-719162);
    expect(fromDayNumber(-719162)).toEqual({ y: 1, m: 1, d: 1, day: -719162 });
    expect(fromDayNumber(2932896)).toEqual({ y: 9999, m: 12, d: 31, day: 2932896 });
    expect(fromDayNumber(11016)).toEqual({ y: 2000, m: 2, d: 29, day: 11016 });
    expect(fromDayNumber(10956)).toEqual({ y: 1999, m: 12, d: 31, day: 10956 });
    for (let day = -719162; day <= 2932896; day += 997) {
      const c = fromDayNumber(day);
      expect(dayNumber(c.y, c.m, c.d)).toBe(day);
      expect(parseIsoDate(isoText(c))?.day).toBe(day);
    }
  });

  it('accepts only real days of years 0001–9999, as whole numbers', () => {
    expect(calendarDate(2024, 2, 29)).toEqual({ y: 2024, m: 2, d: 29, day: dayNumber(2024, 2, 29) });
    for (const [y, m, d] of [[2023, 2, 29], [0, 1, 1], [10000, 1, 1], [2024, 0, 1], [2024, 13, 1], [2024, 1, 0], [2024, 1, 32], [2024, 4, 31], [2024.5, 1, 1], [2024, 1.5, 1], [2024, 1, 1.5], [Number.NaN, 1, 1]]) {
      expect(calendarDate(y as number, m as number, d as number), `${y}-${m}-${d}`).toBeUndefined();
    }
    expect(calendarDate(1, 1, 1)?.day).toBe(-719162);
    expect(calendarDate(9999, 12, 31)?.day).toBe(2932896);
  });

  it('parses ISO dates strictly', () => {
    expect(parseIsoDate('2024-07-16')).toEqual({ y: 2024, m: 7, d: 16, day: dayNumber(2024, 7, 16) });
    for (const v of ['2024-7-16', '2024-07-16 ', ' 2024-07-16', '2024-07-161', '12024-07-16', '2024/07/16', '2024-02-30', '0000-01-01', 20240716, null, 'x2024-07-1', '2024-07-1x']) {
      expect(parseIsoDate(v), String(v)).toBeUndefined();
    }
    expect(readIsoDate(undefined)).toEqual({ code: 'missing', facts: {} });
    expect(readIsoDate(20240716)).toEqual({ code: 'invalid_type', facts: { expected: 'date', received: 'number', value: '20240716' } });
    expect(readIsoDate('2023-02-29')).toEqual({ code: 'invalid_date', facts: { value: '2023-02-29' } });
    expect(readIsoDate('x'.repeat(40))).toEqual({ code: 'invalid_date', facts: { value: 'x'.repeat(40) } });
    expect(readIsoDate('x'.repeat(41))).toEqual({ code: 'invalid_date', facts: { value: `${'x'.repeat(40)}…` } });
    expect(readIsoDate('2024-07-16')).toEqual(parseIsoDate('2024-07-16'));
    expect(parseWith(isoDateSchema, '2024-07-16', ['asOf'])).toEqual(parseIsoDate('2024-07-16'));
    expect(issues(() => parseWith(isoDateSchema, '2024-02-30', ['asOf']))).toEqual([{ code: 'invalid_date', path: ['asOf'], facts: { value: '2024-02-30' } }]);
  });

  it('writes dates', () => {
    expect(isoDate(2024, 7, 6)).toBe('2024-07-06');
    expect(isoDate(987, 12, 31)).toBe('0987-12-31');
    expect(isoText({ y: 5, m: 1, d: 9 })).toBe('0005-01-09');
    expect(dateVi('2024-07-06')).toBe('6/7/2024');
    expect(dateEn('2024-07-06')).toBe('6 July 2024');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(monthNameEn)).toEqual(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
    expect(weekday(0)).toBe(4);
    expect(weekday(-1)).toBe(3);
    expect(weekday(dayNumber(2024, 7, 14))).toBe(0);
  });

  it('adds and measures months at month ends', () => {
    const d = (s: string) => parseIsoDate(s) as NonNullable<ReturnType<typeof parseIsoDate>>;
    expect(isoText(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoText(addMonths(d('2024-03-31'), -1))).toBe('2024-02-29');
    expect(isoText(addMonths(d('2024-12-15'), 1))).toBe('2025-01-15');
    expect(elapsedMonths(d('2024-01-31'), d('2024-02-29'))).toEqual([1, false]);
    expect(elapsedMonths(d('2024-01-31'), d('2024-02-28'))).toEqual([0, true]);
    expect(elapsedMonths(d('2024-01-15'), d('2024-01-15'))).toEqual([0, false]);
    expect(elapsedMonths(d('2024-01-15'), d('2024-03-16'))).toEqual([2, true]);
    expect(elapsedMonths(d('2024-03-15'), d('2024-01-15'))).toEqual([-2, false]);
    expect(elapsedMonths(d('2024-03-15'), d('2024-01-16'))).toEqual([-2, true]);
    expect(elapsedMonths(d('2024-03-15'), d('2024-01-14'))).toEqual([-3, true]);
    expect(elapsedMonths(d('2024-01-16'), d('2024-01-15'))).toEqual([-1, true]);
  });
});

describe('localize', () => {
  const cases: [string, 'vi' | 'en', number, boolean, string][] = [
    ['0', 'vi', 0, true, '0'],
    ['999', 'vi', 0, true, '999'],
    ['-99', 'vi', 0, true, '-99'],
    ['1000', 'vi', 0, true, '1.000'],
    ['1000', 'en', 0, true, '1,000'],
    ['1000', 'vi', 0, false, '1000'],
    ['-1000', 'vi', 0, true, '-1.000'],
    ['12345', 'vi', 0, true, '12.345'],
    ['123456', 'vi', 0, true, '123.456'],
    ['1234567', 'en', 0, true, '1,234,567'],
    ['-1549.5', 'vi', 0, true, '-1.549,5'],
    ['1.5', 'vi', 0, true, '1,5'],
    ['1.5', 'en', 0, true, '1.5'],
    ['1.5', 'vi', 3, true, '1,500'],
    ['7', 'vi', 2, true, '7,00'],
    ['-7', 'en', 1, true, '-7.0'],
    ['0.25', 'vi', 1, true, '0,25'],
    ['0.25', 'vi', 2, true, '0,25'],
    ['1234.5678', 'en', 0, false, '1234.5678'],
  ];
  it.each(cases)('%s in %s (%i decimals, grouping %s)', (plain, locale, min, grouping, want) => {
    expect(localize(plain, locale, min, grouping)).toBe(want);
  });
});

describe('errors', () => {
  it('write the path into both messages, and freeze what they hold', () => {
    const i = makeIssue('negative', [], { received: '-1' });
    expect(i.messages.en.startsWith('input ')).toBe(true);
    expect(makeIssue('negative', ['a', 0, 'b', 1, 2], { received: '-1' }).messages.en.startsWith('a[0].b[1][2] ')).toBe(true);
    const facts = { allowed: ['x', 'y'] as string[] };
    const j = makeIssue('invalid_value', ['p'], facts);
    facts.allowed.push('z');
    expect(j.facts.allowed).toEqual(['x', 'y']);
    expect(Object.isFrozen(j.facts.allowed)).toBe(true);
    expect(Object.isFrozen(j.path) && Object.isFrozen(j.facts) && Object.isFrozen(j.messages) && Object.isFrozen(j)).toBe(true);
  });

  it('toSafe returns data or the ChiTieuError, and rethrows anything else', () => {
    const ok = toSafe((x: number) => x + 1)(1);
    expect(ok).toEqual({ success: true, data: 2 });
    expect(Object.isFrozen(ok)).toBe(true);
    const bad = toSafe(() => fail('negative', ['x'], { received: '-1' }))();
    expect(bad.success).toBe(false);
    expect(bad.error?.code).toBe('negative');
    expect(Object.isFrozen(bad)).toBe(true);
    expect(() => toSafe(() => { throw new TypeError('bug'); })()).toThrow(TypeError);
    const e = new ChiTieuError([makeIssue('negative', ['x'], { received: '-1' }), makeIssue('missing', ['y'])]);
    expect([e.name, e.code, e.path, e.issues.length, e.message]).toEqual(['ChiTieuError', 'negative', ['x'], 2, e.issues[0].messages.en]);
    expect(JSON.parse(JSON.stringify(e))).toEqual({ name: 'ChiTieuError', code: 'negative', path: ['x'], message: e.message, issues: JSON.parse(JSON.stringify(e.issues)) });
  });
});

describe('the zod boundary', () => {
  it('describes received values', () => {
    expect([null, undefined, [1], 5, Number.NaN, -Infinity, true, 10n, 'ab', 'x'.repeat(40), 'x'.repeat(41), {}, () => 0].map(describeValue)).toEqual([
      { received: 'null' }, { received: 'undefined' }, { received: 'array' }, { received: 'number', value: '5' }, { received: 'nan' },
      { received: 'negative-infinity' }, { received: 'boolean', value: 'true' }, { received: 'bigint', value: '10' }, { received: 'string', value: 'ab' },
      { received: 'string', value: 'x'.repeat(40) }, { received: 'string', value: `${'x'.repeat(40)}…` }, { received: 'object' }, { received: 'function' },
    ]);
  });

  it('turns every kind of zod issue into our issues, with facts and paths under the base path', () => {
    const schema = z.strictObject({
      o: z.optional(z.object({})),
      a: z.optional(z.array(z.number())),
      s: z.optional(z.string()),
      n: z.optional(z.number()),
      b: z.optional(z.boolean()),
      big: z.optional(z.bigint()),
      e: z.optional(z.enum(['x', 'y'])),
      min: z.optional(z.number().check(z.minimum(3))),
      max: z.optional(z.number().check(z.maximum(5))),
      list: z.optional(z.array(z.number()).check(z.minLength(2), z.maxLength(3))),
      pattern: z.optional(z.string().check(z.regex(/^a+$/))),
      refine: z.optional(z.number().check(z.refine((v) => v > 0))),
      ours: z.optional(reader((v, ctx) => (v === 1 ? v : report(ctx, 'negative', { received: String(v) }, ['inner'])))),
      num: z.optional(numberLike),
    });
    const run = (input: unknown) => issues(() => parseWith(schema, input, ['base']));
    expect(run({ o: 1, a: 'x', s: 2, n: '3', b: 'no', big: 1 })).toEqual([
      { code: 'invalid_type', path: ['base', 'o'], facts: { expected: 'object', received: 'number', value: '1' } },
      { code: 'invalid_type', path: ['base', 'a'], facts: { expected: 'array', received: 'string', value: 'x' } },
      { code: 'invalid_type', path: ['base', 's'], facts: { expected: 'string', received: 'number', value: '2' } },
      { code: 'invalid_type', path: ['base', 'n'], facts: { expected: 'number', received: 'string', value: '3' } },
      { code: 'invalid_type', path: ['base', 'b'], facts: { expected: 'boolean', received: 'string', value: 'no' } },
      { code: 'invalid_value', path: ['base', 'big'], facts: { received: 'number', value: '1' } },
    ]);
    expect(run({ a: [1, 'x'] })).toEqual([{ code: 'invalid_type', path: ['base', 'a', 1], facts: { expected: 'number', received: 'string', value: 'x' } }]);
    expect(run({ zz: 1, yy: 2 })).toEqual([
      { code: 'unknown_key', path: ['base', 'zz'], facts: { key: 'zz' } },
      { code: 'unknown_key', path: ['base', 'yy'], facts: { key: 'yy' } },
    ]);
    expect(run({ e: 'z' })).toEqual([{ code: 'invalid_value', path: ['base', 'e'], facts: { allowed: ['x', 'y'], received: 'string', value: 'z' } }]);
    expect(run({ min: 1 })).toEqual([{ code: 'out_of_range', path: ['base', 'min'], facts: { min: '3', max: '∞', received: 'number', value: '1' } }]);
    expect(run({ max: 9 })).toEqual([{ code: 'out_of_range', path: ['base', 'max'], facts: { min: '0', max: '5', received: 'number', value: '9' } }]);
    expect(run({ list: [1] })).toEqual([{ code: 'out_of_range', path: ['base', 'list'], facts: { min: '2', max: '∞', received: 'array', count: 1 } }]);
    expect(run({ list: [1, 2, 3, 4] })).toEqual([{ code: 'out_of_range', path: ['base', 'list'], facts: { min: '0', max: '3', received: 'array', count: 4 } }]);
    expect(run({ pattern: 'b' })).toEqual([{ code: 'invalid_value', path: ['base', 'pattern'], facts: { received: 'string', value: 'b' } }]);
    expect(run({ refine: -1 })).toEqual([{ code: 'invalid_value', path: ['base', 'refine'], facts: { received: 'number', value: '-1' } }]);
    expect(run({ ours: 2 })).toEqual([{ code: 'negative', path: ['base', 'ours', 'inner'], facts: { received: '2' } }]);
    expect(run({ num: undefined })).toEqual('no error');
    expect(issues(() => parseWith(z.object({ num: numberLike }), {}, []))).toEqual([{ code: 'missing', path: ['num'], facts: {} }]);
    expect(issues(() => parseWith(z.object({ num: numberLike }), { num: '1e5' }, []))).toEqual([{ code: 'exponent_not_allowed', path: ['num'], facts: { value: '1e5' } }]);
    expect(run(null)).toEqual([{ code: 'invalid_type', path: ['base'], facts: { expected: 'object', received: 'null' } }]);
    expect(issues(() => parseWith(z.object({ a: z.object({ b: z.number() }) }), { a: {} }, []))).toEqual([{ code: 'missing', path: ['a', 'b'], facts: {} }]);
    // values are read through own properties only: an inherited one counts as missing
    expect(issues(() => parseWith(z.object({ a: z.number() }), Object.create({ a: 'x' }), []))).toEqual([{ code: 'missing', path: ['a'], facts: {} }]);
    expect(parseWith(schema, { n: 1, e: 'x', ours: 1 }, ['base'])).toEqual({ n: 1, e: 'x', ours: 1 });
  });
});
