import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';
import { admissionOutlook, isChiTieuError, memberPipeline, rollup, rollupColumns, rollupPartial, scorecard } from '../../src/index.js';

/**
 * Found by test/reliability/fuzz-mutated.test.ts: holes in `candidates` (memberPipeline) and `history`
 * (admissionOutlook) were skipped by forEach, so a sparse array counted fewer records without a word.
 */

const a = { id: 'a', events: { sentToAwarenessCourse: '2024-03-01', completedAwarenessCourse: '2024-03-20' } };
const b = { id: 'b', events: { sentToAwarenessCourse: '2024-06-01' } };

describe('memberPipeline: a hole in candidates is a missing record', () => {
  it('is reported at its index, as undefined is', () => {
    const candidates: unknown[] = [a, , b];
    expect(codeOf(() => memberPipeline({ asOf: '2024-06-30', candidates } as never))).toEqual(['invalid_type', ['candidates', 1]]);
    expect(codeOf(() => memberPipeline({ asOf: '2024-06-30', candidates: [a, undefined, b] } as never))).toEqual(['invalid_type', ['candidates', 1]]);
    const trailing: unknown[] = [a];
    trailing.length = 2;
    expect(codeOf(() => memberPipeline({ asOf: '2024-06-30', candidates: trailing } as never))).toEqual(['invalid_type', ['candidates', 1]]);
  });

  it('dense candidates are still counted', () => {
    const r = memberPipeline({ asOf: '2024-06-30', candidates: [a, b] } as never);
    expect(r.stages.slice(0, 2).map((s) => [s.id, s.count])).toEqual([['awaitingCourse', 1], ['completedAwarenessCourse', 1]]);
  });
});

describe('admissionOutlook: a hole in history is a missing line', () => {
  const input = (history: unknown[]) => ({
    target: 80,
    admitted: 72,
    pipeline: { asOf: '2024-07-16', counts: { proposedForAdmission: 2, backgroundCheck: 14 } },
    history,
  });
  it('is reported at its index, as undefined is', () => {
    const line = { stage: 'backgroundCheck', entered: 10, advanced: 5 };
    const history: unknown[] = [line, , line];
    expect(codeOf(() => admissionOutlook(input(history) as never))).toEqual(['invalid_type', ['history', 1]]);
    expect(codeOf(() => admissionOutlook(input([line, undefined, line]) as never))).toEqual(['invalid_type', ['history', 1]]);
    expect(codeOf(() => admissionOutlook(input(new Array(1)) as never))).toEqual(['invalid_type', ['history', 0]]);
    expect(codeOf(() => admissionOutlook(input([line, line]) as never))).toBe('ok');
  });
});

describe('rollup people ids are read once', () => {
  it('an id getter that changes after its first read counts what was checked (no TypeError)', () => {
    for (const later of [Symbol('s'), 42, null, '']) {
      const ids: string[] = ['p1', 'p2'];
      let reads = 0;
      Object.defineProperty(ids, 0, { get: () => (reads++ === 0 ? 'p1' : later), enumerable: true });
      const r = rollupColumns({ ids: ['r', 'x'], parents: [null, 'r'], indicators: { m: { target: [1, 2], people: [null, ids] } } } as never);
      expect(reads).toBe(1);
      expect([...(r.achieved[0] as Float64Array)]).toEqual([2, 2]);
    }
  });
});

describe('memberPipeline and admissionOutlook: a sparse list of length 2^32 − 1', () => {
  it('is reported (its first 20 holes) promptly', () => {
    const big: unknown[] = [];
    big.length = 2 ** 32 - 1;
    const t0 = performance.now();
    let err: unknown;
    try { memberPipeline({ asOf: '2024-06-30', candidates: big } as never); } catch (e) { err = e; }
    expect(isChiTieuError(err) && err.issues.length).toBe(20);
    err = undefined;
    try {
      admissionOutlook({ target: 80, admitted: 72, pipeline: { asOf: '2024-07-16', counts: { proposedForAdmission: 2 } }, history: big } as never);
    } catch (e) { err = e; }
    expect(isChiTieuError(err) && err.issues.length).toBe(20);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('rollup and scorecard: sparse arrays of length 2^32 − 1', () => {
  const big: unknown[] = [];
  big.length = 2 ** 32 - 1;
  it('rollup and rollupPartial reject more than 10,000,000 nodes before allocating per unit', () => {
    const t0 = performance.now();
    expect(codeOf(() => rollup({ nodes: big } as never))).toEqual(['too_long', ['nodes']]);
    expect(codeOf(() => rollupPartial({ nodes: big } as never))).toEqual(['too_long', ['nodes']]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('rollup reports at most 100 bad units, promptly', () => {
    const holes: unknown[] = [];
    holes.length = 1_000_000;
    const t0 = performance.now();
    let err: unknown;
    try { rollup({ nodes: holes } as never); } catch (e) { err = e; }
    expect(isChiTieuError(err) && err.issues.length).toBe(100);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('scorecard rejects more than 100,000 lines before reading any', () => {
    const t0 = performance.now();
    expect(codeOf(() => scorecard(big as never))).toEqual(['out_of_range', ['items']]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
