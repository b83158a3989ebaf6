import { parseArgs } from 'node:util';
import { attainment, describeAttainment, type AttainmentOptions, type AttainmentResult, type Target } from '../attainment/index.js';
import { checkClaim, extractClaims, type ClaimAs, type ClaimVerdict } from '../claims/index.js';
import { ChiTieuError, type Bilingual, type Locale, type RoundingMode } from '../core/index.js';
import { localize } from '../core/_format.js';
import { statusWord } from '../svg/_status.js';
import { parseCsv } from './_csv.js';
import { readTarget } from './_target.js';

/** Where the CLI reads and writes, so tests can run it in-process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The text of a file, or of standard input for `-`. */
  readonly readText: (file: string) => Promise<string>;
}

/** Exit codes: 0 done, 1 bad input (figures, files), 2 bad usage, 3 a checked figure needs a second look. */
const BAD_INPUT = 1;
const BAD_USAGE = 2;
const FLAGGED = 3;

const HELP = `chitieu: exact attainment of targets (chỉ tiêu) from the command line

Usage / Cách dùng:
  chitieu attainment <achieved> <target> [options]
      How a figure stands against its target: đạt X%, vượt X%, còn thiếu.
      <target> is 80 (reach it), '>=400' (at least), '<=4' (at most) or 5..7 (a range).
  chitieu csv <file|-> [options]
      Attainment of every row "name,achieved,target" of a CSV file (or standard input with -),
      printed as a table with a scorecard line. A header row is recognised and skipped.
  chitieu check <file|-> [--rounding <mode>]
      Finds the figures in a report text (or standard input with -) and checks each one that can be
      checked: "16/15 ..., vượt 6,6%", "2.018/2.119 (đạt 95,23%)", totals and their parts.
  chitieu claim <achieved> <target> <printed> [--as attainment|share|over|over-points]
      Checks one printed percentage: chitieu claim 16 15 6,6 --as over

Options / Tùy chọn:
  --decimals <0-10>    decimals of percentages (default 2)
  --rounding <mode>    half-up (default), half-down, half-even, up, down, ceil, floor
  --locale <vi|en>     language and number notation of the output (default vi: 128,75%)
  --kind <count|rate>  what the figures are: counts (default) or rates in percent
  --unit <text>        what is counted, for the sentence (attainment only)
  --as <claim>         what a printed figure claims (claim only; default attainment)
  --json               print the results as JSON
  -h, --help           show this help

Figures are plain decimals with '.' as the decimal point (97.5), as exact as written; report texts
and printed figures (check, claim) are read in the notation of --locale (vi: 1.549 and 28,75).
Exit status: 0 done, 1 bad input, 2 bad usage, 3 a checked figure needs a second look.

Examples / Ví dụ:
  chitieu attainment 103 80                          103/80, đạt 128,75%, vượt 28,75% chỉ tiêu
  chitieu attainment 16 15 --decimals 1 --rounding down --locale en
  chitieu csv units.csv --locale en
  chitieu check bao-cao.txt
  chitieu claim 16 15 6,6 --as over                  flagged: half-up gives 6,7 (down gives 6,6)
`;

