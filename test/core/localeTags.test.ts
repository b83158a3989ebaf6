import { describe, expect, it } from 'vitest';
import {
  attainment, checkClaim, describeAttainment, describeTermProgress, explainAttainment, formatNumber, formatPercent, formatPeriod,
  parseNumber, termProgress, type LocaleTag,
} from '../../src/index.js';
import { bulletChart, termProgressChart } from '../../src/svg/index.js';

// Conventions §5: every `locale` option takes the language tags 'vi-VN' / 'en-US' as well as 'vi' / 'en',
// with the same result; anything else is `invalid_value` with the four allowed.
const r = attainment({ achieved: 103, target: 80 });
const p = termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 50, cumulative: 44 });
const calls: readonly [string, (locale: LocaleTag) => unknown][] = [
  ['formatNumber', (locale) => formatNumber('1549.5', { locale })],
  ['formatPercent', (locale) => formatPercent('28.75', { locale })],
  ['parseNumber', (locale) => parseNumber('1.549', { locale })],
  ['describeAttainment', (locale) => describeAttainment(r, { locale })],
  ['explainAttainment', (locale) => explainAttainment(r, { locale })],
  ['checkClaim', (locale) => checkClaim({ achieved: 16, target: 15, reported: '1.549', as: 'over' }, { locale }).reported],
  ['formatPeriod', (locale) => formatPeriod('nhiệm kỳ 2020-2025', { locale })],
  ['describeTermProgress', (locale) => describeTermProgress(p, { locale })],
  ['bulletChart', (locale) => bulletChart(r, { locale })],
  ['termProgressChart', (locale) => termProgressChart({ start: '2020-01-01', end: '2025-12-31', target: 80, points: [{ date: '2023-12-31', cumulative: 44 }] }, { locale })],
];

describe('locale options take the language tags', () => {
  it.each(calls)('%s: vi-VN is vi, en-US is en', (_name, call) => {
    expect(call('vi-VN')).toEqual(call('vi'));
    expect(call('en-US')).toEqual(call('en'));
    expect(call('vi')).not.toEqual(call('en'));
  });

  it.each(calls)('%s: another tag is invalid_value, naming the four', (_name, call) => {
    expect(() => call('fr-FR' as LocaleTag)).toThrow(expect.objectContaining({ code: 'invalid_value', issues: [expect.objectContaining({ facts: expect.objectContaining({ allowed: ['vi', 'en', 'vi-VN', 'en-US'] }) })] }));
  });
});
