import { describe, expect, it } from 'vitest';
import { UNSD_PROGRESS_THRESHOLDS, describeTermProgress, isChiTieuError, termProgress } from '../../src/index.js';

/**
 * Found by test/reliability/fuzz-mutated.test.ts: a threshold set's `{ vi, en }` label was checked,
 * then read again, so a getter that changed put "undefined" into the explanation.
 */
describe('termProgress: threshold labels are read once', () => {
  it('a label getter that changes after its first read explains with what was checked', () => {
    for (const later of [undefined, 42, null]) {
      const name: Record<string, unknown> = { en: 'UNSD' };
      let reads = 0;
      Object.defineProperty(name, 'vi', { get: () => (reads++ === 0 ? 'Thống kê LHQ' : later), enumerable: true });
      const unsd = { ...structuredClone(UNSD_PROGRESS_THRESHOLDS), name };
      const r = termProgress(
        { term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 50, results: [{ period: 'năm 2021', value: 10 }, { period: 'năm 2022', value: 12 }, { period: 'năm 2023', value: 15 }] },
        { methods: ['unsd'], thresholds: { unsd } as never },
      );
      expect(reads).toBe(1);
      const text = JSON.stringify(r);
      expect(text).not.toMatch(/undefined|null\)/);
      expect(text).toContain('Thống kê LHQ');
    }
  });
});

describe('describeTermProgress: a huge targets array', () => {
  it('a million holes give one out_of_range issue, not a RangeError', () => {
    const r = JSON.parse(JSON.stringify(termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 80, cumulative: 72 })));
    const holes: unknown[] = [];
    holes.length = 1_000_000;
    r.targets = holes;
    let err: unknown;
    try { describeTermProgress(r); } catch (e) { err = e; }
    expect(isChiTieuError(err)).toBe(true);
    if (!isChiTieuError(err)) return;
    expect(err.code).toBe('out_of_range');
    expect(err.issues.length).toBe(1);
  });
});
