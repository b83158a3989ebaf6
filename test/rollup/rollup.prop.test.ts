import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRollups, rollup, rollupColumns, rollupPartial, type OrgNode } from '../../src/index.js';

/**
 * Random forests: node i's parent is an earlier node or none, then the rows are shuffled, so parents
 * come before or after their children. Figures are small counts, sometimes beyond 2^53 as strings;
 * one indicator counts people by id.
 */
const count = fc.oneof({ weight: 8, arbitrary: fc.nat(60) }, { weight: 1, arbitrary: fc.bigInt({ min: 2n ** 53n, max: 2n ** 60n }).map(String) });
const forest = fc.integer({ min: 0, max: 30 }).chain((n) =>
  fc.record({
    parents: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: n, maxLength: n }),
    figures: fc.array(fc.record({ a: count, t: count, m: fc.option(fc.nat(9)), w: fc.option(fc.nat(5)), people: fc.uniqueArray(fc.constantFrom('an', 'binh', 'chi', 'dung', 'em'), { maxLength: 3 }) }), { minLength: n, maxLength: n }),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
  }).map(({ parents, figures, order }) => {
    const nodes: OrgNode[] = order.map((i) => {
      const p = parents[i];
      const f = figures[i]!;
      const indicators: Record<string, { achieved?: number | string; target?: number | string; people?: string[] }> = { members: { achieved: f.a, target: f.t }, people: { people: f.people } };
      if (f.m !== null) indicators.orgs = { achieved: f.m, target: f.m % 4 };
      return { id: `u${i}`, parent: p === undefined || i === 0 ? null : `u${p % i}`, ...(f.w === null ? {} : { weight: f.w }), indicators };
    });
    return nodes;
  }),
);

/** Cut points splitting n rows into consecutive chunks. */
const cuts = (n: number) => fc.uniqueArray(fc.integer({ min: 0, max: n }), { maxLength: 5 }).map((xs) => [0, ...xs.sort((a, b) => a - b), n]);
const chunked = forest.chain((nodes) => cuts(nodes.length).map((c) => ({ nodes, chunks: c.slice(1).map((b, k) => nodes.slice(c[k], b)) })));

/** Obviously correct subtree totals: walk each unit's ancestors and add its own figures to every one. */
function reference(nodes: readonly OrgNode[], indicator: string): Map<string, { a: bigint; t: bigint; people: Set<string> }> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map(nodes.map((n) => [n.id, { a: 0n, t: 0n, people: new Set<string>() }]));
  for (const n of nodes) {
    const f = n.indicators?.[indicator];
    for (let cur: OrgNode | undefined = n; cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
      const o = out.get(cur.id)!;
      o.a += BigInt(f?.achieved ?? f?.people?.length ?? 0);
      o.t += BigInt(f?.target ?? 0);
      for (const p of f?.people ?? []) o.people.add(p);
    }
  }
  return out;
}

describe('rollup properties', () => {
  it('subtree totals and distinct people agree with a brute-force reference', () => {
    fc.assert(fc.property(forest, (nodes) => {
      const r = rollup({ nodes });
      for (const ind of ['members', 'orgs', 'people']) {
        const ref = reference(nodes, ind);
        for (const n of r.nodes) {
          const f = n.indicators[ind];
          const want = ref.get(n.id)!;
          if (f === undefined) { expect(want.a + want.t).toBe(0n); continue; }
          expect(f.achieved).toBe(String(ind === 'people' ? BigInt(want.people.size) : want.a));
          expect(f.target).toBe(String(want.t));
          if (ind === 'people') expect(f.counted).toBe(String(want.a));
        }
      }
    }), { numRuns: 200 });
  });

  it('merging the partials of consecutive chunks equals the one-pass partial and rollup', () => {
    fc.assert(fc.property(chunked, ({ nodes, chunks }) => {
      const merged = mergeRollups(chunks.map((c) => rollupPartial({ nodes: c })));
      expect(merged).toEqual(rollupPartial({ nodes }));
      expect(rollup(merged, { method: 'weakest' })).toEqual(rollup({ nodes }, { method: 'weakest' }));
      // and through JSON, as between processes
      expect(mergeRollups(chunks.map((c) => JSON.parse(JSON.stringify(rollupPartial({ nodes: c })))))).toEqual(merged);
    }), { numRuns: 200 });
  });

  it('merge is associative', () => {
    fc.assert(fc.property(chunked, ({ chunks }) => {
      const ps = chunks.map((c) => rollupPartial({ nodes: c }));
      const flat = mergeRollups(ps);
      // left fold, right fold and every split point agree with the flat merge
      expect(ps.reduce((acc, p) => mergeRollups([acc, p]), mergeRollups([]))).toEqual(flat);
      expect(ps.reduceRight((acc, p) => mergeRollups([p, acc]), mergeRollups([]))).toEqual(flat);
      for (let k = 0; k <= ps.length; k++) expect(mergeRollups([mergeRollups(ps.slice(0, k)), mergeRollups(ps.slice(k))])).toEqual(flat);
    }), { numRuns: 200 });
  });

  it('merging in any order gives the same totals per unit', () => {
    fc.assert(fc.property(chunked.chain((x) => fc.shuffledSubarray(x.chunks, { minLength: x.chunks.length, maxLength: x.chunks.length }).map((s) => ({ ...x, shuffled: s }))), ({ nodes, shuffled }) => {
      const a = rollupColumns({ nodes });
      const b = rollupColumns(mergeRollups(shuffled.map((c) => rollupPartial({ nodes: c }))));
      const byId = (r: typeof a) => Object.fromEntries(r.ids.map((id, i) => [id, r.indicators.map((_, j) => `${r.achieved[j]![i]}/${r.target[j]![i]}`)]));
      expect(byId(b)).toEqual(byId(a));
    }), { numRuns: 200 });
  });

  it('the column and object forms give the same percentages', () => {
    fc.assert(fc.property(forest, fc.constantFrom('ratio', 'mean', 'weighted-mean', 'weakest' as const), (nodes, method) => {
      const o = rollup({ nodes }, { method });
      const c = rollupColumns({ nodes }, { method });
      c.indicators.forEach((ind, j) => {
        o.nodes.forEach((n, v) => {
          const p = n.indicators[ind]!.aggregate.percentNumber;
          if (p === null) expect(Number.isNaN(c.percentNumber[j]![v])).toBe(true);
          else expect(c.percentNumber[j]![v]).toBe(p);
        });
        c.groups.forEach((v, k) => expect(c.groupPercent[j]![k]).toBe(o.nodes[v]!.indicators[ind]!.aggregate.percent));
      });
    }), { numRuns: 200 });
  });
});
