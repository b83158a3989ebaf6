import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, parseNumber, round, safeParseNumber } from '../../src/index.js';
import { outcome } from '../helpers/pin.js';

// The core's public functions over a corpus of good and bad inputs, each whole answer (figure, or
// error code, path, facts and both messages) pinned in the snapshot beside this file. The snapshot was
// read through when written: a change to it must be a deliberate change of behaviour.

const numberTexts = [
  '0', '7', '-7', '+7', '−7', ' 1.549 ', '1.549', '1.549,5', '-1.549,5', '1.234.567', '1.234.567,891', '12.34', '1.2345',
  '1.23', '0.123', '01.234', '1234', '12345', '1,5', ',5', '5,', '1,2,3', '1.549.5,5', '1..234', '1.234.', '.5', '-',
  '+', '', '   ', '12%', '1/2', 'abc', '1a', '1 234', '1e5', '0,000', '-0,0', '000,5', '1.000.000', '999.999.999,999',
  '1.23.456', '12.345.67', '1,234.5', '1.234,5.6', '١٢٣', '½', '1'.repeat(400), '1'.repeat(401),
];

describe('parseNumber', () => {
  it('Vietnamese notation', () => {
    expect(numberTexts.map((t) => [t.length > 20 ? `${t.slice(0, 5)}…(${t.length})` : t, outcome(() => parseNumber(t))])).toMatchSnapshot();
  });
  it('English notation', () => {
    expect(numberTexts.map((t) => [t.length > 20 ? `${t.slice(0, 5)}…(${t.length})` : t, outcome(() => parseNumber(t, { locale: 'en' }))])).toMatchSnapshot();
  });
  it('wrong types and options', () => {
    const calls: [string, () => unknown][] = [
      ['number', () => parseNumber(12 as never)],
      ['null', () => parseNumber(null as never)],
      ['undefined', () => parseNumber(undefined as never)],
      ['array', () => parseNumber(['1'] as never)],
      ['unknown locale', () => parseNumber('1', { locale: 'de' as never })],
      ['unknown option', () => parseNumber('1', { places: 2 } as never)],
      ['options not an object', () => parseNumber('1', 'vi' as never)],
      ['safe, good', () => safeParseNumber('1.549,5')],
      ['safe, bad', () => safeParseNumber('1,2,3', { locale: 'vi' })],
      ['safe, English', () => safeParseNumber('1,549.5', { locale: 'en' })],
    ];
    expect(calls.map(([n, f]) => [n, outcome(f)])).toMatchSnapshot();
  });
});

describe('round', () => {
  const values: unknown[] = [
    '20/3', '-20/3', ' 515 / 4 ', '1/0', '0/5', '-0/5', '7', '-0.000', '00012.3400', '0.125', '-0.125', '2.5', '-2.5', 28.745, 0.1 + 0.2,
    1e-7, -0, 2 ** 53 - 1, 2 ** 53, 1e21, Number.NaN, Number.POSITIVE_INFINITY, '', '  ', 'abc', '1e5', '1,5', '1/2/3', '1.5/2',
    '1'.repeat(401), `1/${'3'.repeat(399)}`, null, undefined, {}, [], true,
  ];
  it('every value in the default mode and at 0, 1 and 10 decimals', () => {
    expect(values.map((v) => [String(v).slice(0, 24), outcome(() => round(v as never)), outcome(() => round(v as never, { decimals: 0 })), outcome(() => round(v as never, { decimals: 1, rounding: 'half-even' })), outcome(() => round(v as never, { decimals: 10, rounding: 'down' }))])).toMatchSnapshot();
  });
  it('bad options', () => {
    const opts: unknown[] = [{ decimals: 11 }, { decimals: -1 }, { decimals: 1.5 }, { decimals: '2' }, { decimals: null }, { rounding: 'bankers' }, { rounding: 'HALF-UP' }, { rounding: 1 }, { places: 2 }, null, 'half-up', { decimals: 11, rounding: 'x' }];
    expect(opts.map((o) => [JSON.stringify(o), outcome(() => round('20/3', o as never))])).toMatchSnapshot();
  });
});

describe('formatNumber and formatPercent', () => {
  const values: unknown[] = [0, 5, 999, 1000, -1000, 1549.5, -1549.5, '1234567.891', '-0.5', 0.001, '12345678901234567890.5', 1e-7, '20/3', '-20/3', '60', 'abc', '1,5', Number.NaN, null];
  const options: unknown[] = [
    undefined, { locale: 'en' }, { decimals: 1 }, { decimals: 2, trailingZeros: true }, { decimals: 0, rounding: 'up' }, { grouping: false },
    { locale: 'en', decimals: 3, trailingZeros: true, grouping: false, rounding: 'floor' }, { trailingZeros: true }, { locale: 'fr' }, { grouping: 'no' }, { extra: 1 },
  ];
  it('formatNumber', () => {
    expect(values.map((v) => [String(v), options.map((o) => outcome(() => formatNumber(v as never, o as never)))])).toMatchSnapshot();
  });
  it('formatPercent', () => {
    expect(values.map((v) => [String(v), options.map((o) => outcome(() => formatPercent(v as never, o as never)))])).toMatchSnapshot();
  });
});
