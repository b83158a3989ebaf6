// chitieu term: progress over a term (lũy kế), for one figure or one CSV row per unit.
import type { TargetInput } from '../attainment/index.js';
import { isChiTieuError, type Bilingual, type Locale } from '../core/index.js';
import { localize } from '../core/_format.js';
import { describeTermProgress, parsePeriod, termProgress, type Pace, type PeriodInput, type TermProgressResult } from '../period/index.js';
import { statusWord } from '../svg/_status.js';
import { NAMES, findRoles, type RoleSpec } from './_columns.js';
import {
  BAD_INPUT, BAD_USAGE, cellPlace, csvWithHeader, isCells, linePlace, looksNumeric, openSheet, outputFormat, painter, readDate, readFigure,
  roundOptions, say, sayBadRows, sayError, sayNoRows, today, dateText, type CliIo, type Flags, type OutputFormat, type Sheet,
} from './_shared.js';
import { DecimalSum } from './_sum.js';
import { readTargetIn, targetText } from './_target.js';

const PACE: Readonly<Record<Locale, Readonly<Record<Pace, string>>>> = {
  vi: { ahead: 'vượt tiến độ', 'on-track': 'đúng tiến độ', behind: 'chậm tiến độ' },
  en: { ahead: 'ahead of pace', 'on-track': 'on pace', behind: 'behind pace' },
};

/** The columns of a term CSV: the cumulative figure (lũy kế), the term target, and the unit. */
const TERM_ROLES = {
  achieved: { names: ['luy ke', 'cumulative', ...NAMES.achieved], words: { vi: 'lũy kế', en: 'cumulative' }, required: true, flag: 'achieved' },
  target: { names: ['chi tieu nhiem ky', 'term target', ...NAMES.target], words: { vi: 'chỉ tiêu', en: 'target' }, required: true, flag: 'target' },
  name: { names: NAMES.name, words: { vi: 'đơn vị', en: 'name' }, required: false, flag: 'name' },
} as const satisfies Record<string, RoleSpec>;

/** The term from --period (with --start/--end as its congress dates) or from --start and --end. */
function termOf(f: Flags, asOf: string, io: CliIo, locale: Locale): PeriodInput | undefined {
  const start = f.start === undefined ? undefined : readDate(f.start);
  const end = f.end === undefined ? undefined : readDate(f.end);
  if (f.period !== undefined) {
    return parsePeriod(f.period, { asOf, ...(start === undefined ? {} : { termStart: start }), ...(end === undefined ? {} : { termEnd: end }) });
  }
  if (start !== undefined && end !== undefined) return { kind: 'term', start, end };
  say(io, locale, {
    vi: 'cần nhiệm kỳ: --period "nhiệm kỳ 2020-2025", hoặc --start 2020-01-01 --end 2025-12-31',
    en: 'the term is needed: --period "nhiệm kỳ 2020-2025", or --start 2020-01-01 --end 2025-12-31',
  });
  return undefined;
}

function head(locale: Locale): string[] {
  return locale === 'vi'
    ? ['Đơn vị', 'Lũy kế', 'Chỉ tiêu', 'Tỷ lệ', 'Kỳ vọng đến nay', 'Tiến độ', 'Cần thêm/năm', 'Dự báo cuối kỳ', 'Kết quả']
    : ['Unit', 'Cumulative', 'Target', 'Percent', 'Expected by now', 'Pace', 'Needed/year', 'Projected at end', 'Status'];
}
const NUMERIC = [false, true, true, true, true, false, true, true, false];

/** One row of the term table, and its JSON. */
function addRow(sheet: Sheet, locale: Locale, name: string, r: TermProgressResult, line?: number): void {
  const t = r.targets[0];
  if (t === undefined) return;
  const n = sheet.num;
  const pct = (x: string | null) => (x === null ? (isCells(sheet.format) ? '' : '—') : `${n(x)}%`);
  const a = t.attainment;
  const target = isCells(sheet.format) && a.target.form === 'reach' ? n(a.target.value) : targetText(a.target, locale);
  const cells = [
    name, n(r.cumulative.value), target, pct(a.percent), n(t.expectedByNow.value), PACE[locale][t.pace],
    t.requiredPerYear === null ? '' : n(t.requiredPerYear.value), r.projectedAtEnd === null ? '' : n(r.projectedAtEnd.value), statusWord(a, locale),
  ];
  sheet.row(cells, line === undefined ? { name, result: r } : { line, name, result: r }, painter(5, t.pace !== 'behind'));
}

