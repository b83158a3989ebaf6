import { describe, expect, it } from 'vitest';
import { ChiTieuError, safeScorecard, scorecard } from '../../src/index.js';

describe('safeScorecard', () => {
  it('returns the data scorecard gives', () => {
    const items = [{ achieved: 3, target: 3 }, { status: 'met' as const }];
    const r = safeScorecard(items, { decimals: 0 });
    expect(r.success).toBe(true);
    expect(r.data).toEqual(scorecard(items, { decimals: 0 }));
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('returns the error scorecard throws, with the line index in the path', () => {
    const r = safeScorecard([{ status: 'met' }, { achieved: -3, target: 4 }]);
    expect(r.success).toBe(false);
    expect(r.error).toBeInstanceOf(ChiTieuError);
    expect([r.error?.code, r.error?.path]).toEqual(['negative', ['items', 1, 'achieved']]);
    expect(safeScorecard('6/6').error?.path).toEqual(['items']);
    expect(safeScorecard([], { rounding: 'nearest' } as never).error?.code).toBe('unknown_rounding');
  });
});
