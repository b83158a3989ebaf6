import { describe, expect, it } from 'vitest';
import { evaluateRule, type Condition, type Confidence, type FactDeclaration } from '../../src/index.js';
import { rules, t } from './_ruleSets.js';

// Targets the explanation texts and flags of src/rules/_explain.ts: measured times in words, numbers
// in each locale, exception lines, the missing facts, the summary of an ineligible case and the
// provisional flags. Whole strings are asserted, so an emptied or swapped text fails a test.

const src = { document: 'HD 9/2025' };
const asOf = '2025-06-01';


const count = (name: string): FactDeclaration => ({ type: 'count', title: t(`SL ${name}`, `Count ${name}`) });
const test = (id: string, fact: string, op: string, value: unknown, extra: Record<string, unknown> = {}) =>
  ({ id, fact, op, value, title: t(`Đk ${id}`, `Cond ${id}`), ...extra }) as Condition;

describe('measured times in words (measuredText)', () => {
  const reason = (measure: string, d: string, on = asOf) => {
    const rs = rules({ d: { type: 'date', title: t('Ngày sinh', 'Birth date') } }, { id: 'c', fact: 'd', measure, op: '>=', value: 0, title: t('Đủ tuổi', 'Old enough') } as Condition);
    const r = evaluateRule(rs, { d }, { asOf: on });
    return [r.conditions[0]?.explanation, r.conditions[0]?.measured];
  };

  it('fullYears: "tròn N năm" / "N full years"', () => {
    expect(reason('fullYears', '2020-01-15')).toEqual([
      { vi: 'Đạt: Đủ tuổi (Ngày sinh = 15/1/2020: tròn 5 năm tính đến 1/6/2025).', en: 'Met: Old enough (Birth date = 15 January 2020: 5 full years at 1 June 2025).' },
      { measure: 'fullYears', value: 5, exact: false },
    ]);
    expect(reason('fullYears', '2020-06-01')[1]).toEqual({ measure: 'fullYears', value: 5, exact: true });
  });

  it('fullMonths: "tròn N tháng" / "N full months"', () => {
    expect(reason('fullMonths', '2020-01-15')[0]).toEqual({
      vi: 'Đạt: Đủ tuổi (Ngày sinh = 15/1/2020: tròn 64 tháng tính đến 1/6/2025).',
      en: 'Met: Old enough (Birth date = 15 January 2020: 64 full months at 1 June 2025).',
    });
  });

  it('years and months: exactly, or more than', () => {
    expect(reason('years', '2020-06-01')[0]).toEqual({
      vi: 'Đạt: Đủ tuổi (Ngày sinh = 1/6/2020: đúng 5 năm tính đến 1/6/2025).',
      en: 'Met: Old enough (Birth date = 1 June 2020: exactly 5 years at 1 June 2025).',
    });
    expect(reason('years', '2020-01-15')[0]).toEqual({
      vi: 'Đạt: Đủ tuổi (Ngày sinh = 15/1/2020: hơn 5 năm tính đến 1/6/2025).',
      en: 'Met: Old enough (Birth date = 15 January 2020: more than 5 years at 1 June 2025).',
    });
    expect(reason('months', '2020-01-01')[0]).toEqual({
      vi: 'Đạt: Đủ tuổi (Ngày sinh = 1/1/2020: đúng 65 tháng tính đến 1/6/2025).',
      en: 'Met: Old enough (Birth date = 1 January 2020: exactly 65 months at 1 June 2025).',
    });
    expect(reason('months', '2020-01-15')[0]).toEqual({
      vi: 'Đạt: Đủ tuổi (Ngày sinh = 15/1/2020: hơn 64 tháng tính đến 1/6/2025).',
      en: 'Met: Old enough (Birth date = 15 January 2020: more than 64 months at 1 June 2025).',
    });
  });

  it('days: "N ngày" / "N days", localised past 999', () => {
    expect(reason('days', '2025-05-20')[0]).toEqual({
      vi: 'Đạt: Đủ tuổi (Ngày sinh = 20/5/2025: 12 ngày tính đến 1/6/2025).',
      en: 'Met: Old enough (Birth date = 20 May 2025: 12 days at 1 June 2025).',
    });
    expect(reason('days', '2020-01-01')).toEqual([
      { vi: 'Đạt: Đủ tuổi (Ngày sinh = 1/1/2020: 1.978 ngày tính đến 1/6/2025).', en: 'Met: Old enough (Birth date = 1 January 2020: 1,978 days at 1 June 2025).' },
      { measure: 'days', value: 1978, exact: true },
    ]);
  });

  it('workingDays: "N ngày làm việc" / "N working days", localised past 999', () => {
    expect(reason('workingDays', '2025-05-20')[0]).toEqual({
      vi: 'Đạt: Đủ tuổi (Ngày sinh = 20/5/2025: 8 ngày làm việc tính đến 1/6/2025).',
      en: 'Met: Old enough (Birth date = 20 May 2025: 8 working days at 1 June 2025).',
    });
    const [long, measured] = reason('workingDays', '2020-01-01') as [{ vi: string; en: string }, { value: number }];
    expect(measured.value).toBeGreaterThan(999);
    const n = String(measured.value);
    const vi = `${n.slice(0, -3)}.${n.slice(-3)}`;
    const en = `${n.slice(0, -3)},${n.slice(-3)}`;
    expect(long).toEqual({
      vi: `Đạt: Đủ tuổi (Ngày sinh = 1/1/2020: ${vi} ngày làm việc tính đến 1/6/2025).`,
      en: `Met: Old enough (Birth date = 1 January 2020: ${en} working days at 1 June 2025).`,
    });
  });
});

