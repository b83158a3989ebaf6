import { describe, expect, it } from 'vitest';
import { MEMBER_STAGES, memberPipeline } from '../../src/index.js';
import { codeAndPath } from './_helpers.js';

const count = (r: ReturnType<typeof memberPipeline>, id: string) => (r.stages.find((s) => s.id === id) ?? r.totals.find((t) => t.id === id))?.count;

describe('memberPipeline: counts', () => {
  it('the stages are data, in order, in both languages', () => {
    const stages = MEMBER_STAGES.filter((s) => s.kind === 'stage');
    expect(stages.map((s) => s.kind === 'stage' && s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(MEMBER_STAGES.every((s) => s.vi.length > 0 && s.en.length > 0)).toBe(true);
    expect(Object.isFrozen(MEMBER_STAGES)).toBe(true);
  });

  it('a total with all its parts is checked; a wrong one says by how much', () => {
    const bad = memberPipeline({ counts: { sentToAwarenessCourse: 110, completedAwarenessCourse: 78, awaitingCourse: 30 } });
    expect(bad.consistent).toBe(false);
    expect(bad.checks[0]).toMatchObject({ total: 110, sum: 108, difference: 2, consistent: false });
    expect(bad.checks[0]!.explanation.en).toBe('Inconsistent: 78 + 30 = 108, not the number sent to the Party awareness course (110), off by 2.');
  });

  it('derives a missing part from the total, or the total from its parts', () => {
    const a = memberPipeline({ counts: { sentToAwarenessCourse: 108, completedAwarenessCourse: 78 } });
    expect(a.stages[0]).toMatchObject({ id: 'awaitingCourse', count: 30, derived: true });
    expect(a.checks).toEqual([]);
    const b = memberPipeline({ counts: { probationary: 50, fullMember: 22 } });
    expect(b.totals[1]).toMatchObject({ id: 'admitted', count: 72, derived: true });
    // a part larger than the total is not derived into a negative count
    const over = memberPipeline({ counts: { sentToAwarenessCourse: 10, completedAwarenessCourse: 12 } });
    expect(count(over, 'awaitingCourse')).toBeNull();
    expect(over.checks[0]).toMatchObject({ total: 10, sum: 12, difference: -2, consistent: false, parts: [{ id: 'completedAwarenessCourse', count: 12 }] });
  });

  it('from candidate records: where each stands at the date', () => {
    const candidates = [
      { id: 'a', events: { sentToAwarenessCourse: '2024-01-05', completedAwarenessCourse: '2024-02-01', dossierInProgress: '2024-03-01', backgroundCheck: '2024-04-01', proposedForAdmission: '2024-06-01', admitted: '2024-07-01' } },
      { id: 'b', events: { sentToAwarenessCourse: '2024-01-05', completedAwarenessCourse: '2024-02-01', backgroundCheck: '2024-05-01' } },
      { id: 'c', events: { sentToAwarenessCourse: '2024-06-20' } },
      { id: 'd', events: { sentToAwarenessCourse: '2024-01-05', completedAwarenessCourse: '2024-02-01' }, left: '2024-03-15' },
      { id: 'e', events: { sentToAwarenessCourse: '2024-09-01' } },
    ];
    const mid = memberPipeline({ asOf: '2024-06-30', candidates });
    expect(mid.stages.map((s) => [s.id, s.count])).toEqual([
      ['awaitingCourse', 1], ['completedAwarenessCourse', 0], ['dossierInProgress', 0], ['backgroundCheck', 1], ['proposedForAdmission', 1], ['probationary', 0], ['fullMember', 0],
    ]);
    expect(mid.left).toBe(1);
    expect(mid.source).toBe('candidates');
    expect(count(memberPipeline({ asOf: '2024-07-01', candidates }), 'probationary')).toBe(1);
    expect(count(memberPipeline({ asOf: '2024-01-04', candidates }), 'sentToAwarenessCourse')).toBe(0);
  });

  it('dates are calendar dates in any time zone', () => {
    const r = memberPipeline({ asOf: '2024-02-29', candidates: [{ id: 'a', events: { sentToAwarenessCourse: '2024-02-29' } }] });
    expect(r.stages[0]!.count).toBe(1);
  });

  it('bad input has a code and a path', () => {
    expect(codeAndPath(() => memberPipeline({ counts: { backgroundCheck: -1 } }))).toEqual(['negative', ['counts', 'backgroundCheck']]);
    expect(codeAndPath(() => memberPipeline({ counts: { backgroundCheck: 1.5 } }))).toEqual(['not_integer', ['counts', 'backgroundCheck']]);
    expect(codeAndPath(() => memberPipeline({ counts: { backgroundCheck: NaN } }))).toEqual(['not_finite', ['counts', 'backgroundCheck']]);
    expect(codeAndPath(() => memberPipeline({ counts: { interview: 3 } as never }))).toEqual(['unknown_key', ['counts', 'interview']]);
    expect(codeAndPath(() => memberPipeline({ counts: { backgroundCheck: '99999999999999999999' } }))).toEqual(['unsafe_number', ['counts', 'backgroundCheck']]);
    expect(codeAndPath(() => memberPipeline({} as never))).toEqual(['missing', ['counts']]);
    expect(codeAndPath(() => memberPipeline({ counts: {}, candidates: [] } as never))).toEqual(['invalid_value', ['counts']]);
    expect(codeAndPath(() => memberPipeline({ counts: [] as never }))).toEqual(['invalid_type', ['counts']]);
    expect(codeAndPath(() => memberPipeline({ counts: {}, asOf: '2023-02-29' }))).toEqual(['invalid_date', ['asOf']]);
    expect(codeAndPath(() => memberPipeline({ candidates: [] } as never))).toEqual(['missing', ['asOf']]);
    // a date that is not a string is the wrong type, as in every other area (not an impossible date)
    expect(codeAndPath(() => memberPipeline({ counts: {}, asOf: null } as never))).toEqual(['invalid_type', ['asOf']]);
    expect(codeAndPath(() => memberPipeline({ counts: {}, asOf: 20240716 } as never))).toEqual(['invalid_type', ['asOf']]);
    expect(codeAndPath(() => memberPipeline({ candidates: [], asOf: new Date(0) } as never))).toEqual(['invalid_type', ['asOf']]);
    const rec = (c: unknown) => codeAndPath(() => memberPipeline({ asOf: '2024-06-30', candidates: [c] } as never));
    expect(rec({ id: 'a', events: { sentToAwarenessCourse: '2024-05-01', completedAwarenessCourse: '2024-04-01' } })).toEqual(['date_order', ['candidates', 0, 'events', 'completedAwarenessCourse']]);
    expect(rec({ id: 'a', events: { sentToAwarenessCourse: '2024-13-01' } })).toEqual(['invalid_date', ['candidates', 0, 'events', 'sentToAwarenessCourse']]);
    expect(rec({ id: 'a', events: { sentToAwarenessCourse: 1714521600000 } })).toEqual(['invalid_type', ['candidates', 0, 'events', 'sentToAwarenessCourse']]);
    expect(rec({ id: 'a', events: {}, left: null })).toEqual(['invalid_type', ['candidates', 0, 'left']]);
    expect(rec({ id: 'a', events: { enrolled: '2024-01-01' } })).toEqual(['unknown_key', ['candidates', 0, 'events', 'enrolled']]);
    expect(rec({ id: 'a', events: { sentToAwarenessCourse: '2024-05-01' }, left: '2024-04-01' })).toEqual(['date_order', ['candidates', 0, 'left']]);
    expect(rec({ events: {} })).toEqual(['missing', ['candidates', 0, 'id']]);
    expect(rec({ id: 'a' })).toEqual(['invalid_type', ['candidates', 0, 'events']]);
    expect(rec('a')).toEqual(['invalid_type', ['candidates', 0]]);
    expect(codeAndPath(() => memberPipeline({ asOf: '2024-06-30', candidates: [{ id: 'a', events: {} }, { id: 'a', events: {} }] }))).toEqual(['duplicate_id', ['candidates', 1, 'id']]);
  });
});
