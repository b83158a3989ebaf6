import { describe, expect, it } from 'vitest';
import { ChiTieuError, rollup, safeRollup } from '../../src/index.js';

describe('safeRollup', () => {
  it('returns the data rollup gives', () => {
    const tree = { nodes: [{ id: 'a' }, { id: 'b', parent: 'a', indicators: { x: { achieved: 3, target: 4 } } }] };
    const r = safeRollup(tree, { decimals: 1 });
    expect(r.success).toBe(true);
    expect(r.data).toEqual(rollup(tree, { decimals: 1 }));
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('returns the error rollup throws, with its code and path', () => {
    const r = safeRollup({ nodes: [{ id: 'a', parent: 'b' }] });
    expect(r.success).toBe(false);
    expect(r.error).toBeInstanceOf(ChiTieuError);
    expect([r.error?.code, r.error?.path]).toEqual(['unknown_parent', ['nodes', 0, 'parent']]);
    expect(safeRollup(null).error?.code).toBe('invalid_type');
    expect(safeRollup({ nodes: [] }, { method: 'median' } as never).error?.path).toEqual(['options', 'method']);
  });
});
