import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  partyAdmission,
  partyOrganizationFounding,
  probationSchedule,
  tradeUnionFounding,
  youthUnionAdmission,
  youthUnionCellFounding,
  type Condition,
  type RuleSet,
  type RuleSource,
} from 'chitieu';
import { OFFICIAL_DOCUMENTS, OFFICIAL_SITES, SECONDARY_SITES, type CitationStatus } from '../../src/rules/_sources.js';

// Every source a built-in rule cites must name a numbered document and a clause, and its primary URL
// must not be a secondary site, unless docs/sources/rules.md marks that citation `unverifiable`.
// The doc's tables start each row with a citation key: `ruleSetId#nodeId` (all versions) or
// `ruleSetId/versionId#nodeId` (one version); `version` is the version-level source.

const BUILT_IN: readonly RuleSet[] = [partyOrganizationFounding, partyAdmission, tradeUnionFounding, youthUnionCellFounding, youthUnionAdmission];
const STATUSES: readonly CitationStatus[] = ['confirmed', 'projected', 'unverifiable'];

interface Cited {
  readonly ruleSet: string;
  readonly version: string;
  readonly node: string;
  readonly source: RuleSource;
}

function conditionSources(c: Condition, path: string, out: Array<{ node: string; source: RuleSource }>): void {
  const node = c.id ?? path;
  if (c.source !== undefined) out.push({ node, source: c.source });
  if ('all' in c) c.all.forEach((d, i) => conditionSources(d, `${node}.all[${i}]`, out));
  else if ('any' in c) c.any.forEach((d, i) => conditionSources(d, `${node}.any[${i}]`, out));
  else if ('not' in c) conditionSources(c.not, `${node}.not`, out);
}

/** Every source object written in a rule set: the version's, and those of conditions, exceptions and conclusions. */
function citedSources(set: RuleSet): Cited[] {
  const all: Cited[] = [];
  for (const v of set.versions) {
    const found: Array<{ node: string; source: RuleSource }> = [{ node: 'version', source: v.source }];
    conditionSources(v.when, 'when', found);
    for (const e of v.exceptions ?? []) {
      if (e.source !== undefined) found.push({ node: e.id, source: e.source });
      conditionSources(e.when, `${e.id}.when`, found);
    }
    for (const k of v.conclusions ?? []) {
      if (k.source !== undefined) found.push({ node: k.id, source: k.source });
      conditionSources(k.when, `${k.id}.when`, found);
    }
    for (const f of found) all.push({ ruleSet: set.id, version: v.id, ...f });
  }
  return all;
}

const DOC = readFileSync(fileURLToPath(new URL('../../docs/sources/rules.md', import.meta.url)), 'utf8');

