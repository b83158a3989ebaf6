import { describe, expect, it } from 'vitest';
import { attainment, attainmentBatch, isChiTieuError } from '../../src/index.js';

/**
 * Found by test/reliability/fuzz-mutated.test.ts: the batch read each figure twice (to check it, then
 * to compute), and its range check compared raw values, so a Symbol threw a TypeError, an object's
 * valueOf ran, and a non-number max was also reported as `range_inverted`.
 */
function issuesOf(f: () => unknown): [string, readonly (string | number)[]][] | 'ok' {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (!isChiTieuError(e)) throw e;
    return e.issues.map((i) => [i.code, i.path]);
  }
}

describe('attainmentBatch: hostile figures', () => {
  it('a Symbol in a range column is invalid_type, not a TypeError', () => {
    expect(issuesOf(() => attainmentBatch({ achieved: [5], min: [5], max: [Symbol('x') as never], kind: 'rate' }))).toEqual([['invalid_type', ['max', 0]]]);
    expect(issuesOf(() => attainmentBatch({ achieved: [5], min: [Symbol('x') as never], max: [6] }))).toEqual([['invalid_type', ['min', 0]]]);
  });

  it("a caller's valueOf is never called", () => {
    let called = 0;
    const o = { valueOf: () => { called++; return 1; } };
    expect(issuesOf(() => attainmentBatch({ achieved: [5], min: [5], max: [o as never] }))).toEqual([['invalid_type', ['max', 0]]]);
    expect(called).toBe(0);
  });

  it('a max that is not a number is not also an inverted range; numbers still are', () => {
    for (const bad of [null, '1', true, [1]]) {
      expect(issuesOf(() => attainmentBatch({ achieved: [5], min: [90], max: [bad as never] }))).toEqual([['invalid_type', ['max', 0]]]);
    }
    expect(issuesOf(() => attainmentBatch({ achieved: [1, 1], min: [1, 5], max: [2, 4] }))).toEqual([['range_inverted', ['min', 1]]]);
    expect(issuesOf(() => attainmentBatch({ achieved: [1], min: [5], max: [-1] }))).toEqual([['negative', ['max', 0]], ['range_inverted', ['min', 0]]]);
  });

  it('each figure is read once: a getter that changes after its first read computes what was checked', () => {
    for (const later of [null, Symbol('s'), -1, 'abc', Number.NaN, undefined]) {
      const target: number[] = [80, 80];
      let reads = 0;
      Object.defineProperty(target, 1, { get: () => (reads++ === 0 ? 400 : later), enumerable: true });
      const r = attainmentBatch({ achieved: [103, 58], target });
      expect(reads).toBe(1);
      expect([...r.percent]).toEqual([128.75, 14.5]);
      expect(r.percent[1]).toBe(attainment({ achieved: 58, target: 400 }).percentNumber);
    }
  });

  it('a Proxy column that answers differently on each read is read once per figure', () => {
    let reads = 0;
    const achieved = new Proxy([10, 20, 30], { get: (t, k, rcv) => (typeof k === 'string' && /^\d+$/.test(k) ? (reads++ < 3 ? Reflect.get(t, k, rcv) : Symbol('late')) : Reflect.get(t, k, rcv)) });
    const r = attainmentBatch({ achieved, target: [10, 10, 10], kind: 'rate' });
    expect([...r.percent]).toEqual([100, 200, 300]);
    expect(reads).toBe(3);
  });

  it('typed arrays are read in place, as before', () => {
    const r = attainmentBatch({ achieved: Int32Array.of(103, 58), target: Float64Array.of(80, 400) });
    expect([...r.percent]).toEqual([128.75, 14.5]);
  });
});

describe('attainmentBatch: a sparse column of length 2^32 − 1', () => {
  it('is reported (its first 20 holes), promptly, without allocating its length', () => {
    const big: number[] = [];
    big.length = 2 ** 32 - 1;
    const t0 = performance.now();
    const issues = issuesOf(() => attainmentBatch({ achieved: big, target: big }));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(issues).not.toBe('ok');
    if (issues === 'ok') return;
    expect(issues.length).toBe(20);
    expect(issues[0]).toEqual(['missing', ['achieved', 0]]);
  });
});