/** Checks what every row shares (the term, the dates, the rounding) once, before the rows. */
function probe(term: PeriodInput, asOf: string, f: Flags): void {
  termProgress({ term, asOf, target: '1', cumulative: '0', kind: f.kind as never }, roundOptions(f));
}

export async function commandTerm(args: readonly string[], f: Flags, locale: Locale, input: Locale, io: CliIo): Promise<number> {
  if (args.length > 1) {
    say(io, locale, {
      vi: 'cần một tệp hoặc không có: chitieu term --period "nhiệm kỳ 2020-2025" --target 80 --achieved 72, hoặc chitieu term <tệp|-> --period ...',
      en: 'expected one file or none: chitieu term --period "nhiệm kỳ 2020-2025" --target 80 --achieved 72, or chitieu term <file|-> --period ...',
    });
    return BAD_USAGE;
  }
  const asOf = readDate(f['as-of'] ?? today());
  const term = termOf(f, asOf, io, locale);
  if (term === undefined) return BAD_USAGE;
  const format = outputFormat(f, io, locale);
  if (format === undefined) return BAD_USAGE;
  probe(term, asOf, f);
  const base = { term, asOf, kind: f.kind as never };
  if (args.length === 0) {
    if (f.target === undefined || f.achieved === undefined) {
      say(io, locale, {
        vi: 'cần --target <chỉ tiêu nhiệm kỳ> và --achieved <lũy kế>, ví dụ --target 80 --achieved 72',
        en: 'expected --target <term target> and --achieved <cumulative>, e.g. --target 80 --achieved 72',
      });
      return BAD_USAGE;
    }
    const r = termProgress({ ...base, target: readTargetIn(f.target, input, '--target'), cumulative: readFigure(f.achieved, input, '--achieved') }, roundOptions(f));
    if (format === 'table') return printOne(r, f, locale, io);
    const sheet = openSheet(f, io, locale, format, head(locale), NUMERIC);
    addRow(sheet, locale, r.term.label[locale], r);
    sheet.end();
    return 0;
  }
  return termCsv(args[0] as string, { ...base, options: roundOptions(f) }, f, locale, input, io, format);
}

