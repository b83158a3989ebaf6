import { describe, expect, it } from 'vitest';
import { evaluateRule, youthUnionCellFounding } from 'chitieu';

const run = (youthUnionMembers: number) => evaluateRule(youthUnionCellFounding, { youthUnionMembers }, { asOf: '2025-01-01' });

describe('youthUnionCellFounding: 3 members', () => {
  it('2 / 3 / 4', () => {
    expect(run(2).outcome).toBe('ineligible');
    expect(run(3).outcome).toBe('eligible');
    expect(run(4).outcome).toBe('eligible');
  });

  it('with 1 or 2 members, they join a suitable unit', () => {
    expect(run(1).conclusions).toEqual({ joinsSuitableUnit: true });
    expect(run(2).conclusions).toEqual({ joinsSuitableUnit: true });
    expect(run(0).conclusions).toEqual({});
    expect(run(3).conclusions).toEqual({});
  });

  it('is medium confidence, not provisional', () => {
    expect(run(3)).toMatchObject({ provisional: false, version: { confidence: 'medium' } });
  });
});
