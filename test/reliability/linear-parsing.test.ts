import { describe, expect, it } from 'vitest';
import {
  ChiTieuError,
  attainment,
  checkClaim,
  checkSum,
  compileRuleSet,
  elapsedFraction,
  evaluateRule,
  evaluateRuleBatch,
  extractClaims,
  formatNumber,
  formatPercent,
  impliedTargets,
  parseNumber,
  parsePeriod,
  partyAdmission,
  periodContains,
  round,
  termProgress,
  type RuleSet,
} from '../../src/index.js';

/**
 * Linear-time parsing: every function that reads text from the caller gets 100,000-character inputs
 * built to trip a backtracking or quadratic parser, and must answer (a result or its typed error, the
 * one pinned here) in well under a second. The bound asserted is a generous 1 s so a loaded machine
 * does not make the test flaky; each case takes a few milliseconds, and a quadratic parser would
 * take minutes. bench/ has the timed entry (`parsers`) that guards the speed itself.
 */

const N = 100_000;
/** `unit` repeated to at least N characters. */
const rep = (unit: string) => unit.repeat(Math.ceil(N / unit.length));

/** Text families aimed at the usual weak spots: long digit runs, separators, signs, spaces, marks. */
const FAMILIES: [string, string][] = [
  ['digits', rep('1')],
  ['thousands dots', rep('1.')],
  ['decimal commas', rep('1,')],
  ['grouped digits, never closed', `1${rep('.234')},`],
  ['signs', rep('-')],
  ['minus signs (U+2212)', rep('\u2212')],
  ['percent signs', rep('%')],
  ['spaces then a digit', `${rep(' ')}1`],
  ['non-breaking spaces', rep('\u00a0')],
  ['combining marks', `a${rep('\u0301')}`],
  ['slashes', rep('1/')],
  ['dashes', rep('1-')],
  ['brackets', rep('(')],
  ['Vietnamese words', rep('năm quý tháng đến nay từ ')],
  ['year phrases', rep('năm 2024 ')],
  ['dates', rep('15/07/2020 ')],
  ['ISO dates', rep('2024-07-16')],
  ['letters and digits', rep('a1')],
  ['exponent-like', `1${rep('e1')}`],
  ['zero-width characters', rep('\u200b')],
];

function timed(f: () => unknown): { ms: number; outcome: string } {
  const t0 = performance.now();
  let outcome: string;
  try {
    f();
    outcome = 'ok';
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    outcome = e.code;
  }
  return { ms: performance.now() - t0, outcome };
}

/**
 * Each text reader and the call that hands it one hostile text. Every reader has a length limit and
 * refuses these as too long before looking inside, except what is only blank around a figure.
 */
const NUMBER_READERS: [string, (s: string) => unknown][] = [
  ['parseNumber (vi)', (s) => parseNumber(s)],
  ['parseNumber (en)', (s) => parseNumber(s, { locale: 'en' })],
  ['round', (s) => round(s)],
  ['formatNumber', (s) => formatNumber(s)],
  ['formatPercent', (s) => formatPercent(s)],
  ['attainment: a decimal string', (s) => attainment({ achieved: s, target: 10 })],
  ['checkClaim: the printed figure', (s) => checkClaim({ achieved: 16, target: 15, reported: s, as: 'over' })],
  ['impliedTargets: the printed figure', (s) => impliedTargets({ achieved: 501, reported: s, as: 'attainment' })],
  ['checkSum: a part', (s) => checkSum({ total: 1, parts: [s] })],
];
const PERIOD_READERS: [string, (s: string) => unknown][] = [
  ['parsePeriod', (s) => parsePeriod(s)],
  ['parsePeriod with asOf', (s) => parsePeriod(s, { asOf: '2024-07-16' })],
  ['periodContains: the period', (s) => periodContains(s, '2024-06-30')],
  ['elapsedFraction: the period', (s) => elapsedFraction(s, '2024-07-16')],
  ['termProgress: the term', (s) => termProgress({ term: s, asOf: '2024-07-16', target: 80, cumulative: 72 })],
];
/** Number readers trim first: spaces then "1" is the figure 1, and nothing but blanks is empty. */
const numberOutcome = (family: string) => (family === 'spaces then a digit' ? 'ok' : family === 'non-breaking spaces' ? 'empty_string' : 'too_long');

