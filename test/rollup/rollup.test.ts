import { describe, expect, it } from 'vitest';
import { attainment, rollup, type OrgNode } from '../../src/index.js';
import { codeAndPath, errorOf } from './_helpers.js';

const tree = (nodes: OrgNode[]) => ({ nodes });

describe('rollup: sums up the tree', () => {
  it('bt-party-orgs-sum: 10 + 63 = 73 party organisations in the province', () => {
    const r = rollup(tree([
      { id: 'tinh', name: 'Đảng bộ tỉnh Bình Thuận' },
      { id: 'khoi', name: 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh', parent: 'tinh', indicators: { partyOrgs: { achieved: 10 } } },
      { id: 'huyen', name: 'Các huyện, thị, thành ủy', parent: 'tinh', indicators: { partyOrgs: { achieved: 63 } } },
    ]));
    const top = r.nodes[0]!;
    expect(top.indicators.partyOrgs).toMatchObject({
      achieved: '73',
      own: { achieved: '0', target: '0' },
      contributions: [{ id: 'khoi', achieved: '10' }, { id: 'huyen', achieved: '63' }],
      // No target: the status is kept, the percentages are null (docs/conventions.md §5).
      attainment: { status: 'exceeded', percent: null, overPercent: null, surplus: '73' },
      aggregate: { method: 'ratio', percent: null, percentNumber: null, exact: null, part: null },
    });
    expect(r.roots).toEqual(['tinh']);
    expect(top.children).toEqual(['khoi', 'huyen']);
    expect(r.nodes.map((n) => n.depth)).toEqual([0, 1, 1]);
  });

  it('nt-orgs-by-type: 45 + 14 + 35 = 94 grassroots organisations, three levels deep', () => {
    const r = rollup(tree([
      { id: 'khoi', name: 'Đảng bộ Khối CQ-DN tỉnh Ninh Thuận' },
      { id: 'hanh-chinh', parent: 'khoi', indicators: { grassrootsOrgs: { achieved: 45 } } },
      { id: 'su-nghiep', parent: 'khoi', indicators: { grassrootsOrgs: { achieved: 14 } } },
      { id: 'doanh-nghiep', parent: 'khoi' },
      { id: 'dn-a', parent: 'doanh-nghiep', indicators: { grassrootsOrgs: { achieved: 20 } } },
      { id: 'dn-b', parent: 'doanh-nghiep', indicators: { grassrootsOrgs: { achieved: 15 } } },
    ]));
    expect(r.nodes.find((n) => n.id === 'khoi')!.indicators.grassrootsOrgs!.achieved).toBe('94');
    expect(r.nodes.find((n) => n.id === 'doanh-nghiep')!.indicators.grassrootsOrgs!.achieved).toBe('35');
    expect(r.nodes.find((n) => n.id === 'dn-a')!.depth).toBe(2);
  });

  it('a unit with its own figures and subordinates: own + contributions = total', () => {
    const r = rollup(tree([
      { id: 'vsip', indicators: { newMembers: { achieved: 5, target: 10 } } },
      { id: 'c1', parent: 'vsip', indicators: { newMembers: { achieved: 40, target: 40 } } },
      { id: 'c2', parent: 'vsip', indicators: { newMembers: { achieved: 27, target: 30 } } },
    ]));
    const f = r.nodes[0]!.indicators.newMembers!;
    expect(f).toMatchObject({ achieved: '72', target: '80', own: { achieved: '5', target: '10' } });
    expect(f.attainment).toMatchObject({ percent: '90', status: 'not-met', shortfall: '8' });
    expect(f.aggregate).toEqual({ method: 'ratio', percent: '90', percentNumber: 90, exact: '90', part: null });
  });

  it('a target of 0: the status attainment() gives is kept, percent null, for every method', () => {
    const nodes: OrgNode[] = [
      { id: 'top' },
      { id: 'done', parent: 'top', indicators: { x: { achieved: 3, target: 0 } } },
      { id: 'none', parent: 'top', indicators: { x: { achieved: 0, target: 0 } } },
    ];
    for (const method of ['ratio', 'weighted-mean', 'mean', 'weakest'] as const) {
      const r = rollup(tree(nodes), { method, decimals: 1, rounding: 'down' });
      const [top, done, none] = r.nodes.map((n) => n.indicators.x!);
      // The same result as the single call: one core, not a copy of its rules.
      expect(done!.attainment).toEqual(attainment({ achieved: 3, target: 0 }, { decimals: 1, rounding: 'down' }));
      expect(none!.attainment).toEqual(attainment({ achieved: 0, target: 0 }, { decimals: 1, rounding: 'down' }));
      expect([top!.attainment.status, done!.attainment.status, none!.attainment.status]).toEqual(['exceeded', 'exceeded', 'met']);
      for (const f of [top!, done!, none!]) {
        expect([f.attainment.percent, f.attainment.percentNumber, f.attainment.overPercent, f.attainment.exact.percent]).toEqual([null, null, null, null]);
        expect([f.aggregate.percent, f.aggregate.percentNumber, f.aggregate.exact]).toEqual([null, null, null]);
      }
    }
  });

  it('nodes may come in any order; the result keeps input order', () => {
    const r = rollup(tree([
      { id: 'leaf', parent: 'mid', indicators: { x: { achieved: 1, target: 1 } } },
      { id: 'mid', parent: 'top' },
      { id: 'top' },
    ]));
    expect(r.nodes.map((n) => [n.id, n.indicators.x!.achieved, n.depth])).toEqual([['leaf', '1', 2], ['mid', '1', 1], ['top', '1', 0]]);
  });

  it('several roots, units without indicators, empty tree', () => {
    const r = rollup(tree([{ id: 'a', indicators: { x: { achieved: 2 } } }, { id: 'b' }]));
    expect(r.roots).toEqual(['a', 'b']);
    expect(r.nodes[1]!.indicators.x).toMatchObject({ achieved: '0', target: '0' });
    expect(rollup(tree([])).nodes).toEqual([]);
  });

  it('results are frozen and JSON-serialisable', () => {
    const r = rollup(tree([{ id: 'a', indicators: { x: { achieved: 2, target: 3 } } }]));
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.nodes[0]!.indicators.x)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('does not mutate its input', () => {
    const input = tree([{ id: 'a', indicators: { x: { achieved: 2, target: 3, people: ['q', 'p'] } } }]);
    const copy = structuredClone(input);
    rollup(input);
    expect(input).toEqual(copy);
  });
});

describe('rollup: aggregate methods', () => {
  // 1/2 and 200/200: the combined target is 99.5% met; the mean of percentages says 75%.
  const t = tree([
    { id: 'p' },
    { id: 'a', parent: 'p', weight: 3, indicators: { m: { achieved: 1, target: 2 } } },
    { id: 'b', parent: 'p', weight: 1, indicators: { m: { achieved: 200, target: 200 } } },
    { id: 'c', parent: 'p', weight: 5, indicators: { m: { achieved: 7, target: 0 } } },
  ]);
  it('ratio (default): Σ achieved ÷ Σ target', () => {
    // (1 + 200 + 7) ÷ (2 + 200 + 0): the unit without a target still adds what it achieved.
    expect(rollup(t).nodes[0]!.indicators.m!.aggregate).toEqual({ method: 'ratio', percent: '102.97', percentNumber: 102.97, exact: '10400/101', part: null });
  });
  it('mean: the plain mean of the parts with a target', () => {
    expect(rollup(t, { method: 'mean' }).nodes[0]!.indicators.m!.aggregate).toEqual({ method: 'mean', percent: '75', percentNumber: 75, exact: '75', part: null });
  });
  it('weighted-mean: weights sum up the tree; (3·50 + 1·100) / 4 = 62.5', () => {
    const r = rollup(t, { method: 'weighted-mean' });
    expect(r.nodes[0]!.indicators.m!.aggregate.percent).toBe('62.5');
    expect(r.nodes[0]!.weight).toBe('9');
  });
  it('weakest: the lowest part and which one', () => {
    expect(rollup(t, { method: 'weakest' }).nodes[0]!.indicators.m!.aggregate).toMatchObject({ percent: '50', part: 'a' });
  });
  it('a unit with its own figures counts them as one more part', () => {
    const r = rollup(tree([
      { id: 'p', indicators: { m: { achieved: 0, target: 4 } } },
      { id: 'a', parent: 'p', indicators: { m: { achieved: 3, target: 3 } } },
    ]), { method: 'weakest' });
    expect(r.nodes[0]!.indicators.m!.aggregate).toMatchObject({ percent: '0', part: 'p' });
  });
  it('no part with a target: null; decimals and rounding apply once', () => {
    expect(rollup(tree([{ id: 'a', indicators: { m: { achieved: 3 } } }]), { method: 'mean' }).nodes[0]!.indicators.m!.aggregate.percent).toBeNull();
    const thirds = tree([{ id: 'p' }, { id: 'a', parent: 'p', indicators: { m: { achieved: 1, target: 3 } } }, { id: 'b', parent: 'p', indicators: { m: { achieved: 1, target: 3 } } }]);
    expect(rollup(thirds, { method: 'mean', decimals: 1, rounding: 'up' }).nodes[0]!.indicators.m!.aggregate).toMatchObject({ percent: '33.4', exact: '100/3' });
    expect(rollup(thirds, { decimals: 0 }).nodes[0]!.indicators.m!.attainment!.percent).toBe('33');
  });
  it('weighted mean without weights is null', () => {
    expect(rollup(tree([{ id: 'a', indicators: { m: { achieved: 1, target: 2 } } }]), { method: 'weighted-mean' }).nodes[0]!.indicators.m!.aggregate.percent).toBeNull();
  });
});

describe('rollup: distinct people', () => {
  it('a person counted by two units is counted once where they meet', () => {
    const r = rollup(tree([
      { id: 'kcn' },
      { id: 'cong-doan', parent: 'kcn', indicators: { candidates: { people: ['an', 'binh', 'chi'], target: 3 } } },
      { id: 'doan-tn', parent: 'kcn', indicators: { candidates: { achieved: 2, people: ['chi', 'dung'], target: 2 } } },
    ]));
    const f = r.nodes[0]!.indicators.candidates!;
    expect(f).toMatchObject({ achieved: '4', counted: '5', target: '5' });
    expect(f.contributions).toEqual([{ id: 'cong-doan', achieved: '3', target: '3' }, { id: 'doan-tn', achieved: '2', target: '2' }]);
    expect(f.attainment!.percent).toBe('80');
    expect(r.nodes[1]!.indicators.candidates!.own).toEqual({ achieved: '3', target: '3' });
  });
  it('repeated ids in one list count once; units with nothing counted need no list', () => {
    const r = rollup(tree([
      { id: 'a', indicators: { c: { people: ['x', 'x', 'y'] } } },
      { id: 'b', parent: 'a', indicators: { c: { target: 4 } } },
    ]));
    expect(r.nodes[0]!.indicators.c).toMatchObject({ achieved: '2', counted: '2' });
  });
});

describe('rollup: counts beyond 2^53 take BigInt', () => {
  it('sums and percentages stay exact', () => {
    const r = rollup(tree([
      { id: 'p' },
      { id: 'a', parent: 'p', indicators: { x: { achieved: '9007199254740993', target: '9007199254740993' } } },
      { id: 'b', parent: 'p', indicators: { x: { achieved: 9007199254740991, target: 1 } } },
    ]));
    expect(r.nodes[0]!.indicators.x).toMatchObject({ achieved: '18014398509481984', target: '9007199254740994' });
    expect(r.nodes[0]!.indicators.x!.attainment).toMatchObject({ percent: '200', exact: { percent: '900719925474099200/4503599627370497' } });
  });
});

describe('rollup: bad input has a code and a path', () => {
  it('tree structure', () => {
    expect(codeAndPath(() => rollup(tree([{ id: 'a' }, { id: 'a' }])))).toEqual(['duplicate_id', ['nodes', 1, 'id']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', parent: 'nowhere' }])))).toEqual(['unknown_parent', ['nodes', 0, 'parent']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'r' }, { id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }])))).toEqual(['cycle', ['nodes', 1, 'parent']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', parent: 'a' }])))).toEqual(['cycle', ['nodes', 0, 'parent']]);
    const e = errorOf(() => rollup(tree([{ id: 'a', parent: 'x' }])));
    expect(e.messages.vi).toBe('Đơn vị cấp trên "x" của đơn vị "a" không có trong cây tổ chức.');
  });
  it('figures', () => {
    const one = (fig: unknown) => codeAndPath(() => rollup({ nodes: [{ id: 'a', indicators: { x: fig } }] } as never));
    expect(one({ achieved: -1 })).toEqual(['negative', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ target: 2.5 })).toEqual(['not_integer', ['nodes', 0, 'indicators', 'x', 'target']]);
    expect(one({ achieved: NaN })).toEqual(['not_finite', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ achieved: Infinity })).toEqual(['not_finite', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ achieved: 2 ** 53 })).toEqual(['unsafe_number', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ achieved: '1e3' })).toEqual(['exponent_not_allowed', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ achieved: '' })).toEqual(['empty_string', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ achieved: null })).toEqual(['invalid_type', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ achieved: 1, extra: 2 })).toEqual(['unknown_key', ['nodes', 0, 'indicators', 'x', 'extra']]);
    expect(one(5)).toEqual(['invalid_type', ['nodes', 0, 'indicators', 'x']]);
    expect(one({ achieved: 3, people: ['a'] })).toEqual(['invalid_value', ['nodes', 0, 'indicators', 'x', 'achieved']]);
    expect(one({ people: 'a' })).toEqual(['invalid_type', ['nodes', 0, 'indicators', 'x', 'people']]);
    expect(one({ people: ['a', 7] })).toEqual(['invalid_type', ['nodes', 0, 'indicators', 'x', 'people', 1]]);
  });
  it('a unit that counted people must name them when others do', () => {
    expect(codeAndPath(() => rollup(tree([
      { id: 'a', indicators: { c: { people: ['x'] } } },
      { id: 'b', indicators: { c: { achieved: 2 } } },
    ])))).toEqual(['missing', ['nodes', 1, 'indicators', 'c', 'people']]);
  });
  it('keys that could reach a prototype are refused', () => {
    const indicators = JSON.parse('{"__proto__": {"achieved": 1}}') as Record<string, never>;
    expect(codeAndPath(() => rollup(tree([{ id: 'a', indicators }])))).toEqual(['unsafe_key', ['nodes', 0, 'indicators', '__proto__']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', indicators: { constructor: { achieved: 1 } } as never }])))).toEqual(['unsafe_key', ['nodes', 0, 'indicators', 'constructor']]);
  });
  it('units and the tree', () => {
    expect(codeAndPath(() => rollup(null as never))).toEqual(['invalid_type', []]);
    expect(codeAndPath(() => rollup({ nodes: 3 } as never))).toEqual(['invalid_type', ['nodes']]);
    expect(codeAndPath(() => rollup({ nodes: [], more: 1 } as never))).toEqual(['unknown_key', ['more']]);
    expect(codeAndPath(() => rollup(tree([7 as never])))).toEqual(['invalid_type', ['nodes', 0]]);
    expect(codeAndPath(() => rollup(tree([{ name: 'x' } as never])))).toEqual(['missing', ['nodes', 0, 'id']]);
    expect(codeAndPath(() => rollup(tree([{ id: '' }])))).toEqual(['invalid_type', ['nodes', 0, 'id']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'x'.repeat(201) }])))).toEqual(['too_long', ['nodes', 0, 'id']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', parent: 5 as never }])))).toEqual(['invalid_type', ['nodes', 0, 'parent']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', name: 5 as never }])))).toEqual(['invalid_type', ['nodes', 0, 'name']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', weight: -2 }])))).toEqual(['negative', ['nodes', 0, 'weight']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', indicators: [] as never }])))).toEqual(['invalid_type', ['nodes', 0, 'indicators']]);
    expect(codeAndPath(() => rollup(tree([{ id: 'a', colour: 'red' } as never])))).toEqual(['unknown_key', ['nodes', 0, 'colour']]);
  });
  it('every problem is listed, not just the first', () => {
    const e = errorOf(() => rollup(tree([{ id: 'a', indicators: { x: { achieved: -1, target: 0.5 } } }, { id: '' }])));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['negative', ['nodes', 0, 'indicators', 'x', 'achieved']],
      ['not_integer', ['nodes', 0, 'indicators', 'x', 'target']],
      ['invalid_type', ['nodes', 1, 'id']],
    ]);
  });
  it('options', () => {
    const ok = tree([{ id: 'a' }]);
    expect(codeAndPath(() => rollup(ok, { method: 'median' as never }))).toEqual(['invalid_value', ['options', 'method']]);
    expect(codeAndPath(() => rollup(ok, { decimals: 11 }))).toEqual(['out_of_range', ['options', 'decimals']]);
    expect(codeAndPath(() => rollup(ok, { rounding: 'bankers' as never }))).toEqual(['unknown_rounding', ['options', 'rounding']]);
    expect(codeAndPath(() => rollup(ok, { colour: 1 } as never))).toEqual(['unknown_key', ['options', 'colour']]);
  });
});
