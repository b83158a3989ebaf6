import { describe, expect, it } from 'vitest';
import { attainment, describeAttainment, type AttainmentInput } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

// Every form × status × kind, in both languages: the sentence is what a report prints, so each word
// of it is pinned here (the unit is given in both languages, and left out in English).
const SENTENCES: [string, string, string][] = [
  ["{\"achieved\":103,\"target\":80}","103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu","103/80, 128.75% of target, 28.75% over target"],
  ["{\"achieved\":80,\"target\":80}","80/80 đảng viên, đạt 100% chỉ tiêu","80/80, 100% of target"],
  ["{\"achieved\":58,\"target\":80}","58/80 đảng viên, đạt 72,5% chỉ tiêu, còn thiếu 22","58/80, 72.5% of target, 22 short"],
  ["{\"achieved\":1549,\"target\":1200}","1.549/1.200 đảng viên, đạt 129,08%, vượt 29,08% chỉ tiêu","1,549/1,200, 129.08% of target, 29.08% over target"],
  ["{\"achieved\":0,\"target\":0}","0/0 đảng viên, đạt chỉ tiêu","0/0, target met"],
  ["{\"achieved\":5,\"target\":0}","5/0 đảng viên, vượt chỉ tiêu (5)","5/0, target exceeded (by 5)"],
  ["{\"achieved\":58,\"target\":{\"atLeast\":400}}","58/400 đảng viên, đạt 14,5% chỉ tiêu, còn thiếu 342","58/400, 14.5% of target, 342 short"],
  ["{\"achieved\":400,\"target\":{\"atLeast\":400}}","400/400 đảng viên, đạt 100% chỉ tiêu","400/400, 100% of target"],
  ["{\"achieved\":450,\"target\":{\"atLeast\":400}}","450/400 đảng viên, đạt 112,5%, vượt 12,5% chỉ tiêu","450/400, 112.5% of target, 12.5% over target"],
  ["{\"achieved\":2,\"target\":{\"atMost\":4}}","2 đảng viên (chỉ tiêu không quá 4), đạt chỉ tiêu (thấp hơn mức tối đa 2)","2 (target at most 4), target met (2 under the limit)"],
  ["{\"achieved\":4,\"target\":{\"atMost\":4}}","4 đảng viên (chỉ tiêu không quá 4), đạt chỉ tiêu","4 (target at most 4), target met"],
  ["{\"achieved\":6,\"target\":{\"atMost\":4}}","6 đảng viên (chỉ tiêu không quá 4), chưa đạt chỉ tiêu (vượt mức tối đa 2, cần giảm 2)","6 (target at most 4), target not met (2 over the limit)"],
  ["{\"achieved\":4,\"target\":{\"min\":5,\"max\":7}}","4 đảng viên (chỉ tiêu 5–7), đạt 80% mức tối thiểu, còn thiếu 1","4 (target 5–7), 80% of the minimum, 1 short"],
  ["{\"achieved\":6,\"target\":{\"min\":5,\"max\":7}}","6 đảng viên (chỉ tiêu 5–7), đạt chỉ tiêu","6 (target 5–7), target met"],
  ["{\"achieved\":9,\"target\":{\"min\":5,\"max\":7}}","9 đảng viên (chỉ tiêu 5–7), vượt chỉ tiêu (2)","9 (target 5–7), target exceeded (by 2)"],
  ["{\"achieved\":0,\"target\":{\"min\":0,\"max\":2}}","0 đảng viên (chỉ tiêu 0–2), đạt chỉ tiêu","0 (target 0–2), target met"],
  ["{\"achieved\":\"97.5\",\"target\":\"93\",\"kind\":\"rate\"}","97,5% đảng viên (chỉ tiêu 93%), vượt 4,5 điểm %","97.5% (target 93%), 4.5 percentage points over target"],
  ["{\"achieved\":\"93\",\"target\":\"93\",\"kind\":\"rate\"}","93% đảng viên (chỉ tiêu 93%), đạt chỉ tiêu","93% (target 93%), target met"],
  ["{\"achieved\":\"90.25\",\"target\":\"93\",\"kind\":\"rate\"}","90,25% đảng viên (chỉ tiêu 93%), thấp hơn 2,75 điểm %","90.25% (target 93%), 2.75 percentage points short"],
  ["{\"achieved\":\"97.5\",\"target\":{\"atLeast\":\"95\"},\"kind\":\"rate\"}","97,5% đảng viên (chỉ tiêu ít nhất 95%), vượt 2,5 điểm %","97.5% (target at least 95%), 2.5 percentage points over target"],
  ["{\"achieved\":\"94\",\"target\":{\"atLeast\":\"95\"},\"kind\":\"rate\"}","94% đảng viên (chỉ tiêu ít nhất 95%), thấp hơn 1 điểm %","94% (target at least 95%), 1 percentage point short"],
  ["{\"achieved\":\"95\",\"target\":{\"atLeast\":\"95\"},\"kind\":\"rate\"}","95% đảng viên (chỉ tiêu ít nhất 95%), đạt chỉ tiêu","95% (target at least 95%), target met"],
  ["{\"achieved\":\"1.5\",\"target\":{\"atMost\":\"2\"},\"kind\":\"rate\"}","1,5% đảng viên (chỉ tiêu không quá 2%), đạt chỉ tiêu (thấp hơn mức tối đa 0,5 điểm %)","1.5% (target at most 2%), target met (0.5 percentage points under the limit)"],
  ["{\"achieved\":\"2.5\",\"target\":{\"atMost\":\"2\"},\"kind\":\"rate\"}","2,5% đảng viên (chỉ tiêu không quá 2%), chưa đạt chỉ tiêu (vượt mức tối đa 0,5 điểm %, cần giảm 0,5 điểm %)","2.5% (target at most 2%), target not met (0.5 percentage points over the limit)"],
  ["{\"achieved\":\"2\",\"target\":{\"atMost\":\"2\"},\"kind\":\"rate\"}","2% đảng viên (chỉ tiêu không quá 2%), đạt chỉ tiêu","2% (target at most 2%), target met"],
  ["{\"achieved\":\"80\",\"target\":{\"min\":\"85\",\"max\":\"90\"},\"kind\":\"rate\"}","80% đảng viên (chỉ tiêu 85%–90%), chưa đạt chỉ tiêu (còn thiếu 5 điểm %)","80% (target 85%–90%), target not met (5 percentage points short)"],
  ["{\"achieved\":\"87.5\",\"target\":{\"min\":\"85\",\"max\":\"90\"},\"kind\":\"rate\"}","87,5% đảng viên (chỉ tiêu 85%–90%), đạt chỉ tiêu","87.5% (target 85%–90%), target met"],
  ["{\"achieved\":\"92\",\"target\":{\"min\":\"85\",\"max\":\"90\"},\"kind\":\"rate\"}","92% đảng viên (chỉ tiêu 85%–90%), vượt chỉ tiêu (2 điểm %)","92% (target 85%–90%), target exceeded (by 2 percentage points)"],
];