/** One figure: the sentence of describeTermProgress, then each part of it. */
function printOne(r: TermProgressResult, f: Flags, locale: Locale, io: CliIo): number {
  const t = r.targets[0];
  if (t === undefined) return BAD_INPUT;
  const n = (x: string) => localize(x, locale);
  const vi = locale === 'vi';
  const projection = t.projections[0];
  const lines = [
    describeTermProgress(r, f.unit === undefined ? { locale } : { locale, unit: f.unit })[0] ?? '',
    `  ${vi ? 'Lũy kế đến' : 'Cumulative as of'} ${dateText(r.asOf, locale)}: ${n(r.cumulative.value)}`,
    `  ${vi ? 'Thời gian đã qua' : 'Time elapsed'}: ${n(String(r.elapsed.elapsedDays))}/${n(String(r.elapsed.totalDays))} ${vi ? 'ngày' : 'days'} (${n(r.elapsed.percent)}%)`,
    `  ${vi ? 'Kỳ vọng đến nay' : 'Expected by now'}: ${n(t.expectedByNow.value)} (${PACE[locale][t.pace]})`,
    `  ${vi ? 'Còn thiếu' : 'Remaining'}: ${n(t.remaining)}${t.requiredPerYear === null ? '' : `; ${vi ? 'cần thêm mỗi năm' : 'needed per year'} ${n(t.requiredPerYear.value)}, ${vi ? 'mỗi tháng' : 'per month'} ${n(t.requiredPerMonth?.value ?? '0')}`}`,
  ];
  if (r.projectedAtEnd !== null) {
    lines.push(`  ${vi ? 'Dự báo cuối kỳ' : 'Projected at the end'}: ${n(r.projectedAtEnd.value)}${projection?.classLabel ? ` (${projection.classLabel[locale]})` : ''}`);
  }
  lines.push(`  ${vi ? 'Kết quả' : 'Status'}: ${statusWord(t.attainment, locale)}`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

interface Shared {
  readonly term: PeriodInput;
  readonly asOf: string;
  readonly kind: never;
  readonly options: ReturnType<typeof roundOptions>;
}

/** One row per unit: the cumulative and the term target found by header name; a totals row when they add up. */
async function termCsv(file: string, s: Shared, f: Flags, locale: Locale, input: Locale, io: CliIo, format: OutputFormat): Promise<number> {
  const vi = locale === 'vi';
  const sheet = openSheet(f, io, locale, format, head(locale), NUMERIC);
  const headed: Bilingual = { vi: 'Đơn vị,Chỉ tiêu,Lũy kế', en: 'Unit,Target,Cumulative' };
  const find = (h: readonly string[]) => findRoles(h, TERM_ROLES, { achieved: f.achieved, target: f.target, name: f.name }, looksNumeric, headed);
  const sumA = new DecimalSum();
  const sumT = new DecimalSum();
  let summable = f.kind !== 'rate';
  let bad = 0;
  let count = 0;
  let onPace = 0;
  let last: TermProgressResult | undefined;
  for await (const next of csvWithHeader(io, locale, file, find, { input, sheet: f.sheet })) {
    if (next === undefined) return BAD_INPUT;
    const { columns: { at, headers }, rec } = next;
    const name = at.name === undefined ? linePlace(rec)[locale] : (rec.cells[at.name] ?? '').trim();
    const aHeader = (headers[at.achieved as number] ?? '').trim();
    const tHeader = (headers[at.target as number] ?? '').trim();
    let r: TermProgressResult;
    try {
      const cumulative = readFigure(rec.cells[at.achieved as number], input, aHeader);
      const target: TargetInput = readTargetIn(rec.cells[at.target as number], input, tHeader);
      r = termProgress({ term: s.term, asOf: s.asOf, kind: s.kind, target, cumulative }, s.options);
    } catch (e) {
      if (!isChiTieuError(e)) throw e;
      const first = e.issues[0].path[0];
      sayError(io, locale, e, cellPlace(rec, at.name === undefined ? undefined : name, first === 'cumulative' || first === aHeader ? aHeader : tHeader));
      bad++;
      continue;
    }
    const t = r.targets[0];
    count++;
    if (t !== undefined && t.pace !== 'behind') onPace++;
    const form = t?.attainment.target;
    if (summable && form !== undefined && (form.form === 'reach' || form.form === 'at-least')) {
      sumA.add(r.cumulative.value);
      sumT.add(form.value);
    } else summable = false;
    last = r;
    addRow(sheet, locale, name, r, rec.line);
  }
  if (count === 0 || last === undefined) return sayNoRows(io, locale, bad);
  if (summable && format !== 'json') {
    const total = termProgress({ term: s.term, asOf: s.asOf, target: sumT.text(), cumulative: sumA.text() }, s.options);
    addRow(sheet, locale, vi ? 'Tổng cộng' : 'Total', total);
  }
  const e = last.elapsed;
  const n = (x: string) => localize(x, locale);
  sheet.end([
    vi
      ? `${last.term.label.vi}, tính đến ${dateText(last.asOf, locale)}: đã qua ${n(e.percent)}% thời gian (${n(String(e.elapsedDays))}/${n(String(e.totalDays))} ngày)`
      : `${last.term.label.en}, as of ${dateText(last.asOf, locale)}: ${n(e.percent)}% of the time elapsed (${n(String(e.elapsedDays))}/${n(String(e.totalDays))} days)`,
    vi ? `Đúng hoặc vượt tiến độ: ${onPace}/${count} đơn vị` : `On or ahead of pace: ${onPace}/${count} units`,
  ]);
  return bad > 0 ? sayBadRows(io, locale, bad) : 0;
}
