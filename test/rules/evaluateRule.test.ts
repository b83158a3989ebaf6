import { describe, expect, it } from 'vitest';
import { ChiTieuError, evaluateRule, safeEvaluateRule, type RuleSet } from 'chitieu';

const t = (en: string) => ({ vi: en, en });
const src = { document: 'HD 1/2024', article: 'Điều 1' };

/** A small rule set using every kind of condition. */
const demo: RuleSet = {
  id: 'demo',
  title: t('Demo'),
  facts: {
    members: { type: 'count', title: t('Members') },
    score: { type: 'number', title: t('Score') },
    sector: { type: 'text', title: t('Sector'), values: ['industry', 'services', 'farming'] },
    listed: { type: 'boolean', title: t('Listed') },
    founded: { type: 'date', title: t('Founded') },
    joined: { type: 'date', title: t('Joined') },
  },
  versions: [
    {
      id: 'v1',
      effectiveFrom: '2024-01-01',
      effectiveTo: '2024-12-31',
      source: src,
      confidence: 'high',
      when: { id: 'm', fact: 'members', op: '>=', value: 5, title: t('At least 5 members') },
    },
    {
      id: 'v2',
      effectiveFrom: '2025-01-01',
      source: { ...src, document: 'HD 2/2025' },
      supersedes: ['v1'],
      confidence: 'medium',
      when: {
        all: [
          { id: 'm', fact: 'members', between: [3, 10], edges: '[)', title: t('3 to under 10 members') },
          { id: 's', fact: 'score', between: [50, 100], edges: '(]', title: t('Score above 50') },
          { id: 'sector', fact: 'sector', in: ['industry', 'services'], title: t('Industry or services') },
          { id: 'not-listed', not: { fact: 'listed', op: '==', value: true, title: t('Listed') } },
          { id: 'age', fact: 'founded', measure: 'fullYears', op: '>=', value: 2, title: t('Founded 2 full years ago') },
          { id: 'recent', fact: 'joined', measure: 'days', op: '<=', value: 30, title: t('Joined within 30 days') },
          { id: 'after', fact: 'founded', op: '>=', value: '2000-01-01', title: t('Founded in 2000 or later') },
        ],
      },
      exceptions: [
        {
          id: 'big-ok',
          label: t('Large units with a high score'),
          overrides: 'm',
          when: { all: [{ fact: 'members', op: '>=', value: 10, title: t('10 or more') }, { fact: 'score', op: '>', value: 90, title: t('Score over 90') }] },
        },
      ],
      conclusions: [
        { id: 'small', text: t('A small unit'), when: { fact: 'members', op: '<', value: 5, title: t('Under 5') }, sets: { size: 'small' } },
        { id: 'small-again', text: t('Also small'), when: { fact: 'members', op: '<', value: 6, title: t('Under 6') }, sets: { size: 'tiny', flag: true } },
      ],
    },
  ],
};

const good = { members: 4, score: 60, sector: 'industry', listed: false, founded: '2020-05-01', joined: '2025-05-20' };
const asOf = '2025-06-01';

