import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, checkClaim, extractClaims, impliedTargets, round, safeCheckClaim } from 'chitieu';
import { errorOf as caught } from '../helpers/errors.js';

interface SeedCase {
  id: string;
  kind: string;
  achieved?: number;
  target?: unknown;
  reported?: string;
  reportedDecimals?: number;
  expect?: Record<string, unknown>;
}
const seed = JSON.parse(readFileSync(join(__dirname, '../fixtures/seed-figures.json'), 'utf8')) as { cases: SeedCase[] };


describe('checkClaim: the claim cases of seed-figures.json', () => {
  const cases = seed.cases.filter((c) => typeof c.reported === 'string' && typeof c.target === 'number' && Array.isArray(c.expect?.consistentModes));
  it('covers the five claims with a printed figure and a target', () => {
    expect(cases.map((c) => c.id)).toEqual([
      'bt-2023-new-members',
      'bt-2023-trade-unions',
      'bt-2023-youth-orgs',
      'hn-coordination-rules-orgs',
      'hn-coordination-rules-grassroots',
    ]);
  });
  for (const c of cases) {
    it(c.id, () => {
      const as = c.kind === 'excess-relative' ? 'over' : 'attainment';
      const r = checkClaim({ achieved: c.achieved as number, target: c.target as number, reported: c.reported as string, as });
      expect(r.consistentModes).toEqual(c.expect?.consistentModes);
      expect(r.consistent).toBe(r.consistentModes.includes('half-up'));
      expect(r.decimals).toBe(c.reportedDecimals);
      for (const [key, field] of [['percent', 'attainment'], ['overPercent', 'over']] as const) {
        if (typeof c.expect?.[key] === 'string' && as === field) expect(r.computed).toBe(c.expect[key]);
      }
      if (typeof c.expect?.overPercentHalfUp1 === 'string') expect(r.computed).toBe(c.expect.overPercentHalfUp1);
      if (typeof c.expect?.percent2HalfUp === 'string') expect(r.computed).toBe(c.expect.percent2HalfUp);
      if (typeof c.expect?.percent1HalfUp === 'string') expect(r.computed).toBe(c.expect.percent1HalfUp);
      if (typeof c.expect?.overPercentExact === 'string') {
        // "6.666…": the exact value starts with these digits
        const digits = (c.expect.overPercentExact as string).replace('…', '');
        expect(round(r.exact, { decimals: digits.split('.')[1]?.length ?? 0, rounding: 'down' })).toBe(digits);
      }
    });
  }
});

