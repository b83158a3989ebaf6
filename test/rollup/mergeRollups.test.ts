import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRollups, rollup, rollupColumns, rollupPartial, type OrgNode, type RollupPartial } from '../../src/index.js';
import { packer, swapBytes, unpack, unpackBlocks } from '../../src/rollup/_packed.js';
import { codeAndPath } from './_helpers.js';

/** The values of a packed column (a string, or blocks), or the decimal strings of a column past 2^53. */
function values(c: string | readonly string[], n: number): (number | string)[] {
  if (typeof c !== 'string' && !c[0]?.includes(':')) return [...c];
  const r = typeof c === 'string' ? unpack(c, n, ['u8', 'u16', 'u32', 'f64', 'i32']) : unpackBlocks(c, n, ['u8', 'u16', 'u32', 'f64']);
  if (!ArrayBuffer.isView(r)) throw new Error(JSON.stringify(r));
  return Array.from(r);
}

/** A partial written as format 2 did: one string per column of totals. */
function asFormat2(p: RollupPartial): object {
  const one = (c: readonly string[]) => (c[0]?.includes(':') ? (c.length === 1 ? c[0] : 'more than one block') : c);
  return { ...p, version: 2, achieved: p.achieved.map(one), target: p.target.map(one), weights: p.weights && one(p.weights) };
}

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
    expect(values(a.achieved[0]!, 2)).toEqual([half, half]);
    expect(a.achieved[0]![0]).toMatch(/^f64:/);
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
    expect(Array.from(again.parentIndex)).toEqual(values(merged.parentIndex, 5));
    expect(Object.isFrozen(merged.achieved)).toBe(true);
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
    expect(values(cells!.parentIndex, 3)).toEqual([-2, -2, -2]);
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
    const pack = packer();
    expect(broken({ version: 4 })).toEqual(['invalid_value', ['partials', 0, 'version']]);
    expect(broken({ parentIndex: pack([-1, 0, 1, 1, 4], 'i32') })).toEqual(['invalid_value', ['partials', 0, 'parentIndex', 4]]);
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
    const loop = { ...p, parents: ['b', 'a'], parentIndex: packer()([1, 0], 'i32') };
    expect(codeAndPath(() => rollup(loop))).toEqual(['cycle', ['parents', 0]]);
    expect(codeAndPath(() => rollupColumns(loop))).toEqual(['cycle', ['parents', 0]]);
  });
});

