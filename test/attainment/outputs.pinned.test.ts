import { describe, expect, it } from 'vitest';
import { attainment, attainmentBatch, describeAttainment, ROUNDING_MODES, safeAttainment, safeAttainmentBatch } from '../../src/index.js';
import { brief, outcome, sweep } from '../helpers/pin.js';

/** The figures of a result in a few words, then the fingerprint of the whole answer. */
const line = (f: () => unknown): string => {
  const b = brief(f);
  try {
    const r = f() as { status: string; percent: string | null; overPercent: string | null; shortfall: string };
    return `${r.status} ${r.percent} ${r.overPercent} shortfall ${r.shortfall} | ${b}`;
  } catch {
    return b;
  }
};

// Attainment over a corpus of inputs: each whole answer (figures, status, both reasons; or the error's
// code, path, facts and messages) pinned in the snapshot beside this file, and every field of valid
// inputs replaced in turn by hostile values (the answer's fingerprint, or the issues, one per line).

const targets: unknown[] = [
  80, '80', 0, { atLeast: 400 }, { atMost: 4 }, { min: 90, max: 99 }, { min: '90.5', max: '99.25' }, { exactly: 12 },
  { atLeast: 0 }, { atMost: 0 }, { min: 0, max: 0 }, { min: 5, max: 3 }, { min: 5 }, { atLeast: 1, atMost: 2 }, { rate: 1 }, -5, '1e3', null,
];
const achieved: unknown[] = [0, 1, 3, 4, 5, 58, 72, 79, 80, 81, 95, 97.5, 99, 100, 103, 400, 401, '97.5', '0.000001', 123456789012345, -1, Number.NaN];

describe('attainment', () => {
  it('every achieved against every target, count and rate', () => {
    const rows = [];
    for (const t of targets) {
      for (const a of achieved) {
        rows.push(`${JSON.stringify(a)} / ${JSON.stringify(t)}: ${line(() => attainment({ achieved: a, target: t } as never))}`);
      }
    }
    expect(rows).toMatchSnapshot();
  });

  it('kinds, decimals and every rounding mode', () => {
    const rows = [];
    for (const [a, t] of [[16, 15], [14, 13], [103, 80], [2, 3], [1, 7], [97.5, { min: 90, max: 99 }], [5, { atMost: 4 }], [3, { atMost: 4 }]] as const) {
      for (const kind of [undefined, 'count', 'rate']) {
        for (const rounding of ROUNDING_MODES) {
          for (const decimals of [0, 1, 2, 10]) {
            rows.push(`${JSON.stringify(a)}/${JSON.stringify(t)} ${kind} ${rounding} ${decimals}: ${line(() => attainment({ achieved: a, target: t, ...(kind ? { kind } : {}) } as never, { decimals, rounding }))}`);
          }
        }
      }
    }
    expect(rows).toMatchSnapshot();
  });

  it('bad input and options', () => {
    const calls: unknown[][] = [
      [null], [[]], ['80'], [{}], [{ achieved: 1 }], [{ target: 1 }], [{ achieved: 1, target: 1, extra: 1 }], [{ achieved: 1, target: 1, kind: 'percent' }],
      [{ achieved: 1.5, target: 2 }], [{ achieved: 1, target: 2.5 }], [{ achieved: 1, target: 2.5, kind: 'count' }], [{ achieved: 1, target: { atLeast: 'x' } }],
      [{ achieved: 1, target: 1 }, { decimals: 11 }], [{ achieved: 1, target: 1 }, { rounding: 'x' }], [{ achieved: 1, target: 1 }, { foo: 1 }], [{ achieved: 1, target: 1 }, null],
    ];
    expect(calls.map((args) => [JSON.stringify(args), outcome(() => (attainment as (...a: unknown[]) => unknown)(...args))])).toMatchSnapshot();
  });

  it('safeAttainment and describeAttainment', () => {
    const rows = [
      outcome(() => safeAttainment({ achieved: 58, target: { atLeast: 400 } })),
      outcome(() => safeAttainment({ achieved: -1, target: 80 })),
    ];
    for (const [a, t, o] of [[103, 80, {}], [16, 15, { locale: 'en' }], [58, { atLeast: 400 }, {}], [5, { atMost: 4 }, { locale: 'en' }], [97.5, { min: 90, max: 99 }, {}], [80, 80, { unit: 'đảng viên' }], [0, 0, {}]] as const) {
      const r = attainment({ achieved: a, target: t, kind: typeof a === 'number' && !Number.isInteger(a) ? 'rate' : 'count' } as never, { decimals: 1 });
      rows.push(outcome(() => describeAttainment(r, o as never)));
    }
    rows.push(outcome(() => describeAttainment(null as never)));
    rows.push(outcome(() => describeAttainment(attainment({ achieved: 1, target: 2 }), { locale: 'fr' } as never)));
    expect(rows).toMatchSnapshot();
  });

  it('every field of a valid input replaced in turn', () => {
    expect(sweep(attainment as never, [{ achieved: 103, target: 80 }, { decimals: 1, rounding: 'down' }])).toMatchSnapshot();
    expect(sweep(attainment as never, [{ achieved: '97.5', target: { min: '90', max: '99' }, kind: 'rate' }])).toMatchSnapshot();
    expect(sweep(attainment as never, [{ achieved: 2, target: { atMost: 4 } }])).toMatchSnapshot();
  });
});