describe('checkClaim', () => {
  it('16/15 printed "vượt 6,6%": truncated, not rounded', () => {
    const r = checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over' });
    expect(r).toMatchObject({
      as: 'over', achieved: '16', target: '15', reported: '6.6', reportedText: '6,6', decimals: 1,
      exact: '20/3', computed: '6.7', computedNumber: 6.7, difference: '-0.1', consistent: false, consistentModes: ['down', 'floor'],
    });
    expect(r.explanation.vi).toBe(
      '(16 − 15)/15 = 6,666…%; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 6,7%, không phải 6,6% như đã in; chỉ cách làm tròn về phía số 0 (down), xuống (floor) cho ra 6,6%.',
    );
    expect(r.explanation.en).toBe('(16 − 15)/15 = 6.666…%; rounded half-up to 1 decimal this is 6.7%, not the printed 6.6%; only down, floor rounding gives 6.6%.');
    expect(Object.isFrozen(r) && Object.isFrozen(r.consistentModes) && Object.isFrozen(r.explanation)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('a consistent figure says so in both languages', () => {
    const r = checkClaim({ achieved: 103, target: 80, reported: '28,75', as: 'over' });
    expect(r.consistent).toBe(true);
    expect(r.difference).toBe('0');
    expect(r.consistentModes).toEqual(ROUNDING_MODES);
    expect(r.explanation.vi).toBe('(103 − 80)/80 = 28,75%; làm tròn nửa lên (half-up) đến 2 chữ số thập phân là 28,75%, khớp với 28,75% đã in.');
    expect(r.explanation.en).toBe('(103 − 80)/80 = 28.75%; rounded half-up to 2 decimals this is 28.75%, as printed.');
  });

  it('a figure no rounding gives', () => {
    const r = checkClaim({ achieved: 16, target: 15, reported: '7,7', as: 'over' });
    expect(r.consistentModes).toEqual([]);
    expect(r.explanation.en).toContain('no rounding mode gives 7.7%');
    expect(r.explanation.vi).toContain('không cách làm tròn nào cho ra 7,7%');
  });

  it('attainment and share divide the same way', () => {
    const a = checkClaim({ achieved: 2018, target: 2119, reported: '95,23', as: 'attainment' });
    const s = checkClaim({ achieved: 2018, target: 2119, reported: '95,23', as: 'share' });
    expect([a.exact, a.computed, a.consistent]).toEqual(['201800/2119', '95.23', true]);
    // the same figures, with what they claim in `as` and in the reason's facts
    expect({ ...s, as: 'attainment', reason: a.reason }).toEqual({ ...a });
    expect(s.reason.facts).toEqual({ ...a.reason.facts, as: 'share' });
  });

  it("reads the precision from the printed text, trailing zeros included", () => {
    expect(checkClaim({ achieved: 330, target: 550, reported: '60', as: 'attainment' }).decimals).toBe(0);
    const r = checkClaim({ achieved: 330, target: 550, reported: '60,00', as: 'attainment' });
    expect([r.decimals, r.reported, r.computed, r.consistent]).toEqual([2, '60', '60', true]);
    expect(checkClaim({ achieved: 17313, target: 35000, reported: '49,46', as: 'attainment' }).consistentModes).toEqual(['down', 'floor']);
  });

  it('takes a trailing % and English notation', () => {
    expect(checkClaim({ achieved: 16, target: 15, reported: '6,6 %', as: 'over' }).reported).toBe('6.6');
    const r = checkClaim({ achieved: 1549, target: 1000, reported: '54.9', as: 'over', locale: 'en' });
    expect([r.reported, r.computed, r.consistent]).toEqual(['54.9', '54.9', true]);
    expect(checkClaim({ achieved: 16, target: 15, reported: 6.6, as: 'over' }).consistentModes).toEqual(['down', 'floor']);
  });

  it('over-points: rates and percentage points', () => {
    const r = checkClaim({ achieved: '97.5', target: 93, reported: '4,5', as: 'over-points' });
    expect([r.exact, r.computed, r.consistent]).toEqual(['9/2', '4.5', true]);
    expect(r.explanation.vi).toBe('97,5% − 93% = 4,5 điểm %; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 4,5 điểm %, khớp với 4,5 điểm % đã in.');
    // against a target of 0% points are still defined
    expect(checkClaim({ achieved: '2.5', target: 0, reported: '2,5', as: 'over-points' }).consistent).toBe(true);
    // the relative reading of the same figures is different: 4,84%
    expect(checkClaim({ achieved: '97.5', target: 93, reported: '4,5', as: 'over' }).computed).toBe('4.8');
  });

  it('under-points: a rate short of its target rate, in points', () => {
    const r = checkClaim({ achieved: '86.25', target: '91.5', reported: '5,25', as: 'under-points' });
    expect([r.exact, r.computed, r.consistent]).toEqual(['21/4', '5.25', true]);
    expect(r.explanation.vi).toBe('91,5% − 86,25% = 5,25 điểm %; làm tròn nửa lên (half-up) đến 2 chữ số thập phân là 5,25 điểm %, khớp với 5,25 điểm % đã in.');
    expect(r.explanation.en).toBe('91.5% − 86.25% = 5.25 percentage points; rounded half-up to 2 decimals this is 5.25 percentage points, as printed.');
    expect(checkClaim({ achieved: 90, target: 92, reported: '3', as: 'under-points' }).consistentModes).toEqual([]);
    // a zero target rate is still a rate: the difference is defined
    expect(checkClaim({ achieved: 0, target: 0, reported: '0', as: 'under-points' }).consistent).toBe(true);
  });

  it('negative excess (short of target)', () => {
    const r = checkClaim({ achieved: 7, target: 10, reported: '-30', as: 'over' });
    expect([r.consistent, r.exact]).toEqual([true, '-30']);
    const s = checkClaim({ achieved: 2, target: 3, reported: '-33,3', as: 'over' });
    expect(s.consistentModes).toEqual(['half-up', 'half-down', 'half-even', 'down', 'ceil']);
  });

  it('big figures stay exact', () => {
    const r = checkClaim({ achieved: '123456789012345678901', target: '123456789012345678900', reported: '0,0000000001', as: 'over' });
    expect(r.consistentModes).toEqual(['up', 'ceil']);
  });

  it('rounding: the assumed mode decides consistent, computed and difference; consistentModes lists every mode', () => {
    const r = checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over', rounding: 'down' });
    expect([r.consistent, r.computed, r.computedNumber, r.difference, r.consistentModes]).toEqual([true, '6.6', 6.6, '0', ['down', 'floor']]);
    expect(r.explanation.en).toBe('(16 − 15)/15 = 6.666…%; rounded down to 1 decimal this is 6.6%, as printed.');
    expect(r.explanation.vi).toBe('(16 − 15)/15 = 6,666…%; làm tròn về phía số 0 (down) đến 1 chữ số thập phân là 6,6%, khớp với 6,6% đã in.');
    const s = checkClaim({ achieved: 14, target: 13, reported: '7,7', as: 'over', rounding: 'down' });
    expect([s.consistent, s.computed, s.difference, s.consistentModes]).toEqual([false, '7.6', '0.1', ['half-up', 'half-down', 'half-even', 'up', 'ceil']]);
    // the default is half-up, exactly as if it were given
    const base = { achieved: 16, target: 15, reported: '6,6', as: 'over' } as const;
    expect(checkClaim(base)).toEqual(checkClaim({ ...base, rounding: 'half-up' }));
  });

  it('rounding means the same in checkClaim, impliedTargets and extractClaims', () => {
    const figures: [number, number, string, 'attainment' | 'over'][] = [
      [16, 15, '6,6', 'over'], [14, 13, '7,7', 'over'], [501, 903, '55,5', 'attainment'], [501, 902, '55,5', 'attainment'],
      [2, 3, '66,6', 'attainment'], [2, 3, '66,7', 'attainment'], [5, 8, '62,5', 'attainment'], [5, 8, '62', 'attainment'],
    ];
    for (const rounding of ROUNDING_MODES) {
      for (const [achieved, target, reported, as] of figures) {
        const c = checkClaim({ achieved, target, reported, as, rounding });
        expect(impliedTargets({ achieved, reported, as, rounding }).includes(target), `${achieved}/${target} ${reported} ${rounding}`).toBe(c.consistent);
        const claim = extractClaims(`${achieved}/${target} tổ chức, ${as === 'over' ? 'vượt' : 'đạt'} ${reported}%`, { rounding }).claims[0];
        expect(claim?.kind === 'ratio-percent' && claim.check).toEqual(c);
      }
    }
  });

  describe('bad input', () => {
    const base = { achieved: 16, target: 15, reported: '6,6', as: 'over' } as const;
    const cases: [string, Record<string, unknown>, string, (string | number)[]][] = [
      ['NaN achieved', { ...base, achieved: Number.NaN }, 'not_finite', ['achieved']],
      ['Infinity target', { ...base, target: Number.POSITIVE_INFINITY }, 'not_finite', ['target']],
      ['negative achieved', { ...base, achieved: -1 }, 'negative', ['achieved']],
      ['negative target', { ...base, target: '-15' }, 'negative', ['target']],
      ['zero target', { ...base, target: 0 }, 'zero_total', ['target']],
      ['missing reported', { achieved: 16, target: 15, as: 'over' }, 'missing', ['reported']],
      ['missing as', { achieved: 16, target: 15, reported: '6,6' }, 'missing', ['as']],
      ['unknown as', { ...base, as: 'vượt' }, 'invalid_value', ['as']],
      ['unknown locale', { ...base, locale: 'fr' }, 'invalid_value', ['locale']],
      ['unknown rounding', { ...base, rounding: 'nearest' }, 'unknown_rounding', ['rounding']],
      ['unknown key', { ...base, decimals: 1 }, 'unknown_key', ['decimals']],
      ['English notation read as Vietnamese', { ...base, reported: '1,549.5' }, 'malformed_number', ['reported']],
      ['ambiguous', { ...base, reported: '6.6' }, 'ambiguous_number', ['reported']],
      ['a leading-zero thousands group, never 500', { ...base, reported: '0.500' }, 'ambiguous_number', ['reported']],
      ['a leading-zero thousands group in English notation', { ...base, reported: '0,500', locale: 'en' }, 'ambiguous_number', ['reported']],
      ['empty reported', { ...base, reported: ' ' }, 'empty_string', ['reported']],
      ['a ratio as reported', { ...base, reported: '16/15' }, 'malformed_number', ['reported']],
      ['a reported past 400 characters', { ...base, reported: `6,${'6'.repeat(400)}` }, 'too_long', ['reported']],
      ['reported of the wrong type', { ...base, reported: true }, 'invalid_type', ['reported']],
      ['exponent', { ...base, achieved: '1e3' }, 'exponent_not_allowed', ['achieved']],
      ['not an object', null as unknown as Record<string, unknown>, 'invalid_type', []],
    ];
    for (const [name, input, code, path] of cases) {
      it(name, () => {
        const e = caught(() => checkClaim(input as never));
        expect([e.code, e.path]).toEqual([code, path]);
        expect(e.messages.vi.length).toBeGreaterThan(0);
      });
    }
    it('reports every problem at once', () => {
      const e = caught(() => checkClaim({ achieved: -1, target: 0, reported: 'x', as: 'over' }));
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([
        ['negative', ['achieved']],
        ['zero_total', ['target']],
        ['malformed_number', ['reported']],
      ]);
    });
    it('never mutates its input', () => {
      const input = Object.freeze({ ...base });
      expect(() => checkClaim(input)).not.toThrow();
    });
  });
});

describe('safeCheckClaim', () => {
  it('returns the result or the error instead of throwing', () => {
    const ok = safeCheckClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over', rounding: 'down' });
    expect(ok.success && ok.data).toEqual(checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over', rounding: 'down' }));
    const bad = safeCheckClaim({ achieved: 5, target: 0, reported: '100', as: 'attainment' });
    expect(bad.success ? null : [bad.error.code, bad.error.path]).toEqual(['zero_total', ['target']]);
    const wrongMode = safeCheckClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over', rounding: 'nearest' });
    expect(wrongMode.success ? null : [wrongMode.error.code, wrongMode.error.path]).toEqual(['unknown_rounding', ['rounding']]);
    expect(Object.isFrozen(ok) && Object.isFrozen(bad)).toBe(true);
  });
});

describe('checkClaim past 10 printed decimals: checked exactly (these once printed "0.00000000NaN")', () => {
  /** Exact BigInt reference: (achieved − target or achieved) × 100 / target, half-up at k decimals, as k-decimal text. */
  function halfUp(num: bigint, den: bigint, k: number): string {
    const s = 10n ** BigInt(k);
    const q = (2n * num * 100n * s + den) / (2n * den); // num, den > 0
    const t = q.toString().padStart(k + 1, '0');
    return `${t.slice(0, t.length - k)}.${t.slice(t.length - k)}`.replace(/\.?0+$/, '');
  }
  const cases = [
    // [name, achieved, target, as, reported, decimals, num, den]
    ['11 decimals, exact (vượt 28,75000000001%)', '12875000000001', '10000000000000', 'over', '28,75000000001', 11, 2875000000001n, 10000000000000n],
    ['15 decimals, 16/15 over', 16, 15, 'over', '6,666666666666667', 15, 1n, 15n],
    ['20 decimals, 2/3 attainment', 2, 3, 'attainment', '66,66666666666666666667', 20, 2n, 3n],
  ] as const;
  for (const [name, achieved, target, as, reported, k, num, den] of cases) {
    it(name, () => {
      const c = checkClaim({ achieved, target, reported, as });
      const want = halfUp(num, den, k);
      expect(c.computed).toBe(want);
      expect(c.reported).toBe(want);
      expect(c.decimals).toBe(k);
      expect(c.consistent).toBe(true);
      expect(c.difference).toBe('0');
      expect(Number.isNaN(c.computedNumber)).toBe(false);
      expect(c.consistentModes).toContain('half-up');
      expect(`${c.computed} ${c.explanation.vi} ${c.explanation.en}`).not.toMatch(/NaN|undefined/);
    });
  }

  it('11 decimals exact: every rounding mode gives it', () => {
    const c = checkClaim({ achieved: '12875000000001', target: '10000000000000', reported: '28,75000000001%', as: 'over' });
    expect(c.exact).toBe('2875000000001/100000000000');
    expect(c.consistentModes).toEqual(ROUNDING_MODES);
  });

  it('15 decimals truncated: only down and floor give it', () => {
    const c = checkClaim({ achieved: 16, target: 15, reported: '6,666666666666666', as: 'over' });
    expect([c.consistent, c.computed, c.difference, c.consistentModes]).toEqual([false, '6.666666666666667', '-0.000000000000001', ['down', 'floor']]);
  });

  it('one unit off at 11, 15 and 20 decimals: no rounding mode gives it', () => {
    expect(checkClaim({ achieved: '12875000000001', target: '10000000000000', reported: '28,75000000002', as: 'over' }).consistentModes).toEqual([]);
    expect(checkClaim({ achieved: 16, target: 15, reported: '6,666666666666668', as: 'over' }).consistentModes).toEqual([]);
    const c = checkClaim({ achieved: 2, target: 3, reported: '66,66666666666666666668', as: 'attainment' });
    expect([c.consistent, c.consistentModes, c.difference]).toEqual([false, [], '0.00000000000000000001']);
  });

  it('impliedTargets reads 11 decimals too', () => {
    expect(() => impliedTargets({ achieved: 16, reported: '6,66666666667', as: 'over' })).not.toThrow();
  });
});

describe('rounding and locale as options (docs/conventions.md §5)', () => {
  const base = { achieved: 16, target: 15, reported: '6,6', as: 'over' } as const;

  it('options give the same answer the deprecated input fields gave', () => {
    expect(checkClaim(base, { rounding: 'down' })).toEqual(checkClaim({ ...base, rounding: 'down' }));
    expect(checkClaim({ ...base, reported: '6.6' }, { locale: 'en' })).toEqual(checkClaim({ ...base, reported: '6.6', locale: 'en' }));
    expect(impliedTargets({ achieved: 501, reported: '55,5', as: 'attainment' }, { rounding: 'down' })).toEqual([902]);
    expect(safeCheckClaim(base, { rounding: 'down' })).toEqual({ success: true, data: checkClaim(base, { rounding: 'down' }) });
  });

  it('the same field in both places with two values is an error, never a choice', () => {
    const e = safeCheckClaim({ ...base, rounding: 'half-up' }, { rounding: 'down' });
    expect(e.success ? null : [e.error.code, e.error.path]).toEqual(['invalid_value', ['rounding']]);
    // the same value twice is fine
    expect(checkClaim({ ...base, rounding: 'down' }, { rounding: 'down' }).consistent).toBe(true);
  });

  it('bad options are reported under options', () => {
    const e = safeCheckClaim(base, { rounding: 'banker' } as never);
    expect(e.success ? null : [e.error.code, e.error.path]).toEqual(['unknown_rounding', ['options', 'rounding']]);
    const k = safeCheckClaim(base, { decimals: 2 } as never);
    expect(k.success ? null : [k.error.code, k.error.path]).toEqual(['unknown_key', ['options', 'decimals']]);
  });
});