describe('numbers in each locale (num)', () => {
  const rs = rules({ score: { type: 'number', title: t('Điểm', 'Score') } }, { id: 'c', fact: 'score', op: '!=', value: 0, title: t('Có điểm', 'Has a score') });
  const detail = (score: number) => {
    const r = evaluateRule(rs, { score }, { asOf }).conditions[0]?.explanation;
    return [r?.vi, r?.en];
  };

  it.each<[number, string, string]>([
    [1549.5, '1.549,5', '1,549.5'],
    [1549.25, '1.549,25', '1,549.25'],
    [-1549.5, '-1.549,5', '-1,549.5'],
    [12345, '12.345', '12,345'],
    [1234567.125, '1.234.567,125', '1,234,567.125'],
    [7, '7', '7'],
    [0.5, '0,5', '0.5'],
    [1e21, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
    [1e-7, '0,0000001', '0.0000001'],
  ])('%s is written %s in Vietnamese and %s in English', (score, vi, en) => {
    expect(detail(score)).toEqual([`Đạt: Có điểm (Điểm = ${vi}).`, `Met: Has a score (Score = ${en}).`]);
  });

  it('booleans, texts and dates', () => {
    const rs2 = rules(
      { ok: { type: 'boolean', title: t('Duyệt', 'Approved') }, s: { type: 'text', title: t('Ngành', 'Sector') } },
      { all: [test('b', 'ok', '==', true), test('s', 's', '==', 'x')] } as Condition,
    );
    const r = evaluateRule(rs2, { ok: false, s: 'y' }, { asOf });
    expect(r.conditions.slice(1).map((c) => c.explanation)).toEqual([
      { vi: 'Không đạt: Đk b (Duyệt = không).', en: 'Not met: Cond b (Approved = no).' },
      { vi: 'Không đạt: Đk s (Ngành = "y").', en: 'Not met: Cond s (Sector = "y").' },
    ]);
  });
});

describe('exceptions in the explanation', () => {
  const facts = { a: count('a'), b: count('b'), p: count('p'), q: count('q'), z: count('z') };
  const rs = rules(facts, { id: 'root', all: [test('ca', 'a', '>=', 1), test('cb', 'b', '>=', 5)] } as Condition, {
    exceptions: [
      { id: 'x1', label: t('Nhãn 1', 'Label 1'), overrides: 'cb', when: test('w1', 'p', '>=', 1) },
      { id: 'x2', label: t('Nhãn 2', 'Label 2'), overrides: 'cb', when: test('w2', 'q', '>=', 1) },
      { id: 'x3', label: t('Nhãn 3', 'Label 3'), overrides: 'cb', when: test('w3', 'z', '>=', 1) },
    ],
  });

  it('lists every exception applied to a condition, in its reason', () => {
    const r = evaluateRule(rs, { a: 1, b: 1, p: 1, q: 1, z: 0 }, { asOf });
    expect(r.outcome).toBe('eligible');
    const cb = r.conditions.find((c) => c.id === 'cb');
    expect(cb?.exceptionsApplied).toEqual(['x1', 'x2']);
    expect(cb?.explanation).toEqual({
      vi: 'Đạt: Đk cb (SL b = 1). Áp dụng ngoại lệ: Nhãn 1; Nhãn 2.',
      en: 'Met: Cond cb (Count b = 1). Exception applied: Label 1; Label 2.',
    });
    expect(r.exceptions.map((x) => [x.id, x.result, x.applied, x.explanation])).toEqual([
      ['x1', 'pass', true, { vi: 'Đạt: Nhãn 1 (thay cho điều kiện "cb").', en: 'Met: Label 1 (in place of condition "cb").' }],
      ['x2', 'pass', true, { vi: 'Đạt: Nhãn 2 (thay cho điều kiện "cb").', en: 'Met: Label 2 (in place of condition "cb").' }],
      ['x3', 'fail', false, { vi: 'Không đạt: Nhãn 3.', en: 'Not met: Label 3.' }],
    ]);
  });

  it('one exception applied', () => {
    const r = evaluateRule(rs, { a: 1, b: 1, p: 0, q: 1, z: 0 }, { asOf });
    expect(r.conditions.find((c) => c.id === 'cb')?.explanation).toEqual({
      vi: 'Đạt: Đk cb (SL b = 1). Áp dụng ngoại lệ: Nhãn 2.',
      en: 'Met: Cond cb (Count b = 1). Exception applied: Label 2.',
    });
  });

  it('an exception that holds on a condition already met is not applied', () => {
    const r = evaluateRule(rs, { a: 1, b: 9, p: 1, q: 0, z: 0 }, { asOf });
    expect(r.conditions.find((c) => c.id === 'cb')).toMatchObject({
      exceptionsApplied: [],
      explanation: { vi: 'Đạt: Đk cb (SL b = 9).', en: 'Met: Cond cb (Count b = 9).' },
    });
    expect(r.exceptions[0]).toMatchObject({ result: 'pass', applied: false, explanation: { vi: 'Đạt: Nhãn 1.', en: 'Met: Label 1.' } });
  });

  it('an exception left unknown', () => {
    const r = evaluateRule(rs, { a: 1, b: 1, p: 0, q: 0 }, { asOf });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['z']);
    expect(r.exceptions[2]).toMatchObject({ result: 'unknown', applied: false, explanation: { vi: 'Chưa xác định: Nhãn 3.', en: 'Undetermined: Label 3.' } });
  });
});

