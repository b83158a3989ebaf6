import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateRuleBatch, isChiTieuError, partyOrganizationFounding } from '../../src/index.js';

/**
 * Found by test/reliability/fuzz-mutated.test.ts: evaluateRule and evaluateRuleBatch read
 * `options.asOf` a second time for its text, so a getter that changed gave a result (or an error)
 * naming another date than the one evaluated; a BigInt made the batch result unserializable.
 */
function changingAsOf(first: string, later: unknown): { asOf: string } {
  let reads = 0;
  const o = {} as { asOf: string };
  Object.defineProperty(o, 'asOf', { get: () => (reads++ === 0 ? first : later), enumerable: true });
  return o;
}

describe('rules: options.asOf is read once', () => {
  it('evaluateRuleBatch reports the date it evaluated', () => {
    for (const later of [5n, null, '1999-01-01', Symbol('s')]) {
      const opts = changingAsOf('2025-09-01', later);
      const batch = evaluateRuleBatch(partyOrganizationFounding, [{ officialMembers: 5 }], opts as never);
      expect(batch.asOf).toBe('2025-09-01');
      expect(() => JSON.stringify(batch)).not.toThrow();
    }
  });

  it('evaluateRule and evaluateRuleBatch name the date read in no_version_in_force', () => {
    for (const f of [
      (o: object) => evaluateRule(partyOrganizationFounding, { officialMembers: 5 }, o as never),
      (o: object) => evaluateRuleBatch(partyOrganizationFounding, [{ officialMembers: 5 }], o as never),
    ]) {
      let err: unknown;
      try { f(changingAsOf('1900-01-01', '2025-09-01')); } catch (e) { err = e; }
      expect(isChiTieuError(err)).toBe(true);
      if (!isChiTieuError(err)) continue;
      expect(err.code).toBe('no_version_in_force');
      expect(err.issues[0]?.facts.value).toBe('1900-01-01');
    }
  });
});
