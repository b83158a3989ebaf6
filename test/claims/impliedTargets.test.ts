import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, checkClaim, impliedTargets, safeImpliedTargets, type RoundingMode } from 'chitieu';
import { errorOf as caught } from '../helpers/errors.js';

interface SeedCase {
  id: string;
  kind: string;
  achieved?: number;
  target?: unknown;
  reported?: string;
  reportedAs?: string;
  expect?: { impliedTargets?: Record<string, number[]> };
  cases?: { achieved?: number; target?: unknown; reported?: string; achievedRate?: string; reportedExcess?: string; expect?: { impliedTargets?: Record<string, number[]>; impliedTargetRate?: string; excessPoints?: string } }[];
}
const seed = JSON.parse(readFileSync(join(__dirname, '../fixtures/seed-figures.json'), 'utf8')) as { cases: SeedCase[] };


describe('impliedTargets: the implied-target and excess-points cases of seed-figures.json', () => {
  const implied: { id: string; achieved: number; reported: string; as: 'attainment' | 'over'; want: Record<string, number[]> }[] = [];
  for (const c of seed.cases) {
    for (const sub of [c, ...(c.cases ?? [])]) {
      const want = sub.expect?.impliedTargets;
      if (want && sub.target === null && typeof sub.achieved === 'number' && typeof sub.reported === 'string') {
        implied.push({ id: c.id, achieved: sub.achieved, reported: sub.reported, as: c.reportedAs === 'excess-relative' ? 'over' : 'attainment', want });
      }
    }
  }
  it('finds the four implied-target cases', () => {
    expect(implied.map((c) => `${c.id} ${c.achieved}`)).toEqual([
      'hn-h1-2024-party-orgs 65',
      'hn-h1-2024-new-members 501',
      'bd-vsip 15',
      'nt-2015-2020-new-members 901',
    ]);
  });
  for (const c of implied) {
    for (const [mode, want] of Object.entries(c.want)) {
      it(`${c.id}: ${c.achieved} at "${c.reported}" under ${mode}`, () => {
        expect(impliedTargets({ achieved: c.achieved, reported: c.reported, as: c.as, rounding: mode as RoundingMode })).toEqual(want);
      });
    }
  }
  const points = seed.cases.filter((c) => c.kind === 'excess-points').flatMap((c) => c.cases ?? []);
  it('has three excess-points cases', () => expect(points.length).toBe(3));
  for (const p of points) {
    it(`${p.achievedRate}%, vượt ${p.reportedExcess}% (points)`, () => {
      const targets = impliedTargets({ achieved: p.achievedRate as string, reported: p.reportedExcess as string, as: 'over-points' });
      expect(targets).toEqual([Number(p.expect?.impliedTargetRate)]);
      const check = checkClaim({ achieved: p.achievedRate as string, target: targets[0] as number, reported: p.reportedExcess as string, as: 'over-points' });
      expect([check.consistent, check.computed]).toEqual([true, p.expect?.excessPoints]);
    });
  }
});