const OPTIONS = {
  decimals: { type: 'string' },
  rounding: { type: 'string' },
  locale: { type: 'string' },
  kind: { type: 'string' },
  unit: { type: 'string' },
  as: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Flags {
  readonly decimals?: string;
  readonly rounding?: string;
  readonly locale?: string;
  readonly kind?: string;
  readonly unit?: string;
  readonly as?: string;
  readonly json?: boolean;
  readonly help?: boolean;
}

/** A message in both languages, the chosen one first. */
function say(io: CliIo, locale: Locale, m: Bilingual): void {
  const [first, second] = locale === 'vi' ? [m.vi, m.en] : [m.en, m.vi];
  io.err(`chitieu: ${first}\n`);
  if (second !== first) io.err(`chitieu: ${second}\n`);
}

/** A ChiTieuError's issues, each in both languages, optionally placed (a CSV line). */
function sayError(io: CliIo, locale: Locale, e: ChiTieuError, where?: Bilingual): void {
  for (const issue of e.issues) {
    say(io, locale, where ? { vi: `${where.vi}: ${issue.messages.vi}`, en: `${where.en}: ${issue.messages.en}` } : issue.messages);
  }
}

/**
 * The options attainment() takes, straight from the flags: attainment validates them and its error
 * names the option (`options.decimals must be between 0 and 10`).
 */
function roundOptions(f: Flags): AttainmentOptions {
  const o: Record<string, unknown> = {};
  if (f.decimals !== undefined) o.decimals = /^\d{1,2}$/.test(f.decimals) ? Number(f.decimals) : f.decimals;
  if (f.rounding !== undefined) o.rounding = f.rounding;
  return o as AttainmentOptions;
}

function targetText(t: Target, locale: Locale): string {
  const n = (x: string) => localize(x, locale);
  switch (t.form) {
    case 'reach': return n(t.value);
    case 'at-least': return `≥ ${n(t.value)}`;
    case 'at-most': return `≤ ${n(t.value)}`;
    default: return `${n(t.min)}–${n(t.max)}`;
  }
}

/** Left-aligned text columns, right-aligned figures, two spaces apart. */
function table(rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const widths = numeric.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function commandAttainment(args: readonly string[], f: Flags, locale: Locale, io: CliIo): number {
  if (args.length !== 2) {
    say(io, locale, {
      vi: 'cần đúng hai số: chitieu attainment <đạt được> <chỉ tiêu>, ví dụ chitieu attainment 103 80',
      en: 'expected two figures: chitieu attainment <achieved> <target>, e.g. chitieu attainment 103 80',
    });
    return BAD_USAGE;
  }
  const r = attainment(
    { achieved: (args[0] as string).trim(), target: readTarget(args[1] as string), kind: f.kind as never },
    roundOptions(f),
  );
  if (f.json) {
    io.out(`${JSON.stringify(r, null, 2)}\n`);
    return 0;
  }
  io.out(`${describeAttainment(r, f.unit === undefined ? { locale } : { locale, unit: f.unit })}\n`);
  io.out(`${r.reason[locale]}\n`);
  return 0;
}

async function commandCsv(args: readonly string[], f: Flags, locale: Locale, io: CliIo): Promise<number> {
  if (args.length !== 1) {
    say(io, locale, {
      vi: 'cần đúng một tệp: chitieu csv <tệp|->, mỗi dòng "tên,đạt được,chỉ tiêu"',
      en: 'expected one file: chitieu csv <file|->, each row "name,achieved,target"',
    });
    return BAD_USAGE;
  }
  const rows = parseCsv(await io.readText(args[0] as string));
  const options = roundOptions(f);
  const results: { line: number; name: string; result: AttainmentResult }[] = [];
  let bad = 0;
  rows.forEach((cells, i) => {
    const line = { vi: `dòng ${i + 1}`, en: `line ${i + 1}` };
    if (cells.length !== 3) {
      say(io, locale, {
        vi: `${line.vi}: cần 3 cột "tên,đạt được,chỉ tiêu"; có ${cells.length}`,
        en: `${line.en}: expected 3 columns "name,achieved,target"; got ${cells.length}`,
      });
      bad++;
      return;
    }
    const [name, achieved, target] = cells as [string, string, string];
    try {
      results.push({ line: i + 1, name: name.trim(), result: attainment({ achieved: achieved.trim(), target: readTarget(target), kind: f.kind as never }, options) });
    } catch (e) {
      // A first row whose figures are words is a header ("đơn vị,đạt được,chỉ tiêu"), not a mistake.
      if (i === 0 && !/\d/.test(achieved + target)) return;
      if (!(e instanceof ChiTieuError)) throw e;
      sayError(io, locale, e, { vi: `${line.vi} (${name.trim()})`, en: `${line.en} (${name.trim()})` });
      bad++;
    }
  });
  if (bad > 0) return BAD_INPUT;
  if (results.length === 0) {
    say(io, locale, { vi: 'tệp không có dòng số liệu nào', en: 'the file has no rows of figures' });
    return BAD_INPUT;
  }
  if (f.json) {
    io.out(`${JSON.stringify(results.map(({ name, result }) => ({ name, result })), null, 2)}\n`);
    return 0;
  }
  const vi = locale === 'vi';
  const head = vi ? ['Đơn vị', 'Đạt được', 'Chỉ tiêu', 'Tỷ lệ', 'Kết quả'] : ['Unit', 'Achieved', 'Target', 'Percent', 'Status'];
  const body = results.map(({ name, result: r }) => [
    name,
    localize(r.achieved, locale) + (r.kind === 'rate' ? '%' : ''),
    targetText(r.target, locale) + (r.kind === 'rate' ? '%' : ''),
    r.percent === null ? '—' : `${localize(r.percent, locale)}%`,
    statusWord(r, locale),
  ]);
  io.out(`${table([head, ...body], [false, true, true, true, false])}\n`);
  const good = results.filter(({ result }) => result.status !== 'not-met').length;
  io.out(vi ? `\nĐạt và vượt: ${good}/${results.length} chỉ tiêu\n` : `\nMet or exceeded: ${good}/${results.length} targets\n`);
  return 0;
}

const VERDICTS: Record<Locale, Record<ClaimVerdict, string>> = {
  vi: { consistent: 'khớp', flagged: 'cần xem lại', computed: 'tính được', found: 'ghi nhận' },
  en: { consistent: 'consistent', flagged: 'flagged', computed: 'computed', found: 'found' },
};

async function commandCheck(args: readonly string[], f: Flags, locale: Locale, io: CliIo): Promise<number> {
  if (args.length !== 1) {
    say(io, locale, { vi: 'cần đúng một tệp: chitieu check <tệp|->', en: 'expected one file: chitieu check <file|->' });
    return BAD_USAGE;
  }
  const text = await io.readText(args[0] as string);
  const r = extractClaims(text, f.rounding === undefined ? {} : { rounding: f.rounding as RoundingMode });
  if (f.json) {
    io.out(`${JSON.stringify(r, null, 2)}\n`);
    return r.claims.some((c) => c.verdict === 'flagged') ? FLAGGED : 0;
  }
  // Line and column of each claim, from one pass over the line starts.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const where = (offset: number): string => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid; else hi = mid - 1;
    }
    return `${lo + 1}:${offset - (lineStarts[lo] as number) + 1}`;
  };
  const words = VERDICTS[locale];
  for (const c of r.claims) {
    io.out(`${where(c.start)}  [${words[c.verdict]}]  ${c.text.replace(/\s+/g, ' ')}\n      ${c.explanation[locale]}\n`);
  }
  for (const flag of r.flags) io.out(`\n${locale === 'vi' ? 'Cả báo cáo' : 'Whole report'}: ${flag[locale]}\n`);
  const count = (v: ClaimVerdict) => r.claims.filter((c) => c.verdict === v).length;
  const flagged = count('flagged');
  io.out(locale === 'vi'
    ? `\n${r.claims.length} số liệu: ${count('consistent')} khớp, ${flagged} cần xem lại, ${count('computed')} tính được, ${count('found')} ghi nhận\n`
    : `\n${r.claims.length} figures: ${count('consistent')} consistent, ${flagged} flagged, ${count('computed')} computed, ${count('found')} found\n`);
  return flagged > 0 ? FLAGGED : 0;
}