describe('every text reader answers 100,000-character hostile input in well under a second', () => {
  const readers = [...NUMBER_READERS.map(([n, f]) => [n, f, numberOutcome] as const), ...PERIOD_READERS.map(([n, f]) => [n, f, () => 'too_long'] as const)];
  for (const [name, read, want] of readers) {
    it(name, () => {
      for (const [family, text] of FAMILIES) {
        expect(text.length).toBeGreaterThanOrEqual(N);
        const { ms, outcome } = timed(() => read(text));
        expect([family, outcome]).toEqual([family, want(family)]);
        expect(ms, `${name} on ${family}`).toBeLessThan(1000);
      }
    });
  }

  it('dates given as 100,000-character text are refused as invalid dates', () => {
    for (const [family, text] of FAMILIES) {
      for (const f of [() => periodContains('năm 2024', text), () => elapsedFraction('năm 2024', text), () => parsePeriod('đến nay', { asOf: text })]) {
        const { ms, outcome } = timed(f);
        expect([family, outcome]).toEqual([family, 'invalid_date']);
        expect(ms).toBeLessThan(1000);
      }
    }
  });
});

describe('extractClaims reads any 100,000-character text in well under a second', () => {
  // test/claims/extractClaims.test.ts has the report-shaped families; these are the generic ones.
  for (const [family, text] of FAMILIES) {
    it(family, () => {
      const { ms, outcome } = timed(() => extractClaims(text));
      expect(outcome).toBe('ok');
      expect(ms).toBeLessThan(1000);
    });
  }
});

describe('rule data reading stays linear', () => {
  const t = { vi: 'x', en: 'x' };
  const leaf = { fact: 'n', op: '>=', value: 1, title: t };
  const ok = { id: 'r', title: t, facts: { n: { type: 'count', title: t }, s: { type: 'text', title: t, values: ['a'] }, d: { type: 'date', title: t } }, versions: [{ id: 'v1', effectiveFrom: '2024-01-01', source: { document: 'D' }, confidence: 'high', when: leaf }] };
  const long = rep('x');

  const cases: [string, unknown, string][] = [
    ['a 100,000-character id', { ...ok, id: long }, 'too_long'],
    ['a 100,000-character title', { ...ok, title: { vi: long, en: 'x' } }, 'too_long'],
    ['a 100,000-character fact name', { ...ok, facts: { ...ok.facts, [long]: { type: 'count', title: t } } }, 'invalid_name'],
    ['a 100,000-character date', { ...ok, versions: [{ ...ok.versions[0], effectiveFrom: rep('2024-01-01') }] }, 'too_long'],
    ['a 100,000-character document', { ...ok, versions: [{ ...ok.versions[0], source: { document: long } }] }, 'too_long'],
    ['100,000 conditions in one all', { ...ok, versions: [{ ...ok.versions[0], when: { all: new Array(N).fill(leaf) } }] }, 'too_long'],
    ['100,000 allowed text values', { ...ok, facts: { ...ok.facts, s: { type: 'text', title: t, values: Array.from({ length: N }, (_, i) => `v${i}`) } } }, 'too_long'],
  ];
  for (const [name, data, want] of cases) {
    it(name, () => {
      const { ms, outcome } = timed(() => compileRuleSet(data as RuleSet));
      expect(outcome).toBe(want);
      expect(ms).toBeLessThan(1000);
    });
  }

  it('100,000-character fact values and asOf dates are answered at once', () => {
    const asOf = '2025-09-01';
    for (const [family, text] of FAMILIES) {
      const f = [
        () => evaluateRule(partyAdmission, { birthDate: text }, { asOf }),
        () => evaluateRule(partyAdmission, { education: text }, { asOf }),
        () => evaluateRule(partyAdmission, {}, { asOf: text }),
        () => evaluateRuleBatch(partyAdmission, [{ birthDate: text }, { education: text }], { asOf }),
      ];
      for (const g of f) {
        const { ms, outcome } = timed(g);
        expect(['invalid_date', 'invalid_value', 'too_long', 'invalid_type'], `${family}: ${outcome}`).toContain(outcome);
        expect(ms).toBeLessThan(1000);
      }
    }
  });
});