describe('attainmentBatch', () => {
  it('columns in every form', () => {
    const inputs: unknown[][] = [
      [{ achieved: [103, 58, 80, 0, 1], target: [80, 400, 80, 0, 3] }, { decimals: 1 }],
      [{ achieved: [97.5, 88, 99.5], min: [90, 90, 90], max: [99, 99, 99], kind: 'rate' }],
      [{ achieved: [2, 5, 4], atMost: [4, 4, 4] }],
      [{ achieved: [2, 5, 4], atLeast: [4, 4, 4] }, { rounding: 'up', decimals: 0 }],
      [{ achieved: new Int32Array([16, 14]), target: new Int32Array([15, 13]) }, { decimals: 1, rounding: 'down' }],
      [{ achieved: [123456789012345, 1], target: [7, 3] }, { decimals: 10 }],
      [{ achieved: ['97.5', '1'], target: ['80', '3'], kind: 'rate' }, { decimals: 2, rounding: 'half-even' }],
      [{ achieved: [1, 2], target: [1] }],
      [{ achieved: [1, -2], target: [1, 1] }],
      [{ achieved: [1, 2], target: [1, 'x'] }],
      [{ achieved: [1.5], target: [1] }],
      [{ achieved: [], target: [] }],
      [{ achieved: [1], target: [1], min: [1] }],
      [{ achieved: [1], min: [2], max: [1], kind: 'rate' }],
      [{ achieved: 'x', target: [1] }],
      [null],
      [{ achieved: [1], target: [1] }, { decimals: -1 }],
    ];
    expect(inputs.map((args) => brief(() => (attainmentBatch as (...a: unknown[]) => unknown)(...args)))).toMatchSnapshot();
    expect(inputs.slice(0, 7).map((args) => outcome(() => (attainmentBatch as (...a: unknown[]) => unknown)(...args)))).toMatchSnapshot();
    expect(inputs.slice(0, 3).map((args) => outcome(() => (safeAttainmentBatch as (...a: unknown[]) => unknown)(...args)))).toMatchSnapshot();
  });

  it('every field of a valid input replaced in turn', () => {
    expect(sweep(attainmentBatch as never, [{ achieved: [103, 58, 80], target: [80, 400, 80] }, { decimals: 1 }])).toMatchSnapshot();
    expect(sweep(attainmentBatch as never, [{ achieved: [97.5, 88], min: [90, 90], max: [99, 99], kind: 'rate' }])).toMatchSnapshot();
  });
});