function commandClaim(args: readonly string[], f: Flags, locale: Locale, io: CliIo): number {
  if (args.length !== 3) {
    say(io, locale, {
      vi: 'cần ba số: chitieu claim <đạt được> <chỉ tiêu> <số đã in>, ví dụ chitieu claim 16 15 6,6 --as over',
      en: 'expected three figures: chitieu claim <achieved> <target> <printed>, e.g. chitieu claim 16 15 6.6 --as over --locale en',
    });
    return BAD_USAGE;
  }
  const [achieved, target, reported] = args as [string, string, string];
  const r = checkClaim({ achieved: achieved.trim(), target: target.trim(), reported, as: (f.as ?? 'attainment') as ClaimAs, locale });
  if (f.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
  else io.out(`${r.explanation[locale]}\n`);
  return r.consistent ? 0 : FLAGGED;
}

/**
 * Runs the command line and returns the exit status. Every bad input ends in a message in both
 * languages and a non-zero status, never a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: { values: Flags; positionals: string[] };
  // The language of messages is known before the rest is validated, so usage errors use it too.
  const localeAt = argv.indexOf('--locale');
  let locale: Locale = localeAt >= 0 && argv[localeAt + 1] === 'en' ? 'en' : argv.includes('--locale=en') ? 'en' : 'vi';
  // A negative figure ("-1") is a value, not an option: hide it from parseArgs and restore it after,
  // so `chitieu attainment -1 80` reaches attainment() and gets its real message.
  const NEG = '\u0000';
  const unhide = (v: string) => (v.startsWith(NEG) ? v.slice(1) : v);
  try {
    const raw = parseArgs({ args: argv.map((a) => (/^-[\d.]/.test(a) ? NEG + a : a)), options: OPTIONS, allowPositionals: true, strict: true });
    const values: Record<string, unknown> = { ...raw.values };
    for (const [k, v] of Object.entries(values)) if (typeof v === 'string') values[k] = unhide(v);
    parsed = { values: values as Flags, positionals: raw.positionals.map(unhide) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    say(io, locale, { vi: `tùy chọn không hợp lệ (${detail}); xem chitieu --help`, en: `${detail}; see chitieu --help` });
    return BAD_USAGE;
  }
  const f = parsed.values;
  const [command, ...args] = parsed.positionals;
  if (f.help || command === undefined || command === 'help') {
    io.out(HELP);
    return command === undefined && !f.help ? BAD_USAGE : 0;
  }
  if (f.locale !== undefined && f.locale !== 'vi' && f.locale !== 'en') {
    say(io, locale, { vi: `--locale phải là vi hoặc en; nhận được "${f.locale}"`, en: `--locale must be vi or en; got "${f.locale}"` });
    return BAD_USAGE;
  }
  locale = f.locale ?? 'vi';
  try {
    switch (command) {
      case 'attainment':
        return commandAttainment(args, f, locale, io);
      case 'csv':
        return await commandCsv(args, f, locale, io);
      case 'check':
        return await commandCheck(args, f, locale, io);
      case 'claim':
        return commandClaim(args, f, locale, io);
      default:
        say(io, locale, {
          vi: `không có lệnh "${command}"; các lệnh: attainment, csv, check, claim (xem chitieu --help)`,
          en: `unknown command "${command}"; commands: attainment, csv, check, claim (see chitieu --help)`,
        });
        return BAD_USAGE;
    }
  } catch (e) {
    if (e instanceof ChiTieuError) {
      sayError(io, locale, e);
      return BAD_INPUT;
    }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('E')) {
      // File system errors (ENOENT, EACCES, EISDIR): the analyst's file, not a bug.
      say(io, locale, { vi: `không đọc được tệp: ${e.message}`, en: `cannot read the file: ${e.message}` });
      return BAD_INPUT;
    }
    throw e;
  }
}