describe('the partial format', () => {
  const p = rollupPartial({ nodes });

  it('version 3 packs every column of totals in blocks of 4,096 units, each in its narrowest width', () => {
    expect(p).toMatchObject({ format: 'chitieu.rollup-partial', version: 3, ids: ['khoi', 'vsip', 'c1', 'c2', 'myphuoc'] });
    expect(p.achieved).toEqual([['u8:dEgoICw='], ['u8:BAQCAgA=']]);
    expect(values(p.achieved[0]!, 5)).toEqual([116, 72, 40, 32, 44]);
    expect(values(p.weights!, 5)).toEqual([3, 2, 0, 0, 1]);
    expect(values(p.parentIndex, 5)).toEqual([-1, 0, 1, 1, 0]);
    const wide = rollupPartial({ nodes: [{ id: 'a', indicators: { x: { achieved: 70_000, target: 2 ** 40 } } }] });
    expect([wide.achieved[0], wide.target[0]]).toEqual([['u32:cBEBAA=='], ['f64:AAAAAAAAcEI=']]);
    // The root's total widens only its own block; the blocks are the figures', however the partial was merged.
    const tree: OrgNode[] = [{ id: 'r' }, ...Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, parent: 'r', indicators: { x: { achieved: 1 } } }))];
    const one = rollupPartial({ nodes: tree });
    expect(one.achieved[0]!.map((b) => b.slice(0, b.indexOf(':')))).toEqual(['u16', 'u8']);
    expect(values(one.achieved[0]!, 5001)).toEqual([5000, ...new Array(5000).fill(1)]);
    const parts = [[0, 1000], [1000, 4500], [4500, 5001]].map(([a, b]) => rollupPartial({ nodes: tree.slice(a, b) }));
    expect(mergeRollups(parts)).toEqual(one);
    expect(mergeRollups([mergeRollups(parts.slice(0, 2)), parts[2]!])).toEqual(one);
    expect(rollupPartial({ nodes: [{ id: 'a' }] }).names).toBeNull();
    expect(p.names).toEqual(['Đảng ủy khối', null, null, null, null]);
  });

  it('goes through JSON and structuredClone unchanged, and is read again in full', () => {
    const json = JSON.parse(JSON.stringify(p)) as RollupPartial;
    expect(json).toEqual(p);
    expect(structuredClone(p)).toEqual(p);
    expect(rollupColumns(json)).toEqual(rollupColumns(p));
    expect(rollup(structuredClone(p), { method: 'mean' })).toEqual(rollup({ nodes }, { method: 'mean' }));
  });

  it('reads the same without Node\'s Buffer (browsers and workers: btoa and atob)', () => {
    const json = JSON.stringify(p);
    const saved = globalThis.Buffer;
    try {
      (globalThis as { Buffer?: unknown }).Buffer = undefined;
      expect(JSON.stringify(rollupPartial({ nodes }))).toBe(json);
      expect(mergeRollups([JSON.parse(json)])).toEqual(p);
      expect(codeAndPath(() => mergeRollups([{ ...p, parentIndex: 'i32:AAAAAAAAAAAAAAAAAAAA!AAAAAAA' } as never]))).toEqual(['invalid_value', ['partials', 0, 'parentIndex']]);
    } finally {
      globalThis.Buffer = saved;
    }
  });

  it('swaps bytes per element for big-endian platforms', () => {
    const b = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
    swapBytes(b, 4);
    expect(Array.from(b)).toEqual([4, 3, 2, 1, 8, 7, 6, 5]);
    swapBytes(b, 1);
    expect(Array.from(b)).toEqual([4, 3, 2, 1, 8, 7, 6, 5]);
  });

  it('still reads format 2 (one string per column), alone or merged with format 3', () => {
    const v2 = asFormat2(rollupPartial({ nodes: nodes.slice(0, 3) }));
    expect(JSON.stringify(v2)).toContain('"achieved":["u8:KCgo","u8:AgIC"]');
    expect(mergeRollups([v2 as never, rollupPartial({ nodes: nodes.slice(3) })])).toEqual(p);
    expect(rollupColumns(asFormat2(p) as never)).toEqual(rollupColumns({ nodes }));
  });

  it('still reads format 1 (plain arrays), alone or merged with format 3', () => {
    const v1 = {
      format: 'chitieu.rollup-partial', version: 1, indicators: ['newMembers', 'people'],
      ids: ['khoi', 'vsip', 'c1'], names: ['Đảng ủy khối', null, null], parents: [null, 'khoi', 'vsip'], parentIndex: [-1, 0, 1],
      achieved: [[40, 40, 40], [2, 2, 2]], target: [[45, 45, 45], [0, 0, 0]], people: [null, [['a', 'b'], ['a', 'b'], ['a', 'b']]], weights: [2, 2, 0],
    };
    const rest = rollupPartial({ nodes: nodes.slice(3) });
    expect(mergeRollups([v1 as never, rest])).toEqual(p);
    expect(rollupColumns(v1 as never).achieved[0]).toEqual(Float64Array.of(40, 40, 40));
    expect(codeAndPath(() => mergeRollups([{ ...v1, parentIndex: packer()([-1, 0, 1], 'i32') } as never]))).toEqual(['invalid_type', ['partials', 0, 'parentIndex']]);
    expect(codeAndPath(() => mergeRollups([{ ...v1, names: null } as never]))).toEqual(['invalid_type', ['partials', 0, 'names']]);
  });

  it('hostile blocks are errors with their path, never wrong figures', () => {
    const broken = (patch: object) => codeAndPath(() => mergeRollups([rollupPartial({ nodes: [{ id: 'x' }] }), { ...p, ...patch } as never]));
    const other = p.achieved[1];
    expect(rollupColumns({ ...p, achieved: [['u8:dEgo', 'u8:ICw='], other] } as never).achieved[0]).toEqual(Float64Array.of(116, 72, 40, 32, 44));
    expect(broken({ achieved: [['u8:dEgo', 'u16:ICw='], other] })).toEqual(['length_mismatch', ['partials', 1, 'achieved', 0]]);
    // Three bytes are no number of u16 values.
    expect(broken({ achieved: [['u8:dEgo', 'u16:ICwA'], other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0, 1]]);
    expect(broken({ achieved: [['u8:dEgo', 'u8:ICwA'], other] })).toEqual(['length_mismatch', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: [['u8:dEgo'], other] })).toEqual(['length_mismatch', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: [['u8:dEgo', 'ICw='], other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0, 1]]);
    expect(broken({ achieved: [['u8:dEgo', 'i32:ICw='], other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0, 1]]);
    expect(broken({ achieved: [['u8:dEgo', 5], other] })).toEqual(['invalid_type', ['partials', 1, 'achieved', 0, 1]]);
    expect(broken({ achieved: [['u8:dEgo', 'u8:IC-='], other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0, 1]]);
    expect(broken({ achieved: [['u8:dEgo', 'u8:ICw'], other] })).toEqual(['length_mismatch', ['partials', 1, 'achieved', 0, 1]]);
    // vsip 60 < 40 + 32, across blocks
    expect(broken({ achieved: [['u8:dDwo', 'u8:ICw='], other] })).toEqual(['negative', ['partials', 1, 'achieved', 0, 1]]);
    expect(broken({ weights: 'u8:AwIAAAE=' })).toEqual(['invalid_type', ['partials', 1, 'weights']]);
  });

  it('hostile packed columns of format 2 are errors with their path, never wrong figures', () => {
    const p2 = asFormat2(p) as { achieved: string[]; target: string[] };
    const broken = (patch: object) => codeAndPath(() => mergeRollups([rollupPartial({ nodes: [{ id: 'x' }] }), { ...p2, ...patch } as never]));
    const pack = packer();
    const [good, other] = p2.achieved as [string, string];
    expect(broken({ achieved: ['u64:' + good.slice(3), other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: ['dAAoKCw=', other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: ['u8:dAAo', other] })).toEqual(['length_mismatch', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: ['u8:dA-oKCw=', other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: ['u8:dA oKCw=', other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: ['u8:dA==KCw=', other] })).toEqual(['invalid_value', ['partials', 1, 'achieved', 0]]);
    expect(broken({ achieved: [pack([116, 72, 40, 32, 44.5], 'f64'), other] })).toEqual(['not_integer', ['partials', 1, 'achieved', 0, 4]]);
    expect(broken({ achieved: [pack([116, 72, 40, 32, NaN], 'f64'), other] })).toEqual(['not_finite', ['partials', 1, 'achieved', 0, 4]]);
    expect(broken({ achieved: [pack([116, 72, 40, 32, -1], 'f64'), other] })).toEqual(['negative', ['partials', 1, 'achieved', 0, 4]]);
    // A unit whose total is below its children's: its own figure would be negative (vsip: 60 < 40 + 32).
    expect(broken({ achieved: [pack([116, 60, 40, 32, 44], 'u8'), other] })).toEqual(['negative', ['partials', 1, 'achieved', 0, 1]]);
    expect(broken({ target: [p2.target[0], ['0', '0', '0', '0', '1']] })).toEqual(['negative', ['partials', 1, 'target', 1, 0]]);
    expect(broken({ parentIndex: 'u8:AAAAAAA=' })).toEqual(['invalid_value', ['partials', 1, 'parentIndex']]);
    expect(broken({ parentIndex: 42 })).toEqual(['invalid_type', ['partials', 1, 'parentIndex']]);
    expect(broken({ weights: 'u8:AAAA' })).toEqual(['length_mismatch', ['partials', 1, 'weights']]);
    expect(broken({ names: 7 })).toEqual(['invalid_type', ['partials', 1, 'names']]);
  });

  it('merges past 2^53 exactly, however deep the links (BigInt columns linked limb by limb)', () => {
    const big = fc.bigInt({ min: 0n, max: 2n ** 80n });
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), big, big), { minLength: 1, maxLength: 12 }), fc.nat(), (rows, seed) => {
      // Each unit's parent is an earlier one; chunks in reverse order link every unit across chunks.
      const tree: OrgNode[] = rows.map(([p, a, t], i) => ({ id: `u${i}`, parent: i === 0 ? null : `u${p % i}`, indicators: { x: { achieved: String(a), target: String(t) } } }));
      const cut = 1 + (seed % tree.length);
      const merged = mergeRollups([rollupPartial({ nodes: tree.slice(cut) }), rollupPartial({ nodes: tree.slice(0, cut) })]);
      const want = rollupColumns({ nodes: tree });
      const got = rollupColumns(merged);
      const byId = (r: typeof want) => Object.fromEntries(r.ids.map((id, i) => [id, `${r.achieved[0]![i]}/${r.target[0]![i]}`]));
      expect(byId(got)).toEqual(byId(want));
    }), { numRuns: 150 });
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