describe('evaluateRule with a rule set of every condition kind', () => {
  it('evaluates every kind of condition and lists them in order', () => {
    const r = evaluateRule(demo, good, { asOf });
    expect(r.outcome).toBe('eligible');
    expect(r.formatVersion).toBe(2);
    expect(r.version).toMatchObject({ id: 'v2', supersedes: ['v1'], confidence: 'medium', effectiveTo: null });
    expect(r.conditions.map((c) => [c.id, c.parent, c.depth, c.result])).toEqual([
      ['when', null, 0, 'pass'],
      ['m', 'when', 1, 'pass'],
      ['s', 'when', 1, 'pass'],
      ['sector', 'when', 1, 'pass'],
      ['not-listed', 'when', 1, 'pass'],
      ['when.all[3].not', 'not-listed', 2, 'fail'],
      ['age', 'when', 1, 'pass'],
      ['recent', 'when', 1, 'pass'],
      ['after', 'when', 1, 'pass'],
    ]);
    expect(r.conditions.find((c) => c.id === 'age')?.measured).toEqual({ measure: 'fullYears', value: 5, exact: false });
    expect(r.conditions.find((c) => c.id === 'recent')?.explanation.en).toBe('Met: Joined within 30 days (Joined = 20 May 2025: 12 days at 1 June 2025).');
    expect(r.conditions.find((c) => c.id === 's')?.test).toEqual({ between: [50, 100], edges: '(]' });
    expect(r.conditions[5]?.path).toBe('versions[1].when.all[3].not');
    expect(r.conditions[1]?.source).toEqual({ document: 'HD 2/2025', article: 'Điều 1' });
  });

  it('between edges: [) includes the lower edge only, (] the upper only', () => {
    const out = (facts: object) => evaluateRule(demo, { ...good, ...facts }, { asOf }).conditions;
    expect(out({ members: 3 }).find((c) => c.id === 'm')?.result).toBe('pass');
    expect(out({ members: 10, score: 60 }).find((c) => c.id === 'm')?.result).toBe('fail');
    expect(out({ score: 50 }).find((c) => c.id === 's')?.result).toBe('fail');
    expect(out({ score: 50.5 }).find((c) => c.id === 's')?.result).toBe('pass');
    expect(out({ score: 100 }).find((c) => c.id === 's')?.result).toBe('pass');
  });

  it('a labelled exception overrides the failing condition it names', () => {
    const r = evaluateRule(demo, { ...good, members: 12, score: 95 }, { asOf });
    expect(r.outcome).toBe('eligible');
    expect(r.conditions.find((c) => c.id === 'm')).toMatchObject({ result: 'pass', baseResult: 'fail', exceptionsApplied: ['big-ok'] });
    expect(r.exceptions[0]).toMatchObject({ id: 'big-ok', result: 'pass', applied: true });
    expect(r.exceptions[0]?.conditions.map((c) => c.result)).toEqual(['pass', 'pass', 'pass']);
  });

  it('the first conclusion that sets a field wins; every conclusion that holds adds its note', () => {
    const r = evaluateRule(demo, good, { asOf });
    expect(r.conclusions).toEqual({ size: 'small', flag: true });
    expect(r.notes.map((n) => n.id)).toEqual(['small', 'small-again']);
  });

  it('not of an unknown is unknown; all with a failure fails even when other parts are unknown', () => {
    const u = evaluateRule(demo, { ...good, listed: null }, { asOf });
    expect(u.outcome).toBe('undetermined');
    expect(u.missing).toEqual(['listed']);
    const f = evaluateRule(demo, { ...good, listed: null, sector: 'farming' }, { asOf });
    expect(f.outcome).toBe('ineligible');
    expect(f.missing).toEqual([]);
    expect(f.explanation.en).toBe('Not eligible: Demo; not met: Industry or services.');
  });

  it('picks the version in force on asOf', () => {
    expect(evaluateRule(demo, { members: 5 }, { asOf: '2024-12-31' })).toMatchObject({ outcome: 'eligible', version: { id: 'v1' } });
    expect(evaluateRule(demo, { members: 5 }, { asOf: '2025-01-01' }).version.id).toBe('v2');
    expect(() => evaluateRule(demo, { members: 5 }, { asOf: '2023-12-31' })).toThrowError(expect.objectContaining({ code: 'no_version_in_force' }));
  });

  it('returns deep-frozen, JSON-serialisable results and never changes its inputs', () => {
    const facts = { ...good };
    const r = evaluateRule(demo, facts, { asOf });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.conditions[0]?.facts)).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(facts).toEqual(good);
    expect(Object.isFrozen(facts)).toBe(false);
  });

  it('gives the messages in both languages', () => {
    const r = evaluateRule(demo, good, { asOf });
    expect(r.conditions[0]?.explanation).toEqual({ vi: 'Đạt: Đồng thời các điều kiện sau (7 đạt, 0 không đạt, 0 chưa xác định).', en: 'Met: All of the following (7 met, 0 not met, 0 undetermined).' });
  });
});