describe('impliedTargets', () => {
  it('lists every target that gives the figure, in every mode', () => {
    expect(impliedTargets({ achieved: 501, reported: '55,5', as: 'attainment' })).toEqual([902, 903]);
    expect(impliedTargets({ achieved: 501, reported: '55,5', as: 'attainment', rounding: 'up' })).toEqual([903, 904]);
    // 16 over target at "6,6" relative excess: 15 only when the report truncates
    expect(impliedTargets({ achieved: 16, reported: '6,6', as: 'over' })).toEqual([]);
    expect(impliedTargets({ achieved: 16, reported: '6,6', as: 'over', rounding: 'down' })).toEqual([15]);
    expect(impliedTargets({ achieved: 14, reported: '7,7', as: 'over' })).toEqual([13]);
    expect(impliedTargets({ achieved: 2018, reported: '95.23', as: 'share', locale: 'en' })).toEqual([2119]);
  });

  it('returns an empty array when no whole-number target fits', () => {
    expect(impliedTargets({ achieved: 1, reported: '40', as: 'attainment' })).toEqual([]);
    expect(impliedTargets({ achieved: 3, reported: '-5', as: 'attainment' })).toEqual([]);
    expect(impliedTargets({ achieved: 0, reported: '5', as: 'attainment' })).toEqual([]);
    expect(Object.isFrozen(impliedTargets({ achieved: 1, reported: '40', as: 'attainment' }))).toBe(true);
  });

  it('shortfalls: a negative excess', () => {
    expect(impliedTargets({ achieved: 7, reported: '-30', as: 'over' })).toEqual([10]);
    expect(impliedTargets({ achieved: 95, reported: '-5', as: 'over-points' })).toEqual([100]);
  });

  it('under-points: the target rates a shortfall in points gives ("đạt 86,25%, thấp hơn 5,25%")', () => {
    expect(impliedTargets({ achieved: '86.25', reported: '5,25', as: 'under-points' })).toEqual([]); // 91,5%: not whole
    expect(impliedTargets({ achieved: '86.25', reported: '5,75', as: 'under-points' })).toEqual([92]);
    expect(impliedTargets({ achieved: 90, reported: '2', as: 'under-points' })).toEqual([92]);
    expect(impliedTargets({ achieved: '89.6', reported: '2', as: 'under-points' })).toEqual([92]);
  });

  it('over-points targets are rates from 0 up', () => {
    expect(impliedTargets({ achieved: 3, reported: '3', as: 'over-points' })).toEqual([0]);
    expect(impliedTargets({ achieved: 3, reported: '4', as: 'over-points' })).toEqual([]);
    expect(impliedTargets({ achieved: '96.8', reported: '9,8', as: 'over-points', rounding: 'floor' })).toEqual([87]);
  });

  it('every target agrees with checkClaim', () => {
    for (const mode of ROUNDING_MODES) {
      for (const t of impliedTargets({ achieved: 901, reported: '6', as: 'over', rounding: mode })) {
        expect(checkClaim({ achieved: 901, target: t, reported: '6', as: 'over' }).consistentModes).toContain(mode);
        expect(checkClaim({ achieved: 901, target: t, reported: '6', as: 'over', rounding: mode }).consistent).toBe(true);
      }
    }
  });

  it('is fast and exact for figures in the millions and beyond', () => {
    expect(impliedTargets({ achieved: 9_999_991, reported: '99,99991', as: 'attainment' })).toEqual([10_000_000]);
    expect(impliedTargets({ achieved: 9_999_991, reported: '99,9999', as: 'attainment' })).toEqual([9_999_996, 9_999_997, 9_999_998, 9_999_999, 10_000_000, 10_000_001, 10_000_002, 10_000_003, 10_000_004, 10_000_005, 10_000_006]);
    const big = impliedTargets({ achieved: '1234567890123', reported: '61,7283945', as: 'attainment' });
    expect(big.length).toBeGreaterThan(0);
    for (const t of [big[0] as number, big[big.length - 1] as number]) {
      expect(checkClaim({ achieved: '1234567890123', target: t, reported: '61,7283945', as: 'attainment' }).consistent).toBe(true);
    }
    for (const t of [(big[0] as number) - 1, (big[big.length - 1] as number) + 1]) {
      expect(checkClaim({ achieved: '1234567890123', target: t, reported: '61,7283945', as: 'attainment' }).consistent).toBe(false);
    }
  });

  describe('too many targets', () => {
    it('"đạt 0%" fits every target from some value up', () => {
      const e = caught(() => impliedTargets({ achieved: 3, reported: '0', as: 'attainment' }));
      expect([e.code, e.path, e.issues[0].facts.from, e.issues[0].facts.to]).toEqual(['too_many_targets', ['reported'], '601', null]);
      expect(e.messages.en).toContain('every whole-number target from 601 up');
      expect(e.messages.vi).toContain('mọi chỉ tiêu nguyên từ 601 trở lên');
    });
    it('an achieved 0 at 0% fits every target', () => {
      expect(caught(() => impliedTargets({ achieved: 0, reported: '0', as: 'attainment' })).issues[0].facts.from).toBe('1');
    });
    it('rounding up to 1% fits every large target', () => {
      expect(caught(() => impliedTargets({ achieved: 1, reported: '1', as: 'attainment', rounding: 'up' })).issues[0].facts.from).toBe('100');
    });
    it('more than 100,000 targets are not listed', () => {
      const e = caught(() => impliedTargets({ achieved: 50_000_000, reported: '50', as: 'attainment' }));
      expect(e.code).toBe('too_many_targets');
      expect([e.issues[0].facts.from, e.issues[0].facts.to, e.issues[0].facts.count]).toEqual(['99009901', '101010101', '2000201']);
    });
  });

  describe('bad input', () => {
    const base = { achieved: 65, reported: '72,2', as: 'attainment' } as const;
    const cases: [string, Record<string, unknown>, string, (string | number)[]][] = [
      ['NaN achieved', { ...base, achieved: Number.NaN }, 'not_finite', ['achieved']],
      ['negative achieved', { ...base, achieved: -65 }, 'negative', ['achieved']],
      ['missing achieved', { reported: '72,2', as: 'attainment' }, 'missing', ['achieved']],
      ['missing reported', { achieved: 65, as: 'attainment' }, 'missing', ['reported']],
      ['unknown rounding', { ...base, rounding: 'bankers' }, 'unknown_rounding', ['rounding']],
      ['unknown as', { ...base, as: 'đạt' }, 'invalid_value', ['as']],
      ['malformed reported', { ...base, reported: '72,2,2' }, 'malformed_number', ['reported']],
      ['English figure read as Vietnamese', { ...base, reported: '1,234.5' }, 'malformed_number', ['reported']],
      ['a leading-zero thousands group, never 500', { ...base, reported: '0.500' }, 'ambiguous_number', ['reported']],
      ['unknown key', { ...base, target: 90 }, 'unknown_key', ['target']],
      ['not an object', 'x' as unknown as Record<string, unknown>, 'invalid_type', []],
    ];
    for (const [name, input, code, path] of cases) {
      it(name, () => {
        const e = caught(() => impliedTargets(input as never));
        expect([e.code, e.path]).toEqual([code, path]);
      });
    }
  });
});

describe('safeImpliedTargets', () => {
  it('returns the targets or the error instead of throwing', () => {
    const ok = safeImpliedTargets({ achieved: 501, reported: '55,5', as: 'attainment', rounding: 'down' });
    expect(ok.success && ok.data).toEqual([902]);
    const many = safeImpliedTargets({ achieved: 3, reported: '0', as: 'attainment' });
    expect(many.success ? null : [many.error.code, many.error.path]).toEqual(['too_many_targets', ['reported']]);
    const bad = safeImpliedTargets({ achieved: 65, reported: '72.2', as: 'attainment' });
    expect(bad.success ? null : [bad.error.code, bad.error.path]).toEqual(['ambiguous_number', ['reported']]);
    expect(Object.isFrozen(ok) && Object.isFrozen(ok.data) && Object.isFrozen(many)).toBe(true);
  });
});
