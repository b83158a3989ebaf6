import { describe, expect, it } from 'vitest';
import { admissionOutlook } from '../../src/index.js';
import { codeAndPath } from './_helpers.js';

const vsip = { asOf: '2024-07-16', counts: { sentToAwarenessCourse: 108, completedAwarenessCourse: 78, awaitingCourse: 30, backgroundCheck: 14, proposedForAdmission: 2 } };

describe('admissionOutlook', () => {
  it('without rates: what is needed, who is past each stage, and no verdict while 124 could still make it', () => {
    const o = admissionOutlook({ target: 80, admitted: 72, pipeline: vsip });
    expect(o).toMatchObject({ stillNeeded: 8, met: false, pastCourse: 16, maxPossible: 124, expected: '0', withinReach: null });
    expect(o.stages.map((s) => [s.id, s.atOrPast])).toEqual([
      ['proposedForAdmission', 2], ['backgroundCheck', 16], ['dossierInProgress', 16], ['completedAwarenessCourse', 94], ['awaitingCourse', 124],
    ]);
  });

  it('with rates: expected admissions rounded once from the exact fraction', () => {
    const o = admissionOutlook({ target: 80, admitted: 72, pipeline: vsip, rates: { proposedForAdmission: 1, backgroundCheck: '0.45' } });
    // 2 × 1 + 14 × 0.45 = 8.3 ≥ 8
    expect(o).toMatchObject({ expected: '8.3', expectedExact: '83/10', expectedNumber: 8.3, withinReach: true });
    expect(o.explanation.vi).toBe('Còn phải kết nạp thêm 8 để đạt chỉ tiêu 80 (đã kết nạp 72). 16 quần chúng đã qua lớp nhận thức về Đảng và đang làm thủ tục kết nạp (2 đã đề nghị cấp trên xem xét kết nạp, 14 đang thẩm tra lý lịch). Dự kiến kết nạp được 8,3: trong tầm với.');
    const short = admissionOutlook({ target: 80, admitted: 72, pipeline: { counts: { proposedForAdmission: 2, backgroundCheck: 14 } }, rates: { proposedForAdmission: '9/10', backgroundCheck: '2/5' } });
    // 2 × 9/10 + 14 × 9/10 × 2/5 = 1.8 + 5.04 = 6.84 < 8, and nobody else is in the pipeline
    expect(short).toMatchObject({ expected: '6.84', expectedExact: '171/25', withinReach: false });
    expect(short.stages[1]).toMatchObject({ rate: '2/5', chance: '9/25', expected: '5.04', expectedExact: '126/25' });
  });

  it('rates from history, given rates first; durations and the term end keep out who cannot make it', () => {
    const o = admissionOutlook({
      target: 80, admitted: 72, pipeline: vsip, termEnd: '2025-06-30',
      rates: { proposedForAdmission: 1 },
      history: [{ stage: 'backgroundCheck', entered: 12, advanced: 9 }, { stage: 'backgroundCheck', entered: 8, advanced: 6 }, { stage: 'proposedForAdmission', entered: 10, advanced: 5 }],
      durations: { proposedForAdmission: 60, backgroundCheck: 90, dossierInProgress: 60, completedAwarenessCourse: 120, awaitingCourse: 200 },
    });
    expect(o.daysLeft).toBe(349);
    expect(o.stages[0]).toMatchObject({ rate: '1', rateSource: 'given' });
    expect(o.stages[1]).toMatchObject({ rate: '3/4', rateSource: 'history', daysToAdmission: 150, inTime: true, expected: '10.5', expectedExact: '21/2' });
    expect(o.stages[4]).toMatchObject({ id: 'awaitingCourse', daysToAdmission: 530, inTime: false, expected: '0', expectedExact: '0' });
    expect(o).toMatchObject({ maxPossible: 94, expected: '12.5', expectedExact: '25/2', withinReach: true, unknownStages: ['completedAwarenessCourse'] });
  });

  it('decimals and rounding apply to expected admissions and to the reason', () => {
    const input = { target: 80, admitted: 72, pipeline: { counts: { proposedForAdmission: 2, backgroundCheck: 14 } }, rates: { proposedForAdmission: '9/10', backgroundCheck: '2/5' } };
    // 171/25 = 6.84
    const o = admissionOutlook(input, { decimals: 1, rounding: 'down' });
    expect(o).toMatchObject({ expected: '6.8', expectedExact: '171/25', expectedNumber: 6.8, withinReach: false });
    expect(o.stages[1]).toMatchObject({ expected: '5', expectedExact: '126/25' });
    expect(o.explanation.vi).toContain('Dự kiến chỉ kết nạp được 6,8: chưa đủ.');
    expect(o.explanation.en).toContain('Expected admissions only 6.8: short of it.');
    const up = admissionOutlook(input, { decimals: 0, rounding: 'up' });
    expect(up).toMatchObject({ expected: '7', expectedNumber: 7 });
    expect(up.explanation.en).toContain('Expected admissions only 7:');
    // a third stays a third until the end: 1/3 at the default 2 decimals
    expect(admissionOutlook({ target: 1, admitted: 0, pipeline: { counts: { proposedForAdmission: 1 } }, rates: { proposedForAdmission: ' 1 / 3 ' } })).toMatchObject({ expected: '0.33', expectedExact: '1/3' });
  });

  it('out of reach even if everyone made it; already met', () => {
    const o = admissionOutlook({ target: 50, admitted: 20, pipeline: { counts: { dossierInProgress: 15, completedAwarenessCourse: 10 } } });
    expect(o).toMatchObject({ stillNeeded: 30, maxPossible: 25, withinReach: false });
    expect(o.explanation.en).toContain('out of reach');
    expect(admissionOutlook({ target: 20, admitted: 20, pipeline: { counts: {} } })).toMatchObject({ stillNeeded: 0, met: true, withinReach: true });
  });

  it('a lone course total counts at the earliest stage of the group', () => {
    expect(admissionOutlook({ target: 10, admitted: 0, pipeline: { counts: { sentToAwarenessCourse: 8 } } }).stages[4]).toMatchObject({ id: 'awaitingCourse', count: 8 });
  });

  it('bad input has a code and a path', () => {
    const ok = { target: 80, admitted: 72, pipeline: vsip };
    const bad = (patch: object) => codeAndPath(() => admissionOutlook({ ...ok, ...patch } as never));
    expect(bad({ target: undefined })).toEqual(['missing', ['target']]);
    expect(bad({ admitted: -1 })).toEqual(['negative', ['admitted']]);
    expect(bad({ rates: { backgroundCheck: 1.2 } })).toEqual(['out_of_range', ['rates', 'backgroundCheck']]);
    expect(bad({ rates: { backgroundCheck: '3/0' } })).toEqual(['malformed_number', ['rates', 'backgroundCheck']]);
    expect(bad({ rates: { backgroundCheck: 'half' } })).toEqual(['malformed_number', ['rates', 'backgroundCheck']]);
    expect(bad({ rates: { admitted: 1 } })).toEqual(['unknown_key', ['rates', 'admitted']]);
    expect(bad({ durations: { backgroundCheck: -5 } })).toEqual(['negative', ['durations', 'backgroundCheck']]);
    expect(bad({ termEnd: '2024-07-01' })).toEqual(['date_order', ['termEnd']]);
    expect(bad({ termEnd: '2025-02-30' })).toEqual(['invalid_date', ['termEnd']]);
    expect(bad({ termEnd: '2025-12-31', pipeline: { counts: {} } })).toEqual(['missing', ['pipeline', 'asOf']]);
    expect(bad({ history: [{ stage: 'backgroundCheck', entered: 5, advanced: 6 }] })).toEqual(['out_of_range', ['history', 0, 'advanced']]);
    expect(bad({ history: [{ stage: 'interview', entered: 5, advanced: 1 }] })).toEqual(['invalid_value', ['history', 0, 'stage']]);
    expect(bad({ history: {} })).toEqual(['invalid_type', ['history']]);
    expect(bad({ pipeline: { counts: { backgroundCheck: 'x' } } })).toEqual(['malformed_number', ['pipeline', 'counts', 'backgroundCheck']]);
    expect(bad({ goal: 1 })).toEqual(['unknown_key', ['goal']]);
    expect(bad({ rates: { backgroundCheck: '-1/2' } })).toEqual(['out_of_range', ['rates', 'backgroundCheck']]);
    expect(bad({ rates: { backgroundCheck: null } })).toEqual(['invalid_type', ['rates', 'backgroundCheck']]);
    expect(bad({ termEnd: 20250630 })).toEqual(['invalid_type', ['termEnd']]);
    expect(bad({ termEnd: null })).toEqual(['invalid_type', ['termEnd']]);
    expect(bad({ termEnd: '2025-12-31', pipeline: { asOf: null, counts: {} } })).toEqual(['invalid_type', ['pipeline', 'asOf']]);
    expect(codeAndPath(() => admissionOutlook(ok, { decimals: 11 }))).toEqual(['out_of_range', ['options', 'decimals']]);
    expect(codeAndPath(() => admissionOutlook(ok, { rounding: 'nearest' } as never))).toEqual(['unknown_rounding', ['options', 'rounding']]);
    expect(codeAndPath(() => admissionOutlook(ok, { round: 2 } as never))).toEqual(['unknown_key', ['options', 'round']]);
    expect(codeAndPath(() => admissionOutlook(null as never))).toEqual(['invalid_type', []]);
  });
});