describe('evaluateRule: bad facts and options', () => {
  const cases: [string, unknown, unknown, string, (string | number)[]][] = [
    ['facts not an object', 5, { asOf }, 'invalid_type', ['facts']],
    ['facts an array', [], { asOf }, 'invalid_type', ['facts']],
    ['an unknown fact', { ...good, memebrs: 3 }, { asOf }, 'unknown_key', ['facts', 'memebrs']],
    ['a prototype key', JSON.parse('{"__proto__": 1}'), { asOf }, 'unsafe_key', ['facts', '__proto__']],
    ['NaN', { members: Number.NaN }, { asOf }, 'not_finite', ['facts', 'members']],
    ['Infinity', { score: Number.POSITIVE_INFINITY }, { asOf }, 'not_finite', ['facts', 'score']],
    ['a negative count', { members: -1 }, { asOf }, 'negative', ['facts', 'members']],
    ['a fractional count', { members: 2.5 }, { asOf }, 'not_integer', ['facts', 'members']],
    ['an unsafe count', { members: 2 ** 60 }, { asOf }, 'unsafe_number', ['facts', 'members']],
    ['a count as text that is no number', { members: '5 người' }, { asOf }, 'malformed_number', ['facts', 'members']],
    ['an impossible date', { founded: '2023-02-29' }, { asOf }, 'invalid_date', ['facts', 'founded']],
    ['a date in another form', { founded: '01/05/2020' }, { asOf }, 'invalid_date', ['facts', 'founded']],
    ['a date as a number', { founded: 20200501 }, { asOf }, 'invalid_type', ['facts', 'founded']],
    ['a text outside its values', { sector: 'mining' }, { asOf }, 'invalid_value', ['facts', 'sector']],
    ['a boolean as text', { listed: 'no' }, { asOf }, 'invalid_type', ['facts', 'listed']],
    ['no options', good, undefined, 'missing', ['options']],
    ['no asOf', good, {}, 'missing', ['options', 'asOf']],
    ['an impossible asOf', good, { asOf: '2025-13-01' }, 'invalid_date', ['options', 'asOf']],
    ['an asOf Date object', good, { asOf: new Date() }, 'invalid_type', ['options', 'asOf']],
    ['an unknown option', good, { asOf, today: true }, 'unknown_key', ['options', 'today']],
  ];
  it.each(cases)('%s', (_name, facts, options, code, path) => {
    const r = safeEvaluateRule(demo, facts, options);
    expect(r.success).toBe(false);
    expect(r.error).toBeInstanceOf(ChiTieuError);
    expect(r.error?.code).toBe(code);
    expect(r.error?.path).toEqual(path);
    expect(r.error?.messages.vi.length).toBeGreaterThan(0);
  });

  it('pins the no-version message', () => {
    const r = safeEvaluateRule(demo, {}, { asOf: '2023-01-01' });
    expect(r.error?.messages).toMatchInlineSnapshot(`
      {
        "en": "options.asOf: no version of the rule set "demo" is in force on 2023-01-01; its versions cover 2024-01-01–2024-12-31, 2025-01-01–….",
        "vi": "Không có phiên bản nào của bộ quy định "demo" có hiệu lực vào ngày 1/1/2023; các phiên bản có hiệu lực 1/1/2024–31/12/2024, 1/1/2025–….",
      }
    `);
  });

  it('a working-day measure outside the holiday calendar is unsupported_year', () => {
    const wd: RuleSet = {
      ...demo,
      versions: [{ id: 'w', effectiveFrom: '2000-01-01', source: src, confidence: 'high', when: { fact: 'joined', measure: 'workingDays', op: '<=', value: 30, title: t('Within 30 working days') } }],
    };
    expect(evaluateRule(wd, { joined: '2025-01-20' }, { asOf: '2025-02-28' }).conditions[0]?.measured).toEqual({ measure: 'workingDays', value: 24, exact: true });
    expect(() => evaluateRule(wd, { joined: '2019-12-20' }, { asOf: '2020-01-10' })).toThrowError(expect.objectContaining({ code: 'unsupported_year', path: ['facts', 'joined'] }));
    expect(() => evaluateRule(wd, { joined: '2030-12-20' }, { asOf: '2031-01-10' })).toThrowError(expect.objectContaining({ code: 'unsupported_year' }));
  });
});
