import { describe, expect, it } from 'vitest';
import { ChiTieuError, formatNumber, formatPercent, parseNumber } from '../../src/index.js';
import { timeBound } from '../helpers/time.js';

const err = (f: () => unknown) => {
  try { f(); } catch (e) { return [(e as ChiTieuError).code, (e as ChiTieuError).path]; }
  return 'no error';
};

describe('formatNumber and formatPercent', () => {
  it('write Vietnamese and English report notation', () => {
    expect(formatNumber(1549)).toBe('1.549');
    expect(formatNumber(35139, { locale: 'en' })).toBe('35,139');
    expect(formatNumber('1234567.891')).toBe('1.234.567,891');
    expect(formatNumber('-1234567.5', { locale: 'en' })).toBe('-1,234,567.5');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
    expect(formatPercent('28.75')).toBe('28,75%');
    expect(formatPercent('28.75', { locale: 'en' })).toBe('28.75%');
    expect(formatPercent(60)).toBe('60%');
  });

  it('round once when asked, with trailing zeros only on request', () => {
    expect(formatPercent('20/3', { decimals: 1 })).toBe('6,7%');
    expect(formatPercent('20/3', { decimals: 1, rounding: 'down' })).toBe('6,6%');
    expect(formatNumber('20/3')).toBe('6,67');
    expect(formatNumber('60', { decimals: 2, trailingZeros: true })).toBe('60,00');
    expect(formatNumber('1549', { grouping: false })).toBe('1549');
    expect(formatNumber('12345678901234567890.5')).toBe('12.345.678.901.234.567.890,5');
  });

  it('round-trips through parseNumber', () => {
    for (const x of ['0', '1549', '35139', '28.75', '-1234567.891', '0.001']) {
      expect(parseNumber(formatNumber(x))).toBe(x);
      expect(parseNumber(formatNumber(x, { locale: 'en' }), { locale: 'en' })).toBe(x);
    }
  });

  it('reject bad input', () => {
    expect(err(() => formatNumber(Number.POSITIVE_INFINITY))).toEqual(['not_finite', ['value']]);
    expect(err(() => formatNumber(1, { locale: 'fr' as never }))).toEqual(['invalid_value', ['options', 'locale']]);
    expect(err(() => formatPercent(1, { decimals: 12 }))).toEqual(['out_of_range', ['options', 'decimals']]);
  });
});

describe('parseNumber', () => {
  it('reads Vietnamese notation', () => {
    expect(parseNumber('35.139')).toBe('35139');
    expect(parseNumber('28,75')).toBe('28.75');
    expect(parseNumber('1.549,5')).toBe('1549.5');
    expect(parseNumber('1.234.567')).toBe('1234567');
    expect(parseNumber(' 103 ')).toBe('103');
    expect(parseNumber('−5')).toBe('-5');
    expect(parseNumber('0,50')).toBe('0.5');
    expect(parseNumber('2018')).toBe('2018');
  });

  it('reads English notation', () => {
    expect(parseNumber('35,139', { locale: 'en' })).toBe('35139');
    expect(parseNumber('28.75', { locale: 'en' })).toBe('28.75');
    expect(parseNumber('1,549.5', { locale: 'en' })).toBe('1549.5');
  });

  it('refuses to guess', () => {
    expect(err(() => parseNumber('2.018/2.119'))).toEqual(['malformed_number', ['text']]);
    expect(err(() => parseNumber('1.5'))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber('1.5', { locale: 'en' }))).toEqual('no error');
    expect(err(() => parseNumber('28,75', { locale: 'en' }))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber('1.2345'))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber('1234.567'))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber('.5'))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber(',5'))).toEqual(['malformed_number', ['text']]);
    expect(err(() => parseNumber('5,'))).toEqual(['malformed_number', ['text']]);
    expect(err(() => parseNumber('1,2,3'))).toEqual(['malformed_number', ['text']]);
    expect(err(() => parseNumber('1.549.5,5'))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber('12%'))).toEqual(['malformed_number', ['text']]);
    // a leading zero never starts a thousands group: "0.500" is not 500
    expect(err(() => parseNumber('0.500'))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber('00.500'))).toEqual(['ambiguous_number', ['text']]);
    expect(err(() => parseNumber('0,500', { locale: 'en' }))).toEqual(['ambiguous_number', ['text']]);
    expect(parseNumber('0,500')).toBe('0.5');
    expect(parseNumber('10.500')).toBe('10500');
    expect(err(() => parseNumber(''))).toEqual(['empty_string', ['text']]);
    expect(err(() => parseNumber('1'.repeat(500)))).toEqual(['too_long', ['text']]);
    expect(err(() => parseNumber(12 as never))).toEqual(['invalid_type', ['text']]);
    expect(err(() => parseNumber('1', { locale: 'de' as never }))).toEqual(['invalid_value', ['options', 'locale']]);
  });

  it('stays linear on long hostile input', () => {
    const t0 = performance.now();
    for (const s of ['1.'.repeat(50_000), '1'.repeat(100_000), ',' + '9'.repeat(99_999), '1.234'.repeat(20_000)]) {
      expect(() => parseNumber(s)).toThrow(ChiTieuError);
    }
    expect(performance.now() - t0).toBeLessThan(timeBound(1000));
  });
});
