import { describe, expect, it } from 'vitest';
import {
  compileRuleSet,
  evaluateRule,
  evaluateRuleBatch,
  partyAdmission,
  partyOrganizationFounding,
  safeEvaluateRule,
  tradeUnionFounding,
  youthUnionAdmission,
  youthUnionCellFounding,
  type RuleSet,
} from '../../src/index.js';
import { answer, changes, changesData, issueLine, json, markdown, type Answer } from '../helpers/golden.js';
import { sweep } from '../helpers/sweep.js';

// Rule evaluation over a corpus of cases: for each built-in rule set, each fact varied in turn over its
// edges at dates before, between and after its versions. Each whole explained result is pinned in a
// golden file, test/golden/rules/*: for each version of a rule set, the first result that has it is
// written in full (a reference), and every case as a summary line (outcome, each condition, exceptions,
// conclusions, findings) and the leaves where its result differs from its version's reference. Own rule
// data is swept field by field. A change to a golden file must be a deliberate change of behaviour. To
// write them (and the inline snapshots) again after one, run the one command in test/golden/README.md:
//   npx vitest run test/*/outputs.pinned.test.ts test/claims/extractClaims.pinned.test.ts -u

const golden = (name: string) => `../golden/rules/${name}`;
type Facts = Record<string, unknown>;
const builtIn: [string, RuleSet, Facts][] = [
  ['partyOrganizationFounding', partyOrganizationFounding, { officialMembers: 3, probationaryMembers: 0 }],
  ['partyAdmission', partyAdmission, { birthDate: '1990-05-01', education: 'upper-secondary', disadvantagedArea: false, hasAwarenessCertificate: true, awarenessCertificateDate: '2024-01-10', introducers: 2, introducedByUnionCommittee: false, backgroundCheckPassed: true, over60WrittenApproval: false }],
  ['tradeUnionFounding', tradeUnionFounding, { unionMembers: 5, applicants: 5 }],
  ['youthUnionCellFounding', youthUnionCellFounding, { youthUnionMembers: 3 }],
  ['youthUnionAdmission', youthUnionAdmission, { birthDate: '2005-03-26' }],
];
const VALUES: Record<string, unknown[]> = {
  count: [undefined, 0, 1, 2, 3, 4, 5, 8, 9, 10, 29, 30, 31, -1, 1.5, '3'],
  date: [undefined, '1965-01-31', '1960-09-01', '1964-09-02', '1989-02-28', '1990-05-01', '2000-02-29', '2007-09-15', '2007-09-02', '2009-09-01', '2010-03-26', '2011-09-02', '2015-01-01', '2024-01-10', '2024-09-01', '2025-03-01', '2025-08-31', '2025-09-02', '2023-02-29', 20240101],
  boolean: [undefined, true, false, 'yes'],
  text: [undefined, 'none', 'primary', 'lower-secondary-equivalent', 'lower-secondary', 'upper-secondary', 'higher', 'phd'],
};
const SWEPT = 'Each field of a valid input replaced by each hostile value: the error (code @path facts), or how the result differs from the answer to the valid input.';
const DATES = ['2013-01-01', '2016-07-24', '2016-07-25', '2018-01-01', '2021-07-30', '2023-12-03', '2025-01-19', '2025-01-20', '2025-06-30', '2025-07-01', '2025-09-01', '2030-12-31'];

interface Explained {
  version: { id: string } | null;
  outcome: string;
  provisional: boolean;
  missing: readonly string[];
  conditions: readonly { id: string; result: string }[];
  exceptions: readonly unknown[];
  conclusions: Record<string, unknown>;
  findings: readonly { id: string; result: string }[];
}

/** An evaluation in a line: version, outcome, each condition and exception, conclusions, findings. */
function summary(r: Explained): string {
  const conditions = r.conditions.map((c) => `${c.id}:${c.result}`).join(' ');
  const findings = r.findings.map((c) => `${c.id}:${c.result}`).join(' ');
  return `${r.version?.id ?? '-'} ${r.outcome}${r.provisional ? ' (provisional)' : ''} missing[${r.missing.join(',')}] {${conditions}} ex${r.exceptions.length} ${JSON.stringify(r.conclusions)} [${findings}]`;
}

/**
 * Cases of one rule set against references: the first result of each version is written in full under
 * `references`, and each case as its summary and the leaves where it differs from its version's
 * reference (or the issues of its error), so every field of every result is pinned.
 */
function againstReferences(cases: readonly (readonly [string, () => unknown])[]): unknown {
  const references: Record<string, { case: string; result: unknown }> = {};
  const out: Record<string, unknown> = {};
  for (const [label, f] of cases) {
    const a: Answer = answer(f);
    if ('error' in a) {
      out[label] = { error: a.error.map(issueLine) };
      continue;
    }
    const r = a.ok as Explained;
    const key = r.version?.id ?? '(no version)';
    references[key] ??= { case: label, result: r };
    out[label] = { summary: summary(r), [`differs from reference ${key}`]: changesData(changes(references[key].result, r)) };
  }
  return { references, cases: out };
}

