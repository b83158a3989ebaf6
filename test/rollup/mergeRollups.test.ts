import { describe, expect, it } from 'vitest';
import { mergeRollups, rollup, rollupColumns, rollupPartial, type OrgNode } from '../../src/index.js';
import { codeAndPath } from './_helpers.js';

const nodes: OrgNode[] = [
  { id: 'khoi', name: 'Đảng ủy khối', indicators: { newMembers: { target: 0 } } },
  { id: 'vsip', parent: 'khoi', weight: 2 },
  { id: 'c1', parent: 'vsip', indicators: { newMembers: { achieved: 40, target: 45 }, people: { people: ['a', 'b'] } } },
  { id: 'c2', parent: 'vsip', indicators: { newMembers: { achieved: 32, target: 35 }, people: { people: ['b', 'c'] } } },
  { id: 'myphuoc', parent: 'khoi', weight: 1, indicators: { newMembers: { achieved: 44, target: 50 } } },
];
const chunk = (...ranges: [number, number][]) => ranges.map(([a, b]) => rollupPartial({ nodes: nodes.slice(a, b) }));

describe('mergeRollups', () => {
  it('merging consecutive chunks gives exactly the one-pass partial and rollup', () => {
    const one = rollupPartial({ nodes });
    for (const parts of [chunk([0, 2], [2, 5]), chunk([0, 1], [1, 3], [3, 5]), chunk([0, 5]), chunk([0, 0], [0, 5], [5, 5])]) {
      const merged = mergeRollups(parts);
      expect(merged).toEqual(one);
      expect(rollup(merged, { method: 'weighted-mean' })).toEqual(rollup({ nodes }, { method: 'weighted-mean' }));
    }
  });

  it('a merge that passes 2^53 moves to exact decimal strings, made here or through JSON alike', () => {
    const half = 2 ** 52;
    const a = rollupPartial({ nodes: [{ id: 'p' }, { id: 'a', parent: 'p', indicators: { x: { achieved: half, target: 1 } } }] });
    const b = rollupPartial({ nodes: [{ id: 'b', parent: 'p', indicators: { x: { achieved: half + 1, target: 1 } } }] });
    expect(a.achieved[0]).toEqual([half, half]);
    const merged = mergeRollups([a, b]);
    expect(merged.achieved[0]).toEqual(['9007199254740993', '4503599627370496', '4503599627370497']);
    expect(mergeRollups([a, b].map((p) => JSON.parse(JSON.stringify(p))))).toEqual(merged);
    expect(rollupColumns(merged).achieved[0]).toEqual(['9007199254740993', '4503599627370496', '4503599627370497']);
  });

  it('units linked below units that are themselves linked: every ancestor gains the totals', () => {
    const parts = [[0, 1], [1, 2], [2, 3], [3, 5]].map(([x, y]) => rollupPartial({ nodes: nodes.slice(x, y) }));
    const one = rollupPartial({ nodes });
    expect(mergeRollups(parts)).toEqual(one);
    // In reverse, every unit waits for its parent until the last merge: c1 and c2 under vsip, vsip and
    // myphuoc under khoi, vsip being linked itself.
    const reversed = rollup(mergeRollups([parts[3]!, parts[2]!, parts[1]!, parts[0]!]));
    const byId = (r: typeof reversed) => Object.fromEntries(r.nodes.map((u) => [u.id, u.indicators.newMembers?.achieved]));
    expect(byId(reversed)).toEqual(byId(rollup({ nodes })));
    expect(byId(reversed).khoi).toBe('116');
  });

  it('a finished result is the caller\'s: changing its columns changes no partial and no later result', () => {
    const merged = mergeRollups(chunk([0, 2], [2, 5]));
    const first = rollupColumns(merged);
    (first.achieved[0] as Float64Array).fill(7);
    first.parentIndex.fill(0);
    const again = rollupColumns(merged);
    expect(again.achieved[0]).toEqual(rollupColumns({ nodes }).achieved[0]);
    expect(Array.from(again.parentIndex)).toEqual(merged.parentIndex);
    expect(Object.isFrozen(merged.achieved[0])).toBe(true);
  });

  it('partials survive JSON', () => {
    const parts = chunk([0, 3], [3, 5]).map((p) => JSON.parse(JSON.stringify(p)));
    expect(mergeRollups(parts)).toEqual(rollupPartial({ nodes }));
  });

  it('is associative', () => {
    const [a, b, c] = chunk([0, 2], [2, 3], [3, 5]);
    expect(mergeRollups([mergeRollups([a!, b!]), c!])).toEqual(mergeRollups([a!, mergeRollups([b!, c!])]));
  });

  it('in another order the rows follow the partials, and the totals are the same', () => {
    const [a, b] = chunk([0, 2], [2, 5]);
    const ba = rollup(mergeRollups([b!, a!]));
    const ab = rollup(mergeRollups([a!, b!]));
    const byId = (r: typeof ab) => Object.fromEntries(r.nodes.map((n) => [n.id, n.indicators.newMembers!.achieved]));
    expect(byId(ba)).toEqual(byId(ab));
    expect(ba.nodes[0]!.id).toBe('c1');
  });

  it('a chunk waits for its parents; the finished rollup does not', () => {
    const [, cells] = chunk([0, 2], [2, 5]);
    expect(cells!.parentIndex).toEqual([-2, -2, -2]);
    expect(codeAndPath(() => rollup(cells!))).toEqual(['unknown_parent', ['parents', 0]]);
    expect(mergeRollups([])).toMatchObject({ ids: [], indicators: [] });
  });

  it('big totals switch the merged column to strings', () => {
    const a = rollupPartial({ nodes: [{ id: 'r' }] });
    const b = rollupPartial({ nodes: [{ id: 'x', parent: 'r', indicators: { n: { achieved: 2 ** 52 } } }, { id: 'y', parent: 'r', indicators: { n: { achieved: 2 ** 52 } } }] });
    const m = mergeRollups([a, b]);
    expect(m.achieved[0]).toEqual(['9007199254740992', '4503599627370496', '4503599627370496']);
    expect(rollup(m).nodes[0]!.indicators.n!.achieved).toBe('9007199254740992');
  });

  it('duplicates and cycles across chunks, and malformed partials, are reported under their partial', () => {
    const a = rollupPartial({ nodes: [{ id: 'x', parent: 'y' }] });
    const b = rollupPartial({ nodes: [{ id: 'y', parent: 'x' }] });
    expect(codeAndPath(() => mergeRollups([a, b]))).toEqual(['cycle', ['partials', 0, 'parents', 0]]);
    expect(codeAndPath(() => mergeRollups([a, a]))).toEqual(['duplicate_id', ['partials', 1, 'ids', 0]]);
    expect(codeAndPath(() => mergeRollups('x' as never))).toEqual(['invalid_type', ['partials']]);
    expect(codeAndPath(() => mergeRollups([{}] as never))).toEqual(['invalid_type', ['partials', 0]]);
    const p = rollupPartial({ nodes });
    const broken = (patch: object) => codeAndPath(() => mergeRollups([{ ...p, ...patch } as never]));
    expect(broken({ version: 2 })).toEqual(['invalid_value', ['partials', 0, 'version']]);
    expect(broken({ parentIndex: [-1, 0, 1, 1, 4] })).toEqual(['invalid_value', ['partials', 0, 'parentIndex', 4]]);
    expect(broken({ achieved: [[1, 2, 3, 4, -5], [0, 0, 0, 0, 0]] })).toEqual(['negative', ['partials', 0, 'achieved', 0, 4]]);
    expect(broken({ achieved: [[1]] })).toEqual(['length_mismatch', ['partials', 0, 'achieved']]);
    expect(broken({ indicators: ['people', 'newMembers'] })).toEqual(['invalid_value', ['partials', 0, 'indicators', 1]]);
    expect(broken({ people: [null] })).toEqual(['length_mismatch', ['partials', 0, 'people']]);
    expect(broken({ weights: [1] })).toEqual(['length_mismatch', ['partials', 0, 'weights']]);
    expect(broken({ extra: 1 })).toEqual(['unknown_key', ['partials', 0, 'extra']]);
  });

  it('a forged partial cannot slip repeated ids or a cycle past a finished rollup', () => {
    const p = rollupPartial({ nodes: [{ id: 'a' }, { id: 'b', parent: 'a' }] });
    expect(codeAndPath(() => rollup({ ...p, ids: ['a', 'a'], parents: [null, 'a'] }))).toEqual(['duplicate_id', ['ids', 1]]);
    const loop = { ...p, parents: ['b', 'a'], parentIndex: [1, 0] };
    expect(codeAndPath(() => rollup(loop))).toEqual(['cycle', ['parents', 0]]);
    expect(codeAndPath(() => rollupColumns(loop))).toEqual(['cycle', ['parents', 0]]);
  });
});

describe('mergeRollups with a sparse array', () => {
  it('reports a hole like undefined, with its index, never a TypeError', () => {
    const p = rollupPartial({ nodes: [{ id: 'a', indicators: { x: { achieved: 1, target: 2 } } }] });
    const holed = [, p] as unknown as Parameters<typeof mergeRollups>[0];
    expect(codeAndPath(() => mergeRollups(holed))).toEqual(['invalid_type', ['partials', 0]]);
    expect(codeAndPath(() => mergeRollups([undefined, p] as never))).toEqual(['invalid_type', ['partials', 0]]);
  });
});
