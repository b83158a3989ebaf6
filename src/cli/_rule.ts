// chitieu rule: eligibility of every row of a CSV (one enterprise, or one person) under a built-in rule set.
import { isChiTieuError, type Bilingual, type Locale } from '../core/index.js';
import {
  evaluateRule, evaluateRuleBatch, partyAdmission, partyOrganizationFounding, tradeUnionFounding, youthUnionAdmission, youthUnionCellFounding,
  type EvaluateRuleResult, type FactDeclaration, type FactValue, type Outcome, type RuleSet,
} from '../rules/index.js';
import { NAMES, fold, findRoles, type RoleSpec } from './_columns.js';
import {
  BAD_INPUT, BAD_USAGE, cellPlace, csvWithHeader, linePlace, looksNumeric, openSheet, outputFormat, painter, readDate, readFigure,
  dateText, oneFile, say, sayBadRows, sayError, sayNoRows, today, type CliIo, type Flags,
} from './_shared.js';

/** The built-in rule sets by their CLI name; the rule set's own id is accepted too. */
const RULES: Readonly<Record<string, RuleSet>> = {
  'party-organization': partyOrganizationFounding,
  'trade-union': tradeUnionFounding,
  'youth-union-cell': youthUnionCellFounding,
  'party-admission': partyAdmission,
  'youth-union-admission': youthUnionAdmission,
};

/** More headers for a fact than its name and titles give, folded. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  officialMembers: ['dang vien chinh thuc', 'dv chinh thuc', 'chinh thuc'],
  probationaryMembers: ['dang vien du bi', 'dv du bi', 'du bi'],
  unionMembers: ['doan vien cong doan', 'doan vien cd', 'union members'],
  applicants: ['don gia nhap', 'so don gia nhap', 'nguoi lao dong co don', 'nguoi co don'],
  youthUnionMembers: ['doan vien', 'so doan vien'],
  birthDate: ['ngay sinh', 'ngay thang nam sinh', 'birth date', 'date of birth', 'dob'],
  education: ['hoc van', 'trinh do', 'trinh do hoc van', 'van hoa', 'trinh do van hoa'],
  introducers: ['nguoi gioi thieu', 'so nguoi gioi thieu', 'dang vien gioi thieu'],
};

const OUTCOME: Readonly<Record<Locale, Readonly<Record<Outcome, string>>>> = {
  vi: { eligible: 'đủ điều kiện', ineligible: 'không đủ điều kiện', undetermined: 'chưa xác định' },
  en: { eligible: 'eligible', ineligible: 'ineligible', undetermined: 'undetermined' },
};

/** Education as reports write it (THCS, THPT, đại học) to the rule's values. */
const EDUCATION: Readonly<Record<string, string>> = {
  khong: 'none', 'tieu hoc': 'primary', 'bo tuc thcs': 'lower-secondary-equivalent', thcs: 'lower-secondary',
  'trung hoc co so': 'lower-secondary', thpt: 'upper-secondary', 'trung hoc pho thong': 'upper-secondary',
  'trung cap': 'higher', 'cao dang': 'higher', 'dai hoc': 'higher', 'thac si': 'higher', 'tien si': 'higher',
};

const TRUE = new Set(['co', 'x', 'yes', 'y', 'true', '1', 'dung', 'dat', 'roi', 'da co']);
const FALSE = new Set(['khong', 'k', 'no', 'n', 'false', '0', 'chua', 'sai', 'chua co']);

/** The headers of a fact: its name ("officialMembers", "official members"), its titles, and the aliases. */
function factNames(name: string, d: FactDeclaration): string[] {
  const spaced = fold(name.replace(/([a-z])([A-Z])/g, '$1 $2'));
  const titles = [fold(d.title.vi), fold(d.title.en)];
  const names = [spaced, spaced.replace(/ /g, ''), ...titles, ...titles.map((t) => t.replace(/^(so|number of) /, '')), ...(ALIASES[name] ?? [])];
  return [...new Set(names)];
}

/** A cell as the fact's type: a figure in the input notation, a yes/no, a date, a listed value; empty is unknown. */
function readCell(cell: string | undefined, d: FactDeclaration, input: Locale, header: string): FactValue | undefined {
  const s = (cell ?? '').trim();
  if (s === '') return undefined;
  switch (d.type) {
    case 'count':
    case 'number':
      return Number(readFigure(s, input, header));
    case 'boolean': {
      const b = fold(s);
      return TRUE.has(b) ? true : FALSE.has(b) ? false : s;
    }
    case 'date':
      return readDate(s);
    case 'text': {
      const t = fold(s);
      if (d.values === undefined || d.values.includes(s)) return s;
      return EDUCATION[t] ?? (d.values.includes(t.replace(/ /g, '-')) ? t.replace(/ /g, '-') : s);
    }
  }
}

function ruleOf(f: Flags, io: CliIo, locale: Locale): RuleSet | undefined {
  const rs = f.rule === undefined ? undefined : RULES[f.rule] ?? Object.values(RULES).find((r) => r.id === f.rule);
  if (rs !== undefined) return rs;
  const list = Object.keys(RULES).join(', ');
  say(io, locale, f.rule === undefined
    ? { vi: `cần --rule <quy định>: ${list}`, en: `expected --rule <rule set>: ${list}` }
    : { vi: `không có quy định "${f.rule}"; các quy định: ${list}`, en: `unknown rule set "${f.rule}"; rule sets: ${list}` });
  return undefined;
}

