import { describe, expect, it } from 'vitest';
import { checkClaim, impliedTargets, ROUNDING_MODES, safeCheckClaim, safeImpliedTargets } from '../../src/index.js';
import type { CheckClaimInput, ImpliedTargetsInput } from '../../src/index.js';
import { errorOf, firstIssue as issueOf } from '../helpers/errors.js';

// The input schemas of checkClaim and impliedTargets, and whole answers of checkClaim.

describe('the input schemas', () => {
  it('an unknown `as`', () => {
    const facts = { allowed: ['attainment', 'share', 'over', 'over-points', 'under-points', 'decrease', 'growth', 'multiple', 'excess'], received: 'string', value: 'surplus' };
    expect(issueOf(() => checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'surplus' } as unknown as CheckClaimInput))).toEqual({ code: 'invalid_value', path: ['as'], facts, count: 1 });
    expect(issueOf(() => impliedTargets({ achieved: 65, reported: '72,2', as: 'surplus' } as unknown as ImpliedTargetsInput))).toEqual({ code: 'invalid_value', path: ['as'], facts, count: 1 });
    expect(issueOf(() => checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 3 } as unknown as CheckClaimInput))).toEqual({
      code: 'invalid_value', path: ['as'], facts: { allowed: ['attainment', 'share', 'over', 'over-points', 'under-points', 'decrease', 'growth', 'multiple', 'excess'], received: 'number', value: '3' }, count: 1,
    });
  });

  it('a missing `reported` is missing, not of a wrong type', () => {
    expect(issueOf(() => checkClaim({ achieved: 16, target: 15, as: 'over' } as unknown as CheckClaimInput))).toEqual({ code: 'missing', path: ['reported'], facts: {}, count: 1 });
    expect(issueOf(() => impliedTargets({ achieved: 65, as: 'attainment' } as unknown as ImpliedTargetsInput))).toEqual({ code: 'missing', path: ['reported'], facts: {}, count: 1 });
    const s = safeCheckClaim({ achieved: 16, target: 15, reported: undefined, as: 'over' } as unknown as CheckClaimInput);
    expect([s.success, s.error?.code, s.error?.issues[0]?.path]).toEqual([false, 'missing', ['reported']]);
    const t = safeImpliedTargets({ achieved: 65, reported: undefined, as: 'attainment' } as unknown as ImpliedTargetsInput);
    expect([t.success, t.error?.code, t.error?.issues[0]?.path]).toEqual([false, 'missing', ['reported']]);
  });

  it('negative figures, a zero target, and a bad figure together', () => {
    expect(issueOf(() => checkClaim({ achieved: -1, target: 15, reported: '6,6', as: 'over' }))).toEqual({ code: 'negative', path: ['achieved'], facts: { value: '-1' }, count: 1 });
    expect(issueOf(() => checkClaim({ achieved: 1, target: -2, reported: '6,6', as: 'over' }))).toEqual({ code: 'negative', path: ['target'], facts: { value: '-2' }, count: 1 });
    expect(issueOf(() => checkClaim({ achieved: 1, target: 0, reported: '6,6', as: 'over' }))).toEqual({ code: 'zero_total', path: ['target'], facts: {}, count: 1 });
    const e = errorOf(() => checkClaim({ achieved: -1, target: 0, reported: ',6', as: 'attainment' }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['negative', ['achieved']], ['zero_total', ['target']], ['malformed_number', ['reported']]]);
    const f = errorOf(() => impliedTargets({ achieved: -5, reported: ',6', as: 'over' }));
    expect(f.issues.map((i) => [i.code, i.path])).toEqual([['negative', ['achieved']], ['malformed_number', ['reported']]]);
  });

  it('a zero target is fine in points', () => {
    expect(checkClaim({ achieved: 1, target: 0, reported: '1', as: 'over-points' })).toEqual({
      as: 'over-points', achieved: '1', target: '0', reported: '1', reportedText: '1', decimals: 0, exact: '1', computed: '1', computedNumber: 1,
      difference: '0', consistent: true, consistentModes: [...ROUNDING_MODES],
      reason: expect.objectContaining({ code: 'check-matches' }),
      explanation: {
        vi: '1% − 0% = 1 điểm %; làm tròn nửa lên (half-up) đến hàng đơn vị là 1 điểm %, khớp với 1 điểm % đã in.',
        en: '1% − 0% = 1 percentage points; rounded half-up to a whole number this is 1 percentage points, as printed.',
      },
    });
  });
});

describe('checkClaim: whole answers', () => {
  it('points from rates with decimals', () => {
    expect(checkClaim({ achieved: '97.5', target: 93, reported: '4,5', as: 'over-points' })).toEqual({
      as: 'over-points', achieved: '97.5', target: '93', reported: '4.5', reportedText: '4,5', decimals: 1, exact: '9/2', computed: '4.5', computedNumber: 4.5,
      difference: '0', consistent: true, consistentModes: [...ROUNDING_MODES],
      reason: expect.objectContaining({ code: 'check-matches' }),
      explanation: {
        vi: '97,5% − 93% = 4,5 điểm %; làm tròn nửa lên (half-up) đến 1 chữ số thập phân là 4,5 điểm %, khớp với 4,5 điểm % đã in.',
        en: '97.5% − 93% = 4.5 percentage points; rounded half-up to 1 decimal this is 4.5 percentage points, as printed.',
      },
    });
  });

  it('a tiny negative excess keeps its sign in the explanation ("-0…%")', () => {
    expect(checkClaim({ achieved: 999999, target: 1000000, reported: '0', as: 'over' })).toEqual({
      as: 'over', achieved: '999999', target: '1000000', reported: '0', reportedText: '0', decimals: 0, exact: '-1/10000', computed: '0', computedNumber: 0,
      difference: '0', consistent: true, consistentModes: ['half-up', 'half-down', 'half-even', 'down', 'ceil'],
      reason: expect.objectContaining({ code: 'check-matches' }),
      explanation: {
        vi: '(999.999 − 1.000.000)/1.000.000 = -0…%; làm tròn nửa lên (half-up) đến hàng đơn vị là 0%, khớp với 0% đã in.',
        en: '(999,999 − 1,000,000)/1,000,000 = -0…%; rounded half-up to a whole number this is 0%, as printed.',
      },
    });
  });
});
