import { describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/errors.js';
import { termProgressChart } from '../../src/svg/index.js';

/** Found by test/reliability/fuzz-mutated.test.ts: holes in `points` were skipped, not reported. */

const base = { start: '2020-07-15', end: '2025-06-30', target: 80 };

describe('termProgressChart: a hole in points is a missing point', () => {
  it('a hole in the middle is reported as undefined is', () => {
    const points: unknown[] = [{ date: '2021-12-31', cumulative: 20 }, , { date: '2023-12-31', cumulative: 50 }];
    expect(codeOf(() => termProgressChart({ ...base, points } as never))).toEqual(['missing', ['points', 1]]);
    expect(codeOf(() => termProgressChart({ ...base, points: [points[0], undefined, points[2]] } as never))).toEqual(['missing', ['points', 1]]);
  });

  it('an array of holes is not an empty chart', () => {
    expect(codeOf(() => termProgressChart({ ...base, points: new Array(2) } as never))).toEqual(['missing', ['points', 0]]);
    const trailing: unknown[] = [{ date: '2021-12-31', cumulative: 20 }];
    trailing.length = 2;
    expect(codeOf(() => termProgressChart({ ...base, points: trailing } as never))).toEqual(['missing', ['points', 1]]);
  });

  it('dense points still draw', () => {
    expect(codeOf(() => termProgressChart({ ...base, points: [{ date: '2021-12-31', cumulative: 20 }] }))).toBe('ok');
    expect(codeOf(() => termProgressChart({ ...base, points: [] }))).toBe('ok');
  });
});

describe('termProgressChart: each field is read once', () => {
  it('a getter that changes after its first read draws what was checked', () => {
    for (const later of [null, 42, Symbol('s'), '2099-01-01']) {
      const p: Record<string, unknown> = { cumulative: 50 };
      let reads = 0;
      Object.defineProperty(p, 'date', { get: () => (reads++ === 0 ? '2023-12-31' : later), enumerable: true });
      const input: Record<string, unknown> = { ...base, points: [{ date: '2021-12-31', cumulative: 20 }, p] };
      let startReads = 0;
      Object.defineProperty(input, 'start', { get: () => (startReads++ === 0 ? '2020-07-15' : later), enumerable: true });
      const svg = termProgressChart(input as never);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|null|2099/);
      expect(reads).toBe(1);
      expect(startReads).toBe(1);
    }
  });
});

describe('chart unit labels are read once', () => {
  it('a { vi, en } unit whose getter changes after its first read describes with what was checked', () => {
    for (const later of [undefined, 42, Symbol('s')]) {
      const unit: Record<string, unknown> = { en: 'members' };
      let reads = 0;
      Object.defineProperty(unit, 'vi', { get: () => (reads++ === 0 ? 'đảng viên' : later), enumerable: true });
      const svg = termProgressChart({ ...base, points: [{ date: '2021-12-31', cumulative: 20 }] }, { unit } as never);
      expect(reads).toBe(1);
      expect(svg).not.toMatch(/undefined|NaN/);
    }
  });
});
