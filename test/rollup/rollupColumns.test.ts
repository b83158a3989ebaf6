import { describe, expect, it } from 'vitest';
import { rollup, rollupColumns, rollupPartial } from '../../src/index.js';
import { codeAndPath } from './_helpers.js';

const base = {
  ids: ['tinh', 'khoi', 'huyen', 'dn1', 'dn2'],
  parents: [null, 'tinh', 'tinh', 'khoi', 'khoi'],
  names: ['Tỉnh', null, null, 'DN 1', 'DN 2'],
  indicators: {
    newMembers: { achieved: new Uint32Array([0, 0, 63, 20, 20]), target: new Int32Array([0, 0, 60, 15, 5]) },
    partyOrgs: { achieved: [0, 10, 63, 0, 0] },
  },
};

describe('rollupColumns', () => {
  it('columns in, columns out, the same figures as the object API', () => {
    const c = rollupColumns(base);
    expect(c.indicators).toEqual(['newMembers', 'partyOrgs']);
    expect([...c.parentIndex]).toEqual([-1, 0, 0, 1, 1]);
    expect([...(c.achieved[0] as Float64Array)]).toEqual([103, 40, 63, 20, 20]);
    expect([...(c.target[0] as Float64Array)]).toEqual([80, 20, 60, 15, 5]);
    expect([...c.groups]).toEqual([0, 1]);
    expect(c.groupPercent[0]).toEqual(['128.75', '200']);
    expect(c.groupPercent[1]).toEqual([null, null]);
    expect([...c.percentNumber[0]!]).toEqual([128.75, 200, 105, 133.33, 400]);
    expect(Number.isNaN(c.percentNumber[1]![0])).toBe(true);
    const o = rollup(base);
    expect(o.nodes.map((n) => n.indicators.newMembers!.attainment?.percentNumber)).toEqual([...c.percentNumber[0]!]);
  });

  it('other methods and options apply to every unit', () => {
    const c = rollupColumns(base, { method: 'weakest', decimals: 0 });
    expect(c.groupPercent[0]).toEqual(['105', '133']);
    expect(c.percentNumber[0]![3]).toBe(133);
  });

  it('people by id in columns', () => {
    const c = rollupColumns({ ids: ['p', 'a', 'b'], parents: [null, 'p', 'p'], indicators: { x: { people: [null, ['u', 'v'], ['v', 'w']], target: [0, 2, 2] } } });
    expect([...(c.achieved[0] as Float64Array)]).toEqual([3, 2, 2]);
    expect(c.groupPercent[0]).toEqual(['75']);
  });

  it('figures beyond 2^53 come back as decimal strings', () => {
    const c = rollupColumns({ ids: ['p', 'a', 'b'], parents: [null, 'p', 'p'], indicators: { x: { achieved: [0, '9007199254740991', 5], target: [0, 1, 1] } } });
    expect(c.achieved[0]).toEqual(['9007199254740996', '9007199254740991', '5']);
    expect(c.target[0]).toBeInstanceOf(Float64Array);
  });

  it('takes a partial and an object tree too', () => {
    expect(rollupColumns(rollupPartial(base)).groupPercent).toEqual(rollupColumns(base).groupPercent);
    expect([...rollupColumns({ nodes: [{ id: 'a', indicators: { x: { achieved: 1, target: 4 } } }] }).percentNumber[0]!]).toEqual([25]);
  });

  it('JSON writes plain arrays (null for NaN); the wrapper is frozen, the typed arrays are fresh copies', () => {
    const input = { ...base, indicators: { newMembers: { achieved: new Float64Array([0, 0, 63, 20, 20]), target: [0, 0, 60, 15, 5] }, partyOrgs: base.indicators.partyOrgs } };
    const c = rollupColumns(input);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.achieved) && Object.isFrozen(c.percentNumber) && Object.isFrozen(c.groupPercent[0])).toBe(true);
    expect(Object.keys(c)).not.toContain('toJSON');
    const json = JSON.parse(JSON.stringify(c));
    expect(json).toEqual({
      indicators: ['newMembers', 'partyOrgs'],
      method: 'ratio',
      decimals: 2,
      rounding: 'half-up',
      ids: ['tinh', 'khoi', 'huyen', 'dn1', 'dn2'],
      parentIndex: [-1, 0, 0, 1, 1],
      achieved: [[103, 40, 63, 20, 20], [73, 10, 63, 0, 0]],
      target: [[80, 20, 60, 15, 5], [0, 0, 0, 0, 0]],
      percentNumber: [[128.75, 200, 105, 133.33, 400], [null, null, null, null, null]],
      groups: [0, 1],
      groupPercent: [['128.75', '200'], [null, null]],
    });
    // decimal-string columns stay strings
    const big = rollupColumns({ ids: ['p', 'a'], parents: [null, 'p'], indicators: { x: { achieved: [0, '9007199254740993'], target: [0, 1] } } });
    expect(JSON.parse(JSON.stringify(big)).achieved).toEqual([['9007199254740993', '9007199254740993']]);
    // the caller owns the columns: changing them changes neither the input nor a later result
    (c.achieved[0] as Float64Array)[2] = -1;
    c.parentIndex[0] = 7;
    expect(input.indicators.newMembers.achieved[2]).toBe(63);
    expect((rollupColumns(input).achieved[0] as Float64Array)[2]).toBe(63);
  });

  it('bad rows are reported with their index', () => {
    const bad = (patch: object) => codeAndPath(() => rollupColumns({ ...base, ...patch } as never));
    expect(bad({ ids: ['tinh', 'khoi', 'huyen', 'dn1', 'khoi'] })).toEqual(['duplicate_id', ['ids', 4]]);
    expect(bad({ parents: [null, 'tinh', 'tinh', 'khoi', 'kho'] })).toEqual(['unknown_parent', ['parents', 4]]);
    expect(bad({ parents: ['dn1', 'tinh', 'tinh', 'khoi', 'khoi'] })).toEqual(['cycle', ['parents', 0]]);
    expect(bad({ parents: [null, 'tinh'] })).toEqual(['length_mismatch', ['parents']]);
    expect(bad({ ids: ['tinh', 'khoi', 'huyen', 'dn1', 7] })).toEqual(['invalid_type', ['ids', 4]]);
    expect(bad({ names: [1, null, null, null, null] })).toEqual(['invalid_type', ['names', 0]]);
    const ind = (cols: object) => codeAndPath(() => rollupColumns({ ...base, indicators: { x: cols } } as never));
    expect(ind({ achieved: [0, 0, 0, -1, 0] })).toEqual(['negative', ['indicators', 'x', 'achieved', 3]]);
    expect(ind({ target: new Float64Array([0, 0, NaN, 0, 0]) })).toEqual(['not_finite', ['indicators', 'x', 'target', 2]]);
    expect(ind({ target: [0, 0, 0, 0, 1.5] })).toEqual(['not_integer', ['indicators', 'x', 'target', 4]]);
    expect(ind({ target: [0, 0, 0, 0] })).toEqual(['length_mismatch', ['indicators', 'x', 'target']]);
    expect(ind({ target: 'all' })).toEqual(['invalid_type', ['indicators', 'x', 'target']]);
    expect(ind({ people: [null, null, ['a'], null, null], achieved: [0, 0, 2, 0, 0] })).toEqual(['invalid_value', ['indicators', 'x', 'achieved', 2]]);
    expect(ind({ colour: [] })).toEqual(['unknown_key', ['indicators', 'x', 'colour']]);
    expect(codeAndPath(() => rollupColumns({ ...base, indicators: JSON.parse('{"__proto__":{}}') }))).toEqual(['unsafe_key', ['indicators', '__proto__']]);
    expect(codeAndPath(() => rollupColumns({ ...base, weights: [1, 2] }))).toEqual(['length_mismatch', ['weights']]);
    expect(codeAndPath(() => rollupColumns({ ...base, extra: 1 } as never))).toEqual(['unknown_key', ['extra']]);
  });
});