describe('missing facts (missingOf)', () => {
  const facts = { a: count('a'), b: count('b'), c: count('c') };

  it('a group met through an exception needs nothing more, though a part is unknown', () => {
    const rs = rules(facts, { id: 'root', all: [test('cb', 'b', '>=', 1), test('ca', 'a', '>=', 1)] } as Condition, {
      exceptions: [{ id: 'x', label: t('Ngoại lệ', 'Exception'), overrides: 'root', when: test('w', 'a', '>=', 1) }],
    });
    const r = evaluateRule(rs, { a: 1 }, { asOf });
    expect([r.outcome, r.missing]).toEqual(['eligible', []]);
    expect(r.conditions[0]).toMatchObject({ baseResult: 'unknown', result: 'pass', exceptionsApplied: ['x'] });
  });

  it('a test met through an exception needs nothing more', () => {
    const rs = rules(facts, { id: 'root', all: [test('cb', 'b', '>=', 1), test('ca', 'a', '>=', 1)] } as Condition, {
      exceptions: [{ id: 'x', label: t('Ngoại lệ', 'Exception'), overrides: 'cb', when: test('w', 'a', '>=', 1) }],
    });
    expect(evaluateRule(rs, { a: 1 }, { asOf }).missing).toEqual([]);
  });

  it('a failed group left open by its exception needs only the exception\'s facts', () => {
    const rs = rules(facts, { id: 'root', all: [test('ca', 'a', '>=', 5), test('cb', 'b', '>=', 1)] } as Condition, {
      exceptions: [{ id: 'x', label: t('Ngoại lệ', 'Exception'), overrides: 'root', when: test('w', 'c', '>=', 1) }],
    });
    const r = evaluateRule(rs, { a: 1 }, { asOf });
    expect([r.outcome, r.missing]).toEqual(['undetermined', ['c']]);
    expect(r.explanation).toEqual({
      vi: 'Chưa xác định: Bộ thử; cần thêm SL c (c).',
      en: 'Undetermined: Test set; needs Count c (c).',
    });
  });

  it('sorts the missing facts of the outcome and of each finding', () => {
    const f2 = { zeta: count('zeta'), alpha: count('alpha'), mid: count('mid') };
    const rs = rules(f2, { all: [test('z', 'zeta', '>=', 1), test('m', 'mid', '>=', 1), test('a', 'alpha', '>=', 1)] } as Condition, {
      conclusions: [{ id: 'k', text: t('Kết luận', 'Conclusion'), when: { all: [test('kz', 'zeta', '>=', 1), test('km', 'mid', '>=', 1), test('ka', 'alpha', '>=', 1)] } }],
    });
    const r = evaluateRule(rs, {}, { asOf });
    expect(r.missing).toEqual(['alpha', 'mid', 'zeta']);
    expect(r.findings[0]?.missing).toEqual(['alpha', 'mid', 'zeta']);
    expect(r.explanation.en).toBe('Undetermined: Test set; needs Count alpha (alpha), Count mid (mid), Count zeta (zeta).');
  });
});

