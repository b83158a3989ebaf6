// The claim reader on the corpus of report sentences (test/fixtures/report-sentences/dev.json): the
// goals of reading real reports, measured. The held-out part (holdout.json) is not read here: it is
// measured only at the end of a piece of work, by `npm run bench:reading`.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { expectedVerdict, loadCorpus, printedDecimal, scoreCorpus, scoreLines } from './_corpus.js';

const dev = loadCorpus('dev');

describe('the exact reference of the corpus', () => {
  it('reads printed percentages in Vietnamese notation', () => {
    expect(printedDecimal('28,75%')).toEqual({ value: '28.75', decimals: 2 });
    expect(printedDecimal('1.549')).toEqual({ value: '1549', decimals: 0 });
    expect(printedDecimal('6,6')).toEqual({ value: '6.6', decimals: 1 });
    expect(printedDecimal('abc')).toBeNull();
  });

  it('judges the figures of the sample reports as exact arithmetic does', () => {
    expect(expectedVerdict({ text: '103/80', kind: 'ratio', achieved: '103', target: '80', printed: '28,75%', as: 'over' })).toBe('consistent');
    // 16/15 over is 6.666…%: "6,6" by rounding down, so not wrong under every mode
    expect(expectedVerdict({ text: '16/15', kind: 'ratio', achieved: '16', target: '15', printed: '6,6%', as: 'over' })).toBe('consistent');
    expect(expectedVerdict({ text: '146/279', kind: 'ratio', achieved: '146', target: '279', printed: '52,9%', as: 'attainment' })).toBe('flagged');
    expect(expectedVerdict({ text: '97,5%', kind: 'rate', achieved: '97.5', target: '93', printed: '4,5%', as: 'over-points' })).toBe('consistent');
    expect(expectedVerdict({ text: '95', kind: 'sum', total: '95', parts: ['45', '14', '35'] })).toBe('flagged');
    expect(expectedVerdict({ text: '352', kind: 'growth', from: '320', to: '352', printed: '10%' })).toBe('consistent');
    expect(expectedVerdict({ text: '65', kind: 'percent-of-unknown-target', achieved: '65', printed: '72,2%' })).toBe('inferred');
    expect(expectedVerdict({ text: '50', kind: 'multiple', from: '20', to: '50', printed: '2,5' })).toBe('consistent');
    expect(expectedVerdict({ text: '50', kind: 'multiple', from: '20', to: '50', printed: '3' })).toBe('consistent'); // 2,5 rounds up to 3
    expect(expectedVerdict({ text: '50', kind: 'multiple', from: '20', to: '50', printed: '2,4' })).toBe('flagged');
  });
});

describe.skipIf(dev === null)('extractClaims on the corpus of report sentences', () => {
  const score = dev === null ? null : scoreCorpus(dev, (t) => extractClaims(t));

  it('prints the measures', () => {
    console.log(scoreLines('dev', score!).join('\n'));
    expect(score!.annotated).toBeGreaterThan(0);
  });

  it('never flags a correct figure whose target is printed, nor one some rounding mode gives', () => {
    expect(score!.wronglyFlagged).toEqual([]);
    expect(score!.flaggedNotWrong).toEqual([]);
  });

  it('meets the goals: recall and precision at least 97%', () => {
    expect(score!.found / score!.annotated).toBeGreaterThanOrEqual(0.97);
    expect(score!.reportedOnAFigure / score!.reported).toBeGreaterThanOrEqual(0.97);
  });
});
