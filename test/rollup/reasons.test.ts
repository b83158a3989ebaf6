import { describe, expect, it } from 'vitest';
import { admissionOutlook, memberPipeline, scorecard, type RollupReason } from '../../src/index.js';
import { en } from '../../src/rollup/messages/en.js';
import { vi } from '../../src/rollup/messages/vi.js';

// Verdicts as data: every scorecard summary, pipeline check and admission outlook carries a reason (a
// stable code and plain facts), and its explanation is what the message tables write from it.
const render = (table: typeof vi, r: RollupReason) => (table.reasons[r.code] as (f: unknown) => string)(r.facts);

function expectWrittenFromReason(v: { reason: RollupReason; explanation: { vi: string; en: string } }): void {
  expect(v.explanation).toEqual({ vi: render(vi, v.reason), en: render(en, v.reason) });
  expect(Object.isFrozen(v.reason) && Object.isFrozen(v.reason.facts)).toBe(true);
  expect(JSON.parse(JSON.stringify(v.reason))).toEqual(v.reason);
}

const pipeline = { asOf: '2024-07-16', counts: { proposedForAdmission: 2, backgroundCheck: 14, completedAwarenessCourse: 78, awaitingCourse: 30 } };

describe('rollup reasons', () => {
  it('both languages have a sentence for every code and a name for every stage', () => {
    expect(Object.keys(en.reasons).sort()).toEqual(Object.keys(vi.reasons).sort());
    expect(Object.keys(en.stages).sort()).toEqual(Object.keys(vi.stages).sort());
  });

  it('scorecards, checks and outlooks are written from their reasons', () => {
    const codes = new Set<string>();
    const seen = (v: { reason: RollupReason; explanation: { vi: string; en: string } }) => { codes.add(v.reason.code); expectWrittenFromReason(v); };
    seen(scorecard([{ status: 'met' }, { achieved: 3, target: 2 }]));
    seen(scorecard([{ status: 'not-met' }]));
    for (const c of memberPipeline({ counts: { sentToAwarenessCourse: 108, completedAwarenessCourse: 78, awaitingCourse: 30, admitted: 5, probationary: 2, fullMember: 2 } }).checks) seen(c);
    seen(admissionOutlook({ target: 80, admitted: 80, pipeline }));
    seen(admissionOutlook({ target: 80, admitted: 72, pipeline, rates: { proposedForAdmission: 1, backgroundCheck: '1/2' } }));
    seen(admissionOutlook({ target: 80, admitted: 72, pipeline: { counts: { proposedForAdmission: 2, backgroundCheck: 14 } }, rates: { proposedForAdmission: '9/10', backgroundCheck: '2/5' } }));
    seen(admissionOutlook({ target: 200, admitted: 72, pipeline }));
    seen(admissionOutlook({ target: 80, admitted: 72, pipeline }));
    expect([...codes].sort()).toEqual(Object.keys(vi.reasons).sort());
  });

  it('facts are plain: counts as numbers, the rounded expectation as a decimal string, stages as ids', () => {
    const o = admissionOutlook({ target: 80, admitted: 72, pipeline, rates: { proposedForAdmission: 1, backgroundCheck: '1/2' } });
    expect(o.reason).toEqual({
      code: 'within-reach',
      facts: {
        target: 80, admitted: 72, stillNeeded: 8, pastCourse: 16,
        inProcedure: [{ id: 'proposedForAdmission', count: 2 }, { id: 'backgroundCheck', count: 14 }],
        expected: '9', maxPossible: 124, unknownStages: ['completedAwarenessCourse', 'awaitingCourse'],
      },
    });
    expect(scorecard([{ status: 'met' }, { status: 'not-met' }]).reason).toEqual({ code: 'not-all-met', facts: { total: 2, metOrExceeded: 1, exceeded: 0, met: 1, notMet: 1 } });
  });
});