describe('the summary of an ineligible case (failing)', () => {
  const facts = { a: count('a'), b: count('b'), c: count('c') };

  it('names each failed part of an all, joined by "; "', () => {
    const rs = rules(facts, { all: [test('ca', 'a', '>=', 1), test('cb', 'b', '>=', 1), test('cc', 'c', '>=', 1)] } as Condition);
    expect(evaluateRule(rs, { a: 0, b: 1, c: 0 }, { asOf }).explanation).toEqual({
      vi: 'Không đủ điều kiện: Bộ thử; không đạt: Đk ca; Đk cc.',
      en: 'Not eligible: Test set; not met: Cond ca; Cond cc.',
    });
    expect(evaluateRule(rs, { a: 1, b: 1, c: 0 }, { asOf }).explanation).toEqual({
      vi: 'Không đủ điều kiện: Bộ thử; không đạt: Đk cc.',
      en: 'Not eligible: Test set; not met: Cond cc.',
    });
  });

  it('looks inside nested alls, but names an any as a whole', () => {
    const rs = rules(facts, {
      all: [
        { id: 'inner', all: [test('ca', 'a', '>=', 1), test('cb', 'b', '>=', 1)] },
        { id: 'either', title: t('Một trong hai', 'Either'), any: [test('cb2', 'b', '>=', 5), test('cc', 'c', '>=', 5)] },
      ],
    } as Condition);
    expect(evaluateRule(rs, { a: 0, b: 1, c: 0 }, { asOf }).explanation).toEqual({
      vi: 'Không đủ điều kiện: Bộ thử; không đạt: Đk ca; Một trong hai.',
      en: 'Not eligible: Test set; not met: Cond ca; Either.',
    });
  });

  it('an any at the top is named as a whole', () => {
    const rs = rules(facts, { id: 'top', title: t('Một trong ba', 'One of three'), any: [test('ca', 'a', '>=', 1), test('cb', 'b', '>=', 1), test('cc', 'c', '>=', 1)] } as Condition);
    expect(evaluateRule(rs, { a: 0, b: 0, c: 0 }, { asOf }).explanation).toEqual({
      vi: 'Không đủ điều kiện: Bộ thử; không đạt: Một trong ba.',
      en: 'Not eligible: Test set; not met: One of three.',
    });
  });

  it('an all with an exception that did not apply is named as a whole', () => {
    const rs = rules(facts, { id: 'top', title: t('Tất cả', 'Everything'), all: [test('ca', 'a', '>=', 1), test('cb', 'b', '>=', 1)] } as Condition, {
      exceptions: [{ id: 'x', label: t('Ngoại lệ', 'Exception'), overrides: 'top', when: test('w', 'c', '>=', 1) }],
    });
    expect(evaluateRule(rs, { a: 0, b: 0, c: 0 }, { asOf }).explanation.en).toBe('Not eligible: Test set; not met: Everything.');
  });
});

