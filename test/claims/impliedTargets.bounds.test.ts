import { describe, expect, it } from 'vitest';
import { impliedTargets } from '../../src/index.js';
import type { ImpliedTargetsInput } from '../../src/index.js';
import { firstIssue as issueOf } from '../helpers/errors.js';

// impliedTargets at the edges of each rounding mode's interval.

describe('impliedTargets: the bounds of each rounding mode', () => {
  const implied = (achieved: string | number, reported: string, rounding: ImpliedTargetsInput['rounding'], as: ImpliedTargetsInput['as'] = 'over-points') =>
    impliedTargets({ achieved, reported, as, rounding });

  it('half-down at 0: both halves round to 0', () => {
    // 90.5 − 90 = 0.5 and 90.5 − 91 = −0.5 both round to 0 toward zero
    expect(implied('90.5', '0', 'half-down')).toEqual([90, 91]);
    // half-up sends both halves away from zero
    expect(implied('90.5', '0', 'half-up')).toEqual([]);
    expect(implied('90.5', '-1', 'half-down')).toEqual([92]);
  });

  it('up at 0: only exactly 0', () => {
    expect(implied('90.5', '0', 'up')).toEqual([]);
    expect(implied(90, '0', 'up')).toEqual([90]);
    expect(implied('90.5', '1', 'up')).toEqual([90]);
  });

  it('down at 0: everything strictly between −1 and 1', () => {
    expect(implied('90.5', '0', 'down')).toEqual([90, 91]);
    expect(implied(90, '0', 'down')).toEqual([90]);
    expect(implied('90.5', '1', 'down')).toEqual([89]);
  });

  it('nothing achieved: all or none fit', () => {
    // 0 never rounds up to 1
    expect(implied(0, '1', 'up', 'attainment')).toEqual([]);
    expect(implied(0, '1', 'ceil', 'attainment')).toEqual([]);
    // 0 is exactly 0: every target fits
    expect(issueOf(() => implied(0, '0', 'up', 'attainment'))).toEqual({
      code: 'too_many_targets', path: ['reported'], facts: { from: '1', to: null, count: null, limit: 100000 }, count: 1,
    });
    expect(issueOf(() => implied(0, '0', 'ceil', 'attainment'))).toEqual({
      code: 'too_many_targets', path: ['reported'], facts: { from: '1', to: null, count: null, limit: 100000 }, count: 1,
    });
  });

  it('exactly 100,000 targets are listed; 100,050 are too many', () => {
    // floor: 1 ≤ 100·2000/t < 2, so 100000 < t ≤ 200000
    const list = implied(2000, '1', 'floor', 'attainment');
    expect([list.length, list[0], list[list.length - 1], Object.isFrozen(list)]).toEqual([100000, 100001, 200000, true]);
    expect(issueOf(() => implied(2001, '1', 'floor', 'attainment'))).toEqual({
      code: 'too_many_targets', path: ['reported'], facts: { from: '100051', to: '200100', count: '100050', limit: 100000 }, count: 1,
    });
  });

  it('a target past 2^53 is refused; no target past 2^53 is no target', () => {
    expect(issueOf(() => implied('9007199254740993', '0', 'up', 'over'))).toEqual({
      code: 'unsafe_number', path: ['achieved'], facts: { value: '9007199254740993' }, count: 1,
    });
    // 100a/t = 100 exactly needs t = a, not a whole number here
    expect(implied('9007199254740993.5', '0', 'up', 'over')).toEqual([]);
    expect(implied('90.5', '0', 'up', 'over')).toEqual([]);
  });
});