export async function commandRule(args: readonly string[], f: Flags, locale: Locale, input: Locale, io: CliIo): Promise<number> {
  if (!oneFile(args, io, locale, { vi: 'chitieu rule <tệp|-> --rule party-organization, mỗi dòng một doanh nghiệp', en: 'chitieu rule <file|-> --rule party-organization, one row per enterprise' })) return BAD_USAGE;
  const rs = ruleOf(f, io, locale);
  if (rs === undefined) return BAD_USAGE;
  const format = outputFormat(f, io, locale);
  if (format === undefined) return BAD_USAGE;
  const asOf = readDate(f['as-of'] ?? today());
  // A bad date, or one before the first version, is one mistake, reported once.
  evaluateRule(rs, {}, { asOf });
  const vi = locale === 'vi';
  const given = Object.entries(rs.facts).filter(([, d]) => d.sum === undefined);
  const specs: Record<string, RoleSpec> = { name: { names: [...NAMES.name, 'doanh nghiep', 'ten doanh nghiep', 'cong ty', 'enterprise', 'ho ten', 'ho va ten'], words: { vi: 'tên', en: 'name' }, required: false, flag: 'name' } };
  for (const [name, d] of given) specs[name] = { names: factNames(name, d), words: d.title, required: false };
  const headed: Bilingual = {
    vi: ['Tên', ...given.map(([, d]) => d.title.vi)].join(','),
    en: ['Name', ...given.map(([, d]) => d.title.en)].join(','),
  };
  const find = (h: readonly string[]) => {
    const found = findRoles(h, specs, { name: f.name }, looksNumeric, headed);
    if ('vi' in found || given.some(([name]) => found.at[name] !== undefined)) return found;
    const accepted = given.map(([name, d]) => `${d.title.vi} / ${d.title.en} (${name})`).join('; ');
    return {
      vi: `không có cột nào của quy định ${rs.id}; tên cột nhận được: ${accepted}; dòng tiêu đề có: ${h.map((x) => `"${x.trim()}"`).join(', ')}`,
      en: `no column of rule set ${rs.id}; headers accepted: ${accepted}; the header row has: ${h.map((x) => `"${x.trim()}"`).join(', ')}`,
    };
  };
  const sheet = openSheet(f, io, locale, format, vi ? ['Tên', 'Kết quả', 'Lý do'] : ['Name', 'Outcome', 'Reason'], [false, false, false]);
  const cases: Record<string, FactValue | undefined>[] = [];
  let bad = 0;
  let warned = false;
  for await (const next of csvWithHeader(io, locale, args[0] as string, find, { input, sheet: f.sheet })) {
    if (next === undefined) return BAD_INPUT;
    const { columns: { at, headers }, rec } = next;
    if (!warned) {
      warned = true;
      for (const [name, d] of given) {
        if (at[name] !== undefined) continue;
        say(io, locale, { vi: `không có cột ${d.title.vi} (${name}): coi là chưa biết`, en: `no ${d.title.en} column (${name}): taken as unknown` });
      }
    }
    const name = at.name === undefined ? linePlace(rec)[locale] : (rec.cells[at.name] ?? '').trim();
    const headerOf = (fact: string) => (headers[at[fact] ?? -1] ?? fact).trim();
    let r: EvaluateRuleResult;
    const facts: Record<string, FactValue | undefined> = {};
    try {
      for (const [fact, d] of given) {
        const c = at[fact];
        if (c === undefined) continue;
        // A date column of a worksheet not formatted as dates holds Excel serial day numbers.
        const serial = d.type === 'date' && 'dates' in rec ? (rec.dates as readonly (string | undefined)[])[c] : undefined;
        facts[fact] = readCell(serial ?? rec.cells[c], d, input, headerOf(fact));
      }
      r = evaluateRule(rs, facts, { asOf });
    } catch (e) {
      if (!isChiTieuError(e)) throw e;
      const path = e.issues[0].path;
      const fact = path[0] === 'facts' ? String(path[1]) : given.find(([n]) => headerOf(n) === path[0])?.[0] ?? String(path[0]);
      sayError(io, locale, e, cellPlace(rec, at.name === undefined ? undefined : name, headerOf(fact)));
      bad++;
      continue;
    }
    cases.push(facts);
    sheet.row([name, OUTCOME[locale][r.outcome], r.explanation[locale]], { line: rec.line, name, outcome: r.outcome, reason: r.explanation, missing: r.missing, conclusions: r.conclusions },
      painter(1, r.outcome === 'undetermined' ? undefined : r.outcome === 'eligible'));
  }
  if (cases.length === 0) return sayNoRows(io, locale, bad);
  // The counts, and how often each conclusion holds, from the batch evaluation.
  const b = evaluateRuleBatch(rs, cases, { asOf });
  const version = rs.versions.find((v) => v.id === b.version.id);
  const notes = [
    vi
      ? `${rs.title.vi} (${b.version.title?.vi ?? b.version.id}), tính đến ${dateText(asOf, locale)}: ${b.counts.eligible} đủ điều kiện, ${b.counts.ineligible} không đủ, ${b.counts.undetermined} chưa xác định / ${b.total}`
      : `${rs.title.en} (${b.version.title?.en ?? b.version.id}), as of ${dateText(asOf, locale)}: ${b.counts.eligible} eligible, ${b.counts.ineligible} ineligible, ${b.counts.undetermined} undetermined / ${b.total}`,
  ];
  for (const c of version?.conclusions ?? []) {
    const k = b.conclusions[c.id] ?? 0;
    if (k > 0) notes.push(`  ${k}: ${c.text[locale]}`);
  }
  sheet.end(notes);
  return bad > 0 ? sayBadRows(io, locale, bad) : 0;
}