describe('provisional flags', () => {
  const facts = { a: count('a'), b: count('b'), p: count('p') };
  const make = (o: { version?: Confidence; exception?: Confidence; conclusion?: Confidence }) =>
    rules(facts, { id: 'root', all: [test('ca', 'a', '>=', 1), test('cb', 'b', '>=', 5)] } as Condition, {
      confidence: o.version ?? 'high',
      exceptions: [{ id: 'x', label: t('Ngoại lệ', 'Exception'), overrides: 'cb', when: test('w', 'p', '>=', 1), confidence: o.exception ?? 'high' }],
      conclusions: [{ id: 'k', text: t('Ghi chú', 'Note'), when: test('kw', 'a', '>=', 2), confidence: o.conclusion ?? 'high' }],
    });

  it('nothing low: not provisional', () => {
    const r = evaluateRule(make({}), { a: 2, b: 1, p: 1 }, { asOf });
    expect([r.outcome, r.provisional, r.exceptions[0]?.provisional, r.findings[0]?.provisional, r.notes[0]?.provisional]).toEqual(['eligible', false, false, false, false]);
  });

  it('a low-confidence version makes the verdict provisional', () => {
    const r = evaluateRule(make({ version: 'low' }), { a: 2, b: 9, p: 0 }, { asOf });
    expect([r.outcome, r.provisional, r.version.confidence]).toEqual(['eligible', true, 'low']);
    expect(r.conditions.every((c) => c.provisional)).toBe(true);
    expect(evaluateRule(make({ version: 'medium' }), { a: 2, b: 9, p: 0 }, { asOf }).provisional).toBe(false);
  });

  it('a low-confidence exception: provisional when it applies, not when it does not', () => {
    const applied = evaluateRule(make({ exception: 'low' }), { a: 1, b: 1, p: 1 }, { asOf });
    expect([applied.outcome, applied.provisional, applied.exceptions[0]?.applied, applied.exceptions[0]?.provisional]).toEqual(['eligible', true, true, true]);
    expect(applied.exceptions[0]?.confidence).toBe('low');
    const notApplied = evaluateRule(make({ exception: 'low' }), { a: 1, b: 9, p: 1 }, { asOf });
    expect([notApplied.outcome, notApplied.provisional, notApplied.exceptions[0]?.applied, notApplied.exceptions[0]?.provisional]).toEqual(['eligible', false, false, true]);
    const high = evaluateRule(make({ exception: 'high' }), { a: 1, b: 1, p: 1 }, { asOf });
    expect([high.exceptions[0]?.applied, high.provisional]).toEqual([true, false]);
  });

  it('a low-confidence conclusion: provisional when it holds, with its note and finding', () => {
    const holds = evaluateRule(make({ conclusion: 'low' }), { a: 2, b: 9, p: 0 }, { asOf });
    expect([holds.provisional, holds.findings[0]?.holds, holds.findings[0]?.provisional]).toEqual([true, true, true]);
    expect(holds.notes).toEqual([{ id: 'k', text: t('Ghi chú', 'Note'), source: src, confidence: 'low', provisional: true }]);
    const not = evaluateRule(make({ conclusion: 'low' }), { a: 1, b: 9, p: 0 }, { asOf });
    expect([not.provisional, not.findings[0]?.holds, not.findings[0]?.provisional, not.notes]).toEqual([false, false, true, []]);
  });

  it('a low-confidence condition that fails makes the verdict provisional; one that passes does not', () => {
    const rs = rules(facts, { all: [test('ca', 'a', '>=', 1, { confidence: 'low' }), test('cb', 'b', '>=', 1)] } as Condition);
    const failed = evaluateRule(rs, { a: 0, b: 1 }, { asOf });
    expect([failed.provisional, failed.conditions.map((c) => c.provisional)]).toEqual([true, [false, true, false]]);
    expect(evaluateRule(rs, { a: 1, b: 1 }, { asOf }).provisional).toBe(false);
  });
});
