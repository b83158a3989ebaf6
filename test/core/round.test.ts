import { describe, expect, it } from 'vitest';
import { ChiTieuError, ROUNDING_MODES, round } from '../../src/index.js';

const code = (f: () => unknown) => {
  try { f(); } catch (e) { return [(e as ChiTieuError).code, (e as ChiTieuError).path]; }
  return 'no error';
};

describe('round', () => {
  // the textbook table: each mode on ±5.5, ±2.5, ±1.6, ±1.1, ±1.0 to 0 decimals
  const table: Record<string, string[]> = {
    'half-up':   ['6', '3', '2', '1', '1', '-1', '-1', '-2', '-3', '-6'],
    'half-down': ['5', '2', '2', '1', '1', '-1', '-1', '-2', '-2', '-5'],
    'half-even': ['6', '2', '2', '1', '1', '-1', '-1', '-2', '-2', '-6'],
    up:          ['6', '3', '2', '2', '1', '-1', '-2', '-2', '-3', '-6'],
    down:        ['5', '2', '1', '1', '1', '-1', '-1', '-1', '-2', '-5'],
    ceil:        ['6', '3', '2', '2', '1', '-1', '-1', '-1', '-2', '-5'],
    floor:       ['5', '2', '1', '1', '1', '-1', '-2', '-2', '-3', '-6'],
  };
  const inputs = ['5.5', '2.5', '1.6', '1.1', '1.0', '-1.0', '-1.1', '-1.6', '-2.5', '-5.5'];
  it.each(ROUNDING_MODES.map((m) => [m]))('%s follows the textbook table', (mode) => {
    expect(inputs.map((x) => round(x, { decimals: 0, rounding: mode }))).toEqual(table[mode]);
  });

  it('rounds fractions, decimals and numbers; default 2 decimals half-up', () => {
    expect(round('20/3')).toBe('6.67');
    expect(round('-20/3', { decimals: 1 })).toBe('-6.7');
    expect(round(' 515 / 4 ', { decimals: 1 })).toBe('128.8');
    expect(round(28.745)).toBe('28.75'); // the written value, not the binary double below it
    expect(round('0.0049')).toBe('0');
    expect(round('-0.001')).toBe('0');
    expect(round('7')).toBe('7');
  });

  it('rejects bad values and options', () => {
    expect(code(() => round('1/0'))).toEqual(['malformed_number', ['value']]);
    expect(code(() => round(Number.NaN))).toEqual(['not_finite', ['value']]);
    expect(code(() => round('abc'))).toEqual(['malformed_number', ['value']]);
    expect(code(() => round('1', { decimals: 11 }))).toEqual(['out_of_range', ['options', 'decimals']]);
    expect(code(() => round('1', { rounding: 'bankers' as never }))).toEqual(['unknown_rounding', ['options', 'rounding']]);
    expect(code(() => round({} as never))).toEqual(['invalid_type', ['value']]);
  });
});