describe('the built-in rule sets', () => {
  for (const [name, rs, typical] of builtIn) {
    it(`${name}: each fact varied in turn, at every date`, async () => {
      const cases: [string, () => unknown][] = [];
      for (const asOf of DATES) {
        cases.push([`${asOf} typical`, () => evaluateRule(rs, typical as never, { asOf })]);
        cases.push([`${asOf} none`, () => evaluateRule(rs, {}, { asOf })]);
      }
      for (const [fact, decl] of Object.entries(rs.facts)) {
        const values = VALUES[(decl as { type: string }).type] ?? [];
        for (const v of values) {
          const facts = { ...typical };
          if (v === undefined) delete facts[fact];
          else facts[fact] = v;
          for (const asOf of ['2016-07-24', '2021-08-01', '2025-09-01']) {
            cases.push([`${fact}=${JSON.stringify(v) ?? '(none)'} @${asOf}`, () => evaluateRule(rs, facts as never, { asOf })]);
          }
        }
      }
      await expect(json({ ruleSet: name, typical, ...(againstReferences(cases) as object) })).toMatchFileSnapshot(golden(`${name}.json`));
    });
  }

  it('whole explained results of a few cases', async () => {
    const cases: [string, () => unknown][] = [
      ['partyOrganizationFounding, 2 official and 1 probationary members, 2025-09-01', () => evaluateRule(partyOrganizationFounding, { officialMembers: 2, probationaryMembers: 1 }, { asOf: '2025-09-01' })],
      ['youthUnionCellFounding, 2 members, 2025-09-01', () => evaluateRule(youthUnionCellFounding, { youthUnionMembers: 2 }, { asOf: '2025-09-01' })],
      ['partyOrganizationFounding, 12 official and 3 probationary members, 2025-09-01', () => evaluateRule(partyOrganizationFounding, { officialMembers: 12, probationaryMembers: 3 }, { asOf: '2025-09-01' })],
      ['partyAdmission, born 2000-02-29, 2025-09-01', () => evaluateRule(partyAdmission, { birthDate: '2000-02-29' }, { asOf: '2025-09-01' })],
      ['youthUnionAdmission, born 2010-03-26, 2025-03-27', () => evaluateRule(youthUnionAdmission, { birthDate: '2010-03-26' }, { asOf: '2025-03-27' })],
      ['tradeUnionFounding, 4 members and 6 applicants, 2024-06-01', () => evaluateRule(tradeUnionFounding, { unionMembers: 4, applicants: 6 }, { asOf: '2024-06-01' })],
      ['safeEvaluateRule, partyOrganizationFounding, 2 official members, 2025-09-01', () => safeEvaluateRule(partyOrganizationFounding, { officialMembers: 2 }, { asOf: '2025-09-01' })],
      ['safeEvaluateRule, partyOrganizationFounding, -2 official members, 2025-09-01', () => safeEvaluateRule(partyOrganizationFounding, { officialMembers: -2 }, { asOf: '2025-09-01' })],
    ];
    await expect(json(Object.fromEntries(cases.map(([label, f]) => [label, answer(f)])))).toMatchFileSnapshot(golden('evaluateRule.cases.json'));
  });

  it('batches, as records and as columns, with and without outcomes', async () => {
    const records = [{ officialMembers: 5, probationaryMembers: 1 }, { officialMembers: 2, probationaryMembers: 0 }, {}, { officialMembers: 30 }, { officialMembers: 9, probationaryMembers: 21 }];
    const columns = { officialMembers: [5, 2, 0, 30, 9], probationaryMembers: [1, 0, 0, 0, 21] };
    const typed = { officialMembers: new Int32Array([5, 2, 0, 30, 9]), probationaryMembers: new Int32Array([1, 0, 0, 0, 21]) };
    const out: Record<string, unknown> = { records, columns };
    for (const asOf of ['2016-07-24', '2021-08-01', '2025-09-01']) {
      for (const outcomes of [false, true]) {
        out[`partyOrganizationFounding, records, ${JSON.stringify({ asOf, outcomes })}`] = answer(() => evaluateRuleBatch(partyOrganizationFounding, records, { asOf, outcomes }));
        out[`partyOrganizationFounding, columns, ${JSON.stringify({ asOf, outcomes })}`] = answer(() => evaluateRuleBatch(partyOrganizationFounding, columns, { asOf, outcomes }));
        out[`partyOrganizationFounding compiled, Int32Array columns, ${JSON.stringify({ asOf, outcomes })}`] = answer(() => evaluateRuleBatch(compileRuleSet(partyOrganizationFounding), typed, { asOf, outcomes }));
      }
    }
    out['partyAdmission, [{ birthDate: 2000-02-29, education: higher }, { birthDate: 2015-01-01 }, { birthDate: x }], 2025-09-01'] = answer(() => evaluateRuleBatch(partyAdmission, [{ birthDate: '2000-02-29', education: 'higher' }, { birthDate: '2015-01-01' }, { birthDate: 'x' }], { asOf: '2025-09-01' }));
    out['partyAdmission, columns { birthDate: [2000-02-29, 2015-01-01], education: [higher, phd] }, 2025-09-01, outcomes'] = answer(() => evaluateRuleBatch(partyAdmission, { birthDate: ['2000-02-29', '2015-01-01'], education: ['higher', 'phd'] }, { asOf: '2025-09-01', outcomes: true }));
    out['youthUnionAdmission, [{ birthDate: 1995-01-01 }, { birthDate: 2015-01-01 }, {}], 2025-01-01, outcomes'] = answer(() => evaluateRuleBatch(youthUnionAdmission, [{ birthDate: '1995-01-01' }, { birthDate: '2015-01-01' }, {}], { asOf: '2025-01-01', outcomes: true }));
    await expect(json(out)).toMatchFileSnapshot(golden('evaluateRuleBatch.json'));
  });
});

