import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ChiTieuError } from '../../src/index.js';
import * as svg from '../../src/svg/index.js';
import { samples } from './_samples.js';

/**
 * Every `safe…` twin (docs/conventions.md §3) gives what its function gives: `{ success: true, data }`
 * with the same result for a valid call, and `{ success: false, error }` with the same code and path
 * where the function throws.
 */

type Fn = (...args: unknown[]) => unknown;
const svgSamples: Record<string, unknown[][]> = {
  bulletChart: [[{ achieved: 103, target: 80 }, { unit: 'đảng viên' }]],
  termProgressChart: [[{ start: '2020-01-01', end: '2025-12-31', target: 80, points: [{ date: '2021-12-31', cumulative: 20 }] }]],
};
const modules: [Record<string, unknown>, Record<string, unknown[][]>][] = [[api, samples], [svg, svgSamples]];

const twins = modules.flatMap(([mod, calls]) => Object.keys(mod)
  .filter((name) => /^safe[A-Z]/.test(name))
  .map((name) => {
    const base = name.charAt(4).toLowerCase() + name.slice(5);
    return { name, base, safe: mod[name] as Fn, fn: mod[base] as Fn, calls: calls[base] ?? [] };
  }));

function outcome(fn: Fn, args: unknown[]): { success: true; data: unknown } | { success: false; code: string; path: readonly (string | number)[] } {
  try {
    return { success: true, data: fn(...args) };
  } catch (e) {
    if (!(e instanceof ChiTieuError)) throw e;
    return { success: false, code: e.code, path: e.path };
  }
}

describe('every safe… twin gives what its function gives', () => {
  it('finds the twins, each beside its function, each with a sample call', () => {
    expect(twins.length).toBeGreaterThan(25);
    expect(twins.filter((t) => typeof t.fn !== 'function' || t.calls.length === 0).map((t) => t.name)).toEqual([]);
  });

  for (const t of twins) {
    it(t.name, () => {
      for (const args of t.calls) {
        const broken = [[null, ...args.slice(1)], [...args.slice(0, -1), { notAnOption: true }], ['', ...args.slice(1)]];
        for (const call of [args, ...broken]) {
          const want = outcome(t.fn, structuredClone(call));
          const got = t.safe(...structuredClone(call)) as { success: boolean; data?: unknown; error?: ChiTieuError };
          expect(Object.isFrozen(got)).toBe(true);
          if (want.success) expect(got).toEqual({ success: true, data: want.data });
          else expect([got.success, got.error?.code, got.error?.path]).toEqual([false, want.code, want.path]);
        }
      }
    });
  }
});
