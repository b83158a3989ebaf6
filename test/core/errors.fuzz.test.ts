// The new message helpers keep the contract of every public function (test/reliability/fuzz.test.ts):
// arbitrary JSON in, a frozen result or a ChiTieuError out, the input untouched, no prototype pollution.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ChiTieuError, configure, fieldLabel, flattenIssues, messageFor, safeAttainment } from '../../src/index.js';

afterEach(() => {
  configure({ locale: 'en', labels: null });
});

function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.keys(v).every((k) => isDeepFrozen((v as Record<string, unknown>)[k]));
}

const issue = safeAttainment({ achieved: -1, target: 80 }).error?.issues[0];
const json = fc.jsonValue({ maxDepth: 4 });
const hostile = fc.oneof(
  json,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, '', '__proto__', 'constructor', null, undefined, [], {}, 'vi', 'en-US', issue),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
  fc.record({ code: fc.constantFrom('negative', 'missing', 'invalid_value', 'too_many_targets'), path: fc.array(fc.oneof(fc.string(), fc.nat(5)), { maxLength: 4 }), facts: fc.dictionary(fc.string(), json) }),
);

const functions: [string, (...a: unknown[]) => unknown][] = [
  ['configure', configure as never],
  ['fieldLabel', fieldLabel as never],
  ['messageFor', messageFor as never],
  ['flattenIssues', flattenIssues as never],
];

describe('configure, fieldLabel, messageFor, flattenIssues: only results or ChiTieuError', () => {
  for (const [name, fn] of functions) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }), fc.record({ issues: fc.array(hostile, { maxLength: 3 }) })), { maxLength: 3 }), (args) => {
          const before = JSON.stringify(args);
          try {
            const r = fn(...args);
            expect(isDeepFrozen(r)).toBe(true);
          } catch (e) {
            if (!(e instanceof ChiTieuError)) throw new Error(`${name}(${before.slice(0, 300)}) threw ${String(e)}`);
            expect(e.messages.vi.length * e.messages.en.length).toBeGreaterThan(0);
          } finally {
            configure({ locale: 'en', labels: null });
          }
          expect(JSON.stringify(args)).toBe(before);
        }),
        { numRuns: 400 },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