describe('own rule data', () => {
  const t = { vi: 'tiêu đề', en: 'title' };
  const ownRuleSet = {
    id: 'demo.cell',
    title: t,
    facts: {
      members: { type: 'count', title: t },
      score: { type: 'number', title: t },
      sector: { type: 'text', title: t, values: ['industry', 'services'] },
      listed: { type: 'boolean', title: t },
      founded: { type: 'date', title: t },
    },
    versions: [
      {
        id: 'v1', effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31', confidence: 'high', source: { document: 'Hướng dẫn 1/HD', article: 'Điều 2', clause: 'khoản 1' },
        when: {
          all: [
            { id: 'm', fact: 'members', op: '>=', value: 3, title: t },
            { id: 's', fact: 'score', between: [50, 100], title: t },
            { id: 'x', any: [{ fact: 'sector', in: ['industry'], title: t }, { fact: 'listed', op: '==', value: true, title: t }] },
            { id: 'n', not: { fact: 'founded', measure: 'fullYears', op: '<', value: 1, title: t } },
          ],
        },
        exceptions: [{ id: 'e', label: t, overrides: 'm', when: { fact: 'score', op: '>=', value: 90, title: t } }],
        conclusions: [{ id: 'c', text: t, when: { fact: 'members', op: '>=', value: 10, title: t }, sets: { form: 'large' } }],
      },
      { id: 'v2', effectiveFrom: '2025-01-01', confidence: 'medium', source: { document: 'Hướng dẫn 2/HD' }, supersedes: ['v1'], when: { fact: 'members', op: '>', value: 4, title: t } },
    ],
  };
  const good = { members: 4, score: 60, sector: 'industry', listed: false, founded: '2020-05-01' };

  it('cases at both versions', async () => {
    const cases: Facts[] = [good, {}, { ...good, members: 2 }, { ...good, members: 2, score: 95 }, { ...good, members: 12 }, { ...good, score: 49 }, { ...good, score: 100 }, { ...good, score: 101 }, { ...good, sector: 'services' }, { ...good, sector: 'services', listed: true }, { ...good, founded: '2023-06-01' }, { ...good, founded: '2023-06-02' }, { ...good, founded: '2024-06-01' }, { ...good, members: 5 }, { members: 5 }];
    const rows: [string, () => unknown][] = [];
    for (const asOf of ['2019-12-31', '2024-06-01', '2025-06-01']) for (const f of cases) rows.push([`${asOf} ${JSON.stringify(f)}`, () => evaluateRule(ownRuleSet as never, f as never, { asOf })]);
    await expect(json({ ruleSet: ownRuleSet, compiled: answer(() => compileRuleSet(ownRuleSet as never)), ...(againstReferences(rows) as object) })).toMatchFileSnapshot(golden('ownRuleSet.json'));
  });

  it('every field of the rule data replaced in turn', async () => {
    const values = [undefined, null, -1, 0, 1.5, '', 'x', 'members', '2023-02-29', true, [], {}];
    await expect(markdown('evaluateRule: every field of own rule data replaced in turn', SWEPT, [['The rule data, facts good, asOf 2024-06-01', sweep(((rs: unknown) => evaluateRule(rs as never, good as never, { asOf: '2024-06-01' })) as never, [ownRuleSet], ['ruleSet'], values)]])).toMatchFileSnapshot(golden('ownRuleSet.sweep.md'));
  });

  it('every field of the facts and options replaced in turn', async () => {
    await expect(markdown('evaluateRule and evaluateRuleBatch: every field of the facts and options replaced in turn', SWEPT, [
      ['evaluateRule(ownRuleSet, facts, options)', sweep(((f: unknown, o: unknown) => evaluateRule(ownRuleSet as never, f as never, o as never)) as never, [good, { asOf: '2024-06-01' }], ['facts', 'options'])],
      ['evaluateRuleBatch(ownRuleSet, records, options)', sweep(((c: unknown, o: unknown) => evaluateRuleBatch(ownRuleSet as never, c as never, o as never)) as never, [[good, { members: 1 }], { asOf: '2024-06-01', outcomes: true }], ['records', 'options'])],
    ])).toMatchFileSnapshot(golden('ownRuleSet.facts.sweep.md'));
  });

  it('each built-in rule set compiled', async () => {
    await expect(json(Object.fromEntries(builtIn.map(([name, rs]) => [name, answer(() => compileRuleSet(rs))])))).toMatchFileSnapshot(golden('compileRuleSet.json'));
  });
});
