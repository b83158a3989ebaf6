import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ChiTieuError } from '../../src/index.js';
import { samples } from './_samples.js';

/**
 * Only results or the typed error: every public function, called with arbitrary JSON values and with
 * valid inputs mutated one field at a time, returns a frozen result or throws ChiTieuError with a code
 * and a path; it never throws anything else, never mutates its input, and returns promptly.
 */

const functions = Object.entries(api).filter(
  ([, v]) => typeof v === 'function' && !/^class\s/.test(Function.prototype.toString.call(v)),
) as [string, (...args: unknown[]) => unknown][];

let generated = 0;
afterAll(() => {
  console.log(`fuzz: ${generated} generated calls over ${functions.length} public functions`);
});

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

function isDeepFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  if (ArrayBuffer.isView(v)) return true; // typed-array columns are documented as caller-owned copies
  if (!Object.isFrozen(v)) return false;
  return Object.keys(v).every((k) => isDeepFrozen((v as Record<string, unknown>)[k], seen));
}

/** Calls fn and checks the contract; returns 'ok' or 'error'. */
function callChecked(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): 'ok' | 'error' {
  generated++;
  const before = JSON.stringify(args, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
  deepFreeze(args);
  const t0 = performance.now();
  let outcome: 'ok' | 'error';
  try {
    const result = fn(...args);
    outcome = 'ok';
    if (result !== null && typeof result === 'object') {
      expect(isDeepFrozen(result), `${name} returned a result that is not deeply frozen`).toBe(true);
    }
  } catch (e) {
    if (!(e instanceof ChiTieuError)) {
      throw new Error(`${name}(${before.slice(0, 300)}) threw ${String(e)}${e instanceof Error ? `\n${e.stack}` : ''}`);
    }
    expect(typeof e.code).toBe('string');
    expect(Array.isArray(e.path)).toBe(true);
    expect(e.messages.vi.length * e.messages.en.length).toBeGreaterThan(0);
    outcome = 'error';
  }
  expect(performance.now() - t0, `${name} took too long`).toBeLessThan(2000);
  expect(JSON.stringify(args, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)), `${name} mutated its input`).toBe(before);
  return outcome;
}

const json = fc.jsonValue({ maxDepth: 4 });
const hostile = fc.oneof(
  json,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53 + 1, -1, 1.5, '', ' ', '1e5', '__proto__', 'constructor', null, undefined, [], {}),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
  fc.string({ maxLength: 200 }),
);

describe('every public function: only results or ChiTieuError', () => {
  it('every public function has a fuzz sample', () => {
    const missing = functions.map(([n]) => n).filter((n) => !(n in samples));
    expect(missing).toEqual([]);
  });

  for (const [name, fn] of functions) {
    it(`${name}: arbitrary JSON arguments`, () => {
      fc.assert(
        fc.property(fc.array(hostile, { maxLength: 3 }), (args) => {
          callChecked(name, fn, args);
        }),
        { numRuns: 300 },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it(`${name}: valid inputs mutated one field at a time`, () => {
      for (const sample of samples[name] ?? []) {
        expect(callChecked(name, fn, structuredClone(sample))).toBe('ok');
        const paths = leafPaths(sample);
        fc.assert(
          fc.property(fc.constantFrom(...(paths.length ? paths : [[0]])), hostile, (path, value) => {
            callChecked(name, fn, setAt(structuredClone(sample), path, value));
          }),
          { numRuns: 200 },
        );
      }
    });
  }
});

function leafPaths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [prefix];
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  for (const [k, child] of Object.entries(v)) out.push(...leafPaths(child, [...prefix, Array.isArray(v) ? Number(k) : k]));
  return out;
}

function setAt(root: unknown[], path: (string | number)[], value: unknown): unknown[] {
  let cur: any = root;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i] as string];
  cur[path[path.length - 1] as string] = value;
  return root;
}