describe('describeAttainment: every form, status and kind', () => {
  it.each(SENTENCES)('%s', (input, vi, en) => {
    const r = attainment(JSON.parse(input) as AttainmentInput);
    expect(describeAttainment(r, { unit: { vi: 'đảng viên', en: 'members' } })).toBe(vi);
    expect(describeAttainment(r, { locale: 'en' })).toBe(en);
  });

  it('a unit given as one string is used in both languages', () => {
    const r = attainment({ achieved: 3, target: 2 });
    expect(describeAttainment(r, { unit: 'tổ chức' })).toBe('3/2 tổ chức, đạt 150%, vượt 50% chỉ tiêu');
    expect(describeAttainment(r, { locale: 'en', unit: 'tổ chức' })).toBe('3/2 tổ chức, 150% of target, 50% over target');
    expect(describeAttainment(r, { locale: 'en', unit: { vi: 'tổ chức', en: 'organisations' } })).toBe('3/2 organisations, 150% of target, 50% over target');
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['a string', 'met'],
    ['no status', { achieved: '1', target: { form: 'reach', value: '1' } }],
    ['a numeric status', { status: 1, achieved: '1', target: { form: 'reach', value: '1' } }],
    ['no achieved', { status: 'met', target: { form: 'reach', value: '1' } }],
    ['a numeric achieved', { status: 'met', achieved: 1, target: { form: 'reach', value: '1' } }],
    ['no target', { status: 'met', achieved: '1' }],
    ['a null target', { status: 'met', achieved: '1', target: null }],
    ['a string target', { status: 'met', achieved: '1', target: '1' }],
  ])('rejects %s as the result, at path result (and the field, for an object)', (_, value) => {
    const e = errorOf(() => describeAttainment(value as never));
    if (value === null || typeof value !== 'object') {
      expect([e.code, e.path]).toEqual(['invalid_type', ['result']]);
      expect(e.issues[0]?.facts).toMatchObject({ expected: 'attainment-result' });
    } else {
      // every field the sentence reads is checked, so the path names the first field that is wrong
      expect(e.path[0]).toBe('result');
      expect(e.path).toHaveLength(2);
    }
  });

  it.each([
    ['a number', 5],
    ['null', null],
    ['an object without en', { vi: 'đảng viên' }],
    ['an object without vi', { en: 'members' }],
    ['an object with a numeric en', { vi: 'đảng viên', en: 3 }],
    ['an array', ['đảng viên', 'members']],
  ])('rejects %s as the unit, at path options.unit', (_, unit) => {
    const e = errorOf(() => describeAttainment(attainment({ achieved: 1, target: 1 }), { unit: unit as never }));
    expect([e.code, e.path]).toEqual(['invalid_type', ['options', 'unit']]);
    expect(e.issues[0]?.facts).toMatchObject({ expected: 'text-or-bilingual' });
  });

  it('rejects an unknown locale and unknown options', () => {
    const r = attainment({ achieved: 1, target: 1 });
    expect(errorOf(() => describeAttainment(r, { locale: 'fr' as never })).path).toEqual(['options', 'locale']);
    expect(errorOf(() => describeAttainment(r, { lang: 'en' } as never)).code).toBe('unknown_key');
  });
});