/** The citation keys of docs/sources/rules.md with their status. */
function docRows(): Array<{ key: string; status: string }> {
  const rows: Array<{ key: string; status: string }> = [];
  for (const line of DOC.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|/.exec(line);
    if (m === null) continue;
    const cells = line.split('|').map((s) => s.trim());
    // cells: '', key, value, document + clause, URL, status, note, ''
    const status = (cells[5] ?? '').replace(/\*/g, '').split(/[\s(:;,]/)[0]?.toLowerCase() ?? '';
    rows.push({ key: m[1] ?? '', status });
  }
  return rows;
}

function parseKey(key: string): { ruleSet: string; version?: string; node: string } {
  const [left = '', node = ''] = key.split('#');
  const [ruleSet = '', version] = left.split('/');
  return version === undefined ? { ruleSet, node } : { ruleSet, version, node };
}

const ROWS = docRows();

function docStatuses(c: Cited): string[] {
  return ROWS.filter((r) => {
    const k = parseKey(r.key);
    return k.ruleSet === c.ruleSet && k.node === c.node && (k.version === undefined || k.version === c.version);
  }).map((r) => r.status);
}

const markedUnverifiable = (c: Cited) => docStatuses(c).includes('unverifiable');

function hostAndPath(url: string): string {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname}`;
}

function isSecondary(url: string): boolean {
  const hp = hostAndPath(url);
  return SECONDARY_SITES.some((s) => (s.includes('/') ? hp.startsWith(s) : hp.split('/')[0] === s || hp.split('/')[0]!.endsWith(`.${s}`)));
}

function isOfficial(url: string): boolean {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return OFFICIAL_SITES.some((s) => host === s || host.endsWith(`.${s}`));
}

/**
 * A document is "numbered" when its name carries its number (24-QĐ/TW, 45/2019/QH14) or, for a charter,
 * which has none, the year or the congress (khóa) that adopted it.
 */
const hasNumber = (s: RuleSource) => /\d/.test(s.document) || /\bkhóa [IVXLC]+\b/u.test(s.document);
/** A clause locator: the article (Điều, mục, Phần) and, where given, the clause. */
const hasClause = (s: RuleSource) => (s.article ?? '').trim() !== '' || (s.clause ?? '').trim() !== '';

const label = (c: Cited) => `${c.ruleSet}/${c.version}#${c.node} (${c.source.document})`;

describe('rule sources: official document and clause for every built-in citation', () => {
  const cited = BUILT_IN.flatMap(citedSources);

  it('finds the citations of every built-in rule set', () => {
    for (const set of BUILT_IN) expect(cited.some((c) => c.ruleSet === set.id), set.id).toBe(true);
  });

  it('every cited source names a numbered document', () => {
    const missing = cited.filter((c) => !hasNumber(c.source)).map(label);
    expect(missing).toEqual([]);
  });

  it('every cited source has a clause, unless docs/sources/rules.md marks it unverifiable', () => {
    const missing = cited.filter((c) => !hasClause(c.source) && !markedUnverifiable(c)).map(label);
    expect(missing).toEqual([]);
  });

  it('no primary URL is on a secondary site, unless docs/sources/rules.md marks the citation unverifiable', () => {
    const offending = cited
      .filter((c) => (c.source.urls?.length ?? 0) > 0 && isSecondary(c.source.urls![0]!) && !markedUnverifiable(c))
      .map((c) => `${label(c)}: ${c.source.urls![0]}`);
    expect(offending).toEqual([]);
  });

  it('every URL is an absolute http(s) address', () => {
    for (const c of cited) for (const u of c.source.urls ?? []) expect(/^https?:\/\//.test(u), `${label(c)}: ${u}`).toBe(true);
  });

  it('every citation of a built-in rule is described in docs/sources/rules.md', () => {
    const undocumented = cited.filter((c) => docStatuses(c).length === 0).map(label);
    expect(undocumented).toEqual([]);
  });

  it('the probation schedule cites numbered documents with clauses', () => {
    const { sources } = probationSchedule({ ceremonyDate: '2024-01-10' });
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(hasNumber(s), s.document).toBe(true);
      expect(hasClause(s), s.document).toBe(true);
    }
  });
});

describe('docs/sources/rules.md: the citation register', () => {
  it('has rows, each with a known status', () => {
    expect(ROWS.length).toBeGreaterThan(10);
    for (const r of ROWS) expect(STATUSES, r.key).toContain(r.status);
  });

  it('every row names a real rule set, version and node (no stale rows)', () => {
    const cited = BUILT_IN.flatMap(citedSources);
    for (const r of ROWS) {
      const k = parseKey(r.key);
      if (k.ruleSet === 'probationSchedule') continue;
      const set = BUILT_IN.find((s) => s.id === k.ruleSet);
      expect(set, r.key).toBeDefined();
      if (k.version !== undefined) expect(set!.versions.map((v) => v.id), r.key).toContain(k.version);
      const nodes = cited.filter((c) => c.ruleSet === k.ruleSet && (k.version === undefined || c.version === k.version)).map((c) => c.node);
      expect(nodes, r.key).toContain(k.node);
    }
  });

  it('a citation marked confirmed has its primary URL on an official site', () => {
    const cited = BUILT_IN.flatMap(citedSources);
    for (const c of cited) {
      const statuses = docStatuses(c);
      if (statuses.length === 0 || statuses.some((s) => s !== 'confirmed')) continue;
      const primary = c.source.urls?.[0];
      expect(primary !== undefined && isOfficial(primary), `${label(c)}: ${primary ?? 'no URL'}`).toBe(true);
    }
  });
});

describe('OFFICIAL_DOCUMENTS and the site lists', () => {
  it('a document marked confirmed cites an official site first; none cites a secondary site first unless unverifiable', () => {
    for (const d of OFFICIAL_DOCUMENTS) {
      expect(STATUSES, d.document).toContain(d.status);
      const first = d.urls[0];
      if (d.status === 'confirmed') expect(first !== undefined && isOfficial(first), d.document).toBe(true);
      if (first !== undefined && isSecondary(first)) expect(d.status, d.document).toBe('unverifiable');
    }
  });

  it('the two site lists do not overlap', () => {
    for (const s of SECONDARY_SITES) expect(isOfficial(`https://${s}`), s).toBe(false);
  });

  it('every document a built-in rule cites is in the catalogue', () => {
    const names = new Set(OFFICIAL_DOCUMENTS.map((d) => d.document));
    const cited = new Set(BUILT_IN.flatMap(citedSources).map((c) => c.source.document));
    const missing = [...cited].filter((d) => !names.has(d));
    expect(missing).toEqual([]);
  });
});
