import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, attainment, parseNumber } from '../../src/index.js';
import figures from '../fixtures/seed-figures.json' with { type: 'json' };

type Case = (typeof figures.cases)[number] & Record<string, unknown>;
const cases = figures.cases as Case[];
const byId = (id: string) => {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`no seed case ${id}`);
  return c as Record<string, any>;
};

describe('every attainment and excess figure of the sample reports', () => {
  const simple = cases.filter((c) => (c.kind === 'attainment' || c.kind === 'excess-relative') && typeof c.achieved === 'number') as Record<string, any>[];

  it.each(simple.map((c) => [c.id, c]))('%s: expected percent, excess and status', (_id, c) => {
    const r = attainment({ achieved: c.achieved, target: c.target }, { decimals: c.reportedDecimals ?? 2 });
    if (c.expect.percent !== undefined) expect(r.percent).toBe(c.expect.percent);
    if (c.expect.overPercent !== undefined) expect(r.overPercent).toBe(c.expect.overPercent);
    if (c.expect.status !== undefined) expect(r.status).toBe(c.expect.status);
    if (c.expect.percent2HalfUp !== undefined) expect(attainment({ achieved: c.achieved, target: c.target }).percent).toBe(c.expect.percent2HalfUp);
    if (c.expect.percent1HalfUp !== undefined) expect(attainment({ achieved: c.achieved, target: c.target }, { decimals: 1 }).percent).toBe(c.expect.percent1HalfUp);
    if (c.expect.overPercentHalfUp1 !== undefined) expect(r.overPercent).toBe(c.expect.overPercentHalfUp1);
  });

  it.each(simple.filter((c) => c.reported !== undefined).map((c) => [c.id, c]))(
    '%s: the report figure is reproduced in exactly the listed rounding modes',
    (_id, c) => {
      const reported = parseNumber(c.reported, { locale: 'vi' });
      const field = c.kind === 'excess-relative' ? 'overPercent' : 'percent';
      const modes = ROUNDING_MODES.filter(
        (mode) => attainment({ achieved: c.achieved, target: c.target }, { decimals: c.reportedDecimals, rounding: mode })[field] === reported,
      );
      expect(modes).toEqual(c.expect.consistentModes);
    },
  );

  it('16/15 is "vượt 6,6%" only when rounding down; half-up gives 6,7', () => {
    expect(attainment({ achieved: 16, target: 15 }, { decimals: 1, rounding: 'down' }).overPercent).toBe('6.6');
    expect(attainment({ achieved: 16, target: 15 }, { decimals: 1 }).overPercent).toBe('6.7');
    expect(attainment({ achieved: 16, target: 15 }).exact.overPercent).toBe('20/3');
  });

  it('14/13 is "vượt 7,7%" half-up', () => {
    expect(attainment({ achieved: 14, target: 13 }, { decimals: 1 }).overPercent).toBe('7.7');
    expect(attainment({ achieved: 14, target: 13 }).exact.overPercent).toBe('100/13');
  });

  it('hn-h1-2024-mass-orgs: 330/550 is 60%, 17.313/35.000 is 49,47% half-up and 49,46% down', () => {
    const c = byId('hn-h1-2024-mass-orgs');
    expect(attainment({ achieved: c.cases[0].achieved, target: c.cases[0].target }).percent).toBe('60');
    expect(attainment({ achieved: 17313, target: 35000 }).percent).toBe(c.cases[1].expect.percent2HalfUp);
    expect(attainment({ achieved: 17313, target: 35000 }, { rounding: 'down' }).percent).toBe(c.cases[1].expect.percent2Down);
  });

  it('bd-khoi-h1-2024: 58 against at least 400 is 14,5%, not met, 342 to go', () => {
    const c = byId('bd-khoi-h1-2024');
    const r = attainment({ achieved: c.achieved, target: c.target });
    expect([r.percent, r.status, r.shortfall]).toEqual([c.expect.percent, c.expect.status, String(c.expect.remaining)]);
    expect(r.target).toEqual({ form: 'at-least', value: '400' });
  });

  it('cumulative term figures: Bến Cát 20/20 and 20/50, Mỹ Phước 7/10 and 44/50, VSIP 72/80', () => {
    expect(attainment({ achieved: 20, target: 20 })).toMatchObject({ percent: '100', status: 'met' });
    expect(attainment({ achieved: 20, target: 50 })).toMatchObject({ percent: '40', status: 'not-met', shortfall: '30' });
    expect(attainment({ achieved: 7, target: 10 }).percent).toBe('70');
    expect(attainment({ achieved: 44, target: 50 })).toMatchObject({ percent: '88', shortfall: '6' });
    expect(attainment({ achieved: 72, target: 80 })).toMatchObject({ percent: '90', shortfall: '8' });
  });

  it('hp-kkt-annual-ranges: 4 against 5–7 is not met at 80% of the minimum; 6 is met; 120 against 50–100 exceeded', () => {
    const c = byId('hp-kkt-annual-ranges');
    const [low, inside, above] = c.cases;
    expect(attainment({ achieved: low.achieved, target: low.target })).toMatchObject({ status: 'not-met', percent: low.expect.percentOfMin, shortfall: '1' });
    expect(attainment({ achieved: inside.achieved, target: inside.target }).status).toBe('met');
    expect(attainment({ achieved: above.achieved, target: above.target })).toMatchObject({ status: 'exceeded', surplus: '20' });
  });

  it('nt-2015-2020-rates: for rate targets "vượt" is percentage points', () => {
    const c = byId('nt-2015-2020-rates');
    for (const x of c.cases) {
      const r = attainment({ achieved: x.achievedRate, target: x.expect.impliedTargetRate, kind: 'rate' }, { decimals: 1 });
      expect(r.overPoints).toBe(x.expect.excessPoints);
      expect(r.status).toBe('exceeded');
    }
    // the relative figure is different: 97.5 against 93 is 4.84% relative
    expect(attainment({ achieved: '97.5', target: '93', kind: 'rate' }).overPercent).toBe('4.84');
  });
});
