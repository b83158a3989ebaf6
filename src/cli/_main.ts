import { parseArgs } from 'node:util';
import { attainment, describeAttainment, type AttainmentOptions, type AttainmentResult, type Target, type TargetInput } from '../attainment/index.js';
import { checkClaim, extractClaims, type ClaimAs, type ClaimVerdict } from '../claims/index.js';
import { isChiTieuError, type Bilingual, type ChiTieuError, type Locale, type RoundingMode } from '../core/index.js';
import { localize } from '../core/_format.js';
import { parseLocalized } from '../core/parseNumber.js';
import { statusWord } from '../svg/_status.js';
import { findColumns, type Columns } from './_columns.js';
import { csvRecords } from './_csv.js';
import { DecimalSum } from './_sum.js';
import { readTarget } from './_target.js';

/** Where the CLI reads and writes, so tests can run it in-process. */
export interface CliIo {
  /** Writes to standard output; `false` when the text was queued (a full pipe) and {@link drain} should be awaited. */
  readonly out: (text: string) => boolean | void;
  /** Resolves when standard output has taken what was queued. */
  readonly drain?: () => Promise<void>;
  readonly err: (text: string) => void;
  /** The text of a file, or of standard input for `-`. */
  readonly readText: (file: string) => Promise<string>;
  /** The bytes of a file, or of standard input for `-`, as they arrive (csv streams; without it, readText). */
  readonly readChunks?: (file: string) => AsyncIterable<Uint8Array | string>;
  /** A file to write (`--out`), written as it goes. */
  readonly openOut?: (file: string) => { write: (text: string) => void; close: () => void };
  /** Whether to colour the table: standard output is a terminal and NO_COLOR is unset. */
  readonly color?: boolean;
  /** The package version, for --version. */
  readonly version?: string;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/** Exit codes: 0 done, 1 bad input (figures, files), 2 bad usage, 3 a checked figure needs a second look. */
const BAD_INPUT = 1;
const BAD_USAGE = 2;
const FLAGGED = 3;

const HELP = `chitieu: tính tỷ lệ đạt chỉ tiêu chính xác / exact attainment of targets

Cách dùng / Usage:
  chitieu attainment <đạt được> <chỉ tiêu> [tùy chọn]
      Một số so với chỉ tiêu: đạt X%, vượt X%, còn thiếu.
      / How a figure stands against its target (chitieu attainment <achieved> <target>).
      <chỉ tiêu / target>: 80 (đạt tới / reach it), '>=400' (ít nhất / at least), '<=4' (không quá /
      at most), 5..7 (khoảng / a range). Số viết thường, dấu chấm thập phân / plain decimals (97.5).
  chitieu csv <tệp|-> [tùy chọn]
      Bảng tỷ lệ đạt của mọi dòng trong tệp CSV/TSV (hoặc đầu vào chuẩn với -), có dòng tổng cộng.
      / Attainment of every row of a CSV or TSV file (or standard input with -), with a totals row.
      Cột được tìm theo tên ở dòng tiêu đề / columns are found by their header:
        thực hiện / achieved: Thực hiện, Kết quả, Đạt được, Achieved, Actual
        chỉ tiêu / target:    Chỉ tiêu, Kế hoạch, Target, Plan
        đơn vị / name:        Đơn vị, Tên, Tên đơn vị, Unit, Name (không bắt buộc / optional)
      Có dấu hay không, hoa hay thường đều được; cột khác (STT, Ghi chú) được bỏ qua.
      / With or without diacritics, any case; other columns (STT, Ghi chú) are ignored.
      Dấu phân cách , ; hoặc tab; UTF-8 hoặc UTF-16 (có BOM) / separators , ; or tab; UTF-8 or UTF-16.
  chitieu check <tệp|-> [--rounding <mode>]
      Tìm và kiểm tra các số liệu trong văn bản báo cáo: "16/15 ..., vượt 6,6%", "2.018/2.119 (đạt 95,23%)".
      / Finds the figures in a report text and checks each one that can be checked.
  chitieu claim <đạt được> <chỉ tiêu> <số đã in> [--as attainment|share|over|over-points]
      Kiểm tra một tỷ lệ đã in / checks one printed percentage: chitieu claim 16 15 6,6 --as over

Tùy chọn / Options:
  --decimals <0-10>     số chữ số thập phân của tỷ lệ / decimals of percentages (mặc định / default 2)
  --rounding <mode>     half-up (mặc định / default), half-down, half-even, up, down, ceil, floor
  --locale <vi|en-US>   cách viết số đầu vào / number notation of the input (mặc định vi: 2.018, 97,5;
                        en-US: 2,018, 97.5); cũng là ngôn ngữ đầu ra nếu không có --lang
                        / also the output language when --lang is not given
  --lang <vi|en>        ngôn ngữ và cách viết số của đầu ra / language and notation of the output
  --achieved <tên cột>  tên cột thực hiện / the header of the achieved column (csv)
  --target <tên cột>    tên cột chỉ tiêu / the header of the target column (csv)
  --name <tên cột>      tên cột đơn vị / the header of the name column (csv)
  --out <tệp.csv|.json> ghi kết quả ra tệp (CSV có BOM UTF-8 cho Excel) / write the results to a file
                        (CSV with a UTF-8 BOM, so Excel opens it)
  --kind <count|rate>   số đếm (mặc định) hay tỷ lệ % / counts (default) or rates in percent
  --unit <text>         đơn vị đếm, cho câu văn / what is counted, for the sentence (attainment)
  --as <claim>          số đã in nói gì / what a printed figure claims (claim; default attainment)
  --json                in kết quả dạng JSON / print the results as JSON
  --all                 check: in cả những số không có gì để kiểm / also list the figures with nothing to check
  -v, --version         phiên bản / the version
  -h, --help            trợ giúp này / this help

Ô số liệu sai được báo kèm số dòng và tên cột; các dòng đúng vẫn được in.
/ A bad cell is reported with its line and column; the good rows still print.
Mã thoát / Exit status: 0 xong / done, 1 đầu vào sai / bad input, 2 dùng sai / bad usage,
  3 số liệu cần xem lại (hoặc cả báo cáo làm tròn không nhất quán) / a checked figure needs a second look
  (or the report rounds inconsistently).
Màu chỉ khi in ra terminal và NO_COLOR chưa đặt / colour only on a terminal, unless NO_COLOR is set.

Ví dụ / Examples:
  chitieu attainment 103 80                          103/80, đạt 128,75%, vượt 28,75% chỉ tiêu
  chitieu attainment 16 15 --decimals 1 --rounding down --lang en
  chitieu csv don-vi.csv --out ket-qua.csv
  chitieu csv units.tsv --locale en-US --lang en --achieved "Members" --target "Goal"
  chitieu check bao-cao.txt
  chitieu claim 16 15 6,6 --as over                  cần xem lại: half-up cho 6,7 (down cho 6,6)
`;

const OPTIONS = {
  decimals: { type: 'string' },
  rounding: { type: 'string' },
  locale: { type: 'string' },
  kind: { type: 'string' },
  unit: { type: 'string' },
  as: { type: 'string' },
  lang: { type: 'string' },
  achieved: { type: 'string' },
  target: { type: 'string' },
  name: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

interface Flags {
  readonly decimals?: string;
  readonly rounding?: string;
  readonly locale?: string;
  readonly kind?: string;
  readonly unit?: string;
  readonly as?: string;
  readonly lang?: string;
  readonly achieved?: string;
  readonly target?: string;
  readonly name?: string;
  readonly out?: string;
  readonly json?: boolean;
  readonly all?: boolean;
  readonly help?: boolean;
  readonly version?: boolean;
}

/** The notation of an input locale: `vi`, `vi-VN` read 2.018 and 97,5; `en`, `en-US`, `en-GB` read 2,018 and 97.5. */
function inputLocale(text: string | undefined): Locale | undefined {
  if (text === undefined) return 'vi';
  const t = text.toLowerCase();
  if (t === 'vi' || t === 'vi-vn') return 'vi';
  if (t === 'en' || /^en-[a-z]{2}$/.test(t)) return 'en';
  return undefined;
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

/** Left-aligned text columns, right-aligned figures, two spaces apart, at the given widths. */
function tableLine(r: readonly string[], numeric: readonly boolean[], widths: readonly number[], paint?: (c: number, text: string) => string): string {
  return r
    .map((cell, c) => {
      const padded = numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0);
      return paint ? paint(c, padded) : padded;
    })
    .join('  ')
    .trimEnd();
}

/** Column widths by a loop (no `Math.max(...rows)`, which overflows the stack on a long file). */
function widthsOf(rows: readonly (readonly string[])[], columns: number): number[] {
  const widths = new Array<number>(columns).fill(0);
  for (const r of rows) for (let c = 0; c < columns; c++) { const n = (r[c] ?? '').length; if (n > (widths[c] as number)) widths[c] = n; }
  return widths;
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

/** Table rows measured for column widths; later rows keep those widths, so memory stays bounded. */
const MEASURED_ROWS = 1000;

/** A figure of a CSV cell in the input notation (vi: `2.018`, `97,5`), reported under its header. */
function readFigure(cell: string | undefined, input: Locale, header: string): string {
  return parseLocalized(cell ?? '', input, [header]);
}

/** A target cell (`80`, `>=1.500`, `<=4`, `5..7`) with each figure read in the input notation. */
function readTargetIn(cell: string | undefined, input: Locale, header: string): TargetInput {
  const t = readTarget(cell ?? '');
  if (typeof t === 'string') return readFigure(t, input, header);
  if (typeof t === 'number') return t;
  if ('atLeast' in t) return { atLeast: readFigure(String(t.atLeast), input, header) };
  if ('atMost' in t) return { atMost: readFigure(String(t.atMost), input, header) };
  return { min: readFigure(String(t.min), input, header), max: readFigure(String(t.max), input, header) };
}

function looksNumeric(cell: string): boolean {
  return /^\s*[-+]?[\d.,]+\s*$/.test(cell) && /\d/.test(cell);
}

/** A figure in a CSV output cell: no thousands groups, the decimal sign of the output language. */
function csvFigure(plain: string, locale: Locale): string {
  return localize(plain, locale, 0, false);
}

function csvCell(text: string, sep: string): string {
  return /["\r\n]/.test(text) || text.includes(sep) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function* textSource(io: CliIo, file: string): AsyncGenerator<string> {
  yield await io.readText(file);
}

async function commandCsv(args: readonly string[], f: Flags, locale: Locale, input: Locale, io: CliIo): Promise<number> {
  if (args.length !== 1) {
    say(io, locale, {
      vi: 'cần đúng một tệp: chitieu csv <tệp|->, có dòng tiêu đề như "Đơn vị,Chỉ tiêu,Thực hiện"',
      en: 'expected one file: chitieu csv <file|->, with a header row such as "Unit,Target,Achieved"',
    });
    return BAD_USAGE;
  }
  const format = f.out === undefined ? (f.json ? 'json' : 'table') : /\.json$/i.test(f.out) ? 'json' : /\.csv$/i.test(f.out) ? 'csv' : undefined;
  if (format === undefined || (f.out !== undefined && io.openOut === undefined)) {
    say(io, locale, { vi: `--out phải là tệp .csv hoặc .json; nhận được "${f.out}"`, en: `--out must be a .csv or .json file; got "${f.out}"` });
    return BAD_USAGE;
  }
  const options = roundOptions(f);
  // Bad rounding options are one mistake, reported once (by attainment itself), not once per row.
  attainment({ achieved: '0', target: '1', kind: f.kind as never }, options);
  const file = args[0] as string;
  const source = io.readChunks ? io.readChunks(file) : textSource(io, file);
  const vi = locale === 'vi';
  const head = vi ? ['Đơn vị', 'Thực hiện', 'Chỉ tiêu', 'Tỷ lệ', 'Kết quả', 'Còn thiếu'] : ['Unit', 'Achieved', 'Target', 'Percent', 'Status', 'Shortfall'];
  const numeric = [false, true, true, true, false, true];
  const sink = f.out === undefined ? undefined : (io.openOut as NonNullable<CliIo['openOut']>)(f.out);
  let pending = '';
  const write = (text: string): void => { pending += text; };
  // Writes what is pending and, when standard output is a full pipe, waits for it to drain: a
  // reader slower than the file (| less, | head) must not make the output pile up in memory.
  const flushSoon = async (): Promise<void> => {
    if (pending.length < 1 << 16) return;
    const text = pending;
    pending = '';
    if (sink) sink.write(text);
    else if (io.out(text) === false && io.drain) await io.drain();
  };
  const flush = (): void => { if (pending !== '') (sink ? sink.write : io.out)(pending); pending = ''; };
  const sep = vi ? ';' : ',';
  const color = format === 'table' && sink === undefined && io.color === true;
  const paint = (r: AttainmentResult | undefined, c: number, text: string): string =>
    !color || r === undefined || c !== 4 ? text : `\u001b[${r.status === 'not-met' ? 31 : 32}m${text}\u001b[39m`;
  let measured: { cells: string[]; r: AttainmentResult | undefined }[] | undefined = format === 'table' ? [] : undefined;
  let widths: number[] = [];
  const printRow = (cells: string[], r: AttainmentResult | undefined): void => {
    if (format === 'csv') { write(`${cells.map((x) => csvCell(x, sep)).join(sep)}\r\n`); return; }
    if (measured) {
      measured.push({ cells, r });
      if (measured.length >= MEASURED_ROWS) flushMeasured();
      return;
    }
    write(`${tableLine(cells, numeric, widths, (c, t) => paint(r, c, t))}\n`);
  };
  const flushMeasured = (): void => {
    if (!measured) return;
    widths = widthsOf([head, [vi ? 'Tổng cộng' : 'Total'], ...measured.map((m) => m.cells)], head.length);
    write(`${tableLine(head, numeric, widths)}\n`);
    for (const m of measured) write(`${tableLine(m.cells, numeric, widths, (c, t) => paint(m.r, c, t))}\n`);
    measured = undefined;
  };
  const n = (plain: string): string => (format === 'csv' ? csvFigure(plain, locale) : localize(plain, locale));
  const cellsOf = (name: string, r: AttainmentResult): string[] => [
    name,
    n(r.achieved) + (r.kind === 'rate' ? '%' : ''),
    (format === 'csv' && r.target.form === 'reach' ? n(r.target.value) : targetText(r.target, locale)) + (r.kind === 'rate' ? '%' : ''),
    r.percent === null ? (format === 'csv' ? '' : '—') : `${n(r.percent)}%`,
    statusWord(r, locale),
    n(r.shortfall),
  ];

  let columns: Columns | undefined;
  let bad = 0;
  let count = 0;
  let good = 0;
  const sumAchieved = new DecimalSum();
  const sumTarget = new DecimalSum();
  let summable = f.kind !== 'rate';
  for await (const rec of csvRecords(source)) {
    if (columns === undefined) {
      const found = findColumns(rec.cells, { achieved: f.achieved, target: f.target, name: f.name }, looksNumeric);
      if (!('achieved' in found)) {
        say(io, locale, found);
        // Bytes that are not UTF-8 decode to U+FFFD: an old Vietnamese code page (TCVN3, Windows-1258).
        if (rec.cells.some((c) => c.includes('\ufffd'))) {
          say(io, locale, {
            vi: 'tệp không phải UTF-8 hay UTF-16; trong Excel chọn Lưu thành "CSV UTF-8" hoặc "Văn bản Unicode"',
            en: 'the file is neither UTF-8 nor UTF-16; in Excel, Save As "CSV UTF-8" or "Unicode Text"',
          });
        }
        return BAD_INPUT;
      }
      columns = found;
      if (format === 'json') write('[');
      if (format === 'csv') write(`\ufeff${head.join(sep)}\r\n`);
      continue;
    }
    const cols = columns;
    const name = cols.name === undefined ? `${vi ? 'dòng' : 'line'} ${rec.line}` : (rec.cells[cols.name] ?? '').trim();
    const aHeader = (cols.headers[cols.achieved] ?? '').trim();
    const tHeader = (cols.headers[cols.target] ?? '').trim();
    let result: AttainmentResult;
    try {
      const achieved = readFigure(rec.cells[cols.achieved], input, aHeader);
      const target = readTargetIn(rec.cells[cols.target], input, tHeader);
      result = attainment({ achieved, target, kind: f.kind as never }, options);
    } catch (e) {
      if (!isChiTieuError(e)) throw e;
      const first = e.issues[0].path[0];
      const header = first === 'achieved' || first === aHeader ? aHeader : tHeader;
      const place = `${cols.name === undefined ? '' : ` (${name})`}`;
      sayError(io, locale, e, { vi: `dòng ${rec.line}${place}, cột "${header}"`, en: `line ${rec.line}${place}, column "${header}"` });
      bad++;
      continue;
    }
    count++;
    if (result.status !== 'not-met') good++;
    if (summable && (result.target.form === 'reach' || result.target.form === 'at-least')) {
      sumAchieved.add(result.achieved);
      sumTarget.add(result.target.value);
    } else summable = false;
    if (format === 'json') write(`${count > 1 ? ',' : ''}\n${JSON.stringify({ line: rec.line, name, result })}`);
    else printRow(cellsOf(name, result), result);
    await flushSoon();
  }
  if (columns === undefined || count === 0) {
    flush();
    sink?.close();
    if (bad === 0) say(io, locale, { vi: 'tệp không có dòng số liệu nào', en: 'the file has no rows of figures' });
    return BAD_INPUT;
  }
  if (format === 'json') write('\n]\n');
  else {
    if (summable) {
      const total = attainment({ achieved: sumAchieved.text(), target: sumTarget.text() }, options);
      const totalCells = cellsOf(vi ? 'Tổng cộng' : 'Total', total);
      if (format === 'csv') printRow(totalCells, total);
      else {
        if (measured) { measured.push({ cells: totalCells, r: total }); flushMeasured(); }
        else write(`${tableLine(totalCells, numeric, widths, (c, t) => paint(total, c, t))}\n`);
      }
    }
    flushMeasured();
    if (format === 'table') write(vi ? `\nĐạt và vượt: ${good}/${count} chỉ tiêu\n` : `\nMet or exceeded: ${good}/${count} targets\n`);
  }
  flush();
  sink?.close();
  if (bad > 0) {
    say(io, locale, { vi: `${bad} dòng lỗi không được tính (xem ở trên)`, en: `${bad} bad row(s) left out (see above)` });
    return BAD_INPUT;
  }
  return 0;
}

const VERDICTS: Record<Locale, Record<ClaimVerdict, string>> = {
  vi: { consistent: 'khớp', flagged: 'cần xem lại', inferred: 'suy ra', ambiguous: 'chưa rõ', figure: 'ghi nhận' },
  en: { consistent: 'consistent', flagged: 'flagged', inferred: 'inferred', ambiguous: 'ambiguous', figure: 'figure' },
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
    return r.claims.some((c) => c.verdict === 'flagged') || r.flags.length > 0 ? FLAGGED : 0;
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
  // Verdicts, not noise: figures with nothing to check are only counted, unless --all asks for them.
  for (const c of r.claims) {
    if (c.verdict === 'figure' && f.all !== true) continue;
    io.out(`${where(c.start)}  [${words[c.verdict]}]  ${c.text.replace(/\s+/g, ' ')}\n      ${c.explanation[locale]}\n`);
    for (const note of c.flags) if (c.verdict !== 'flagged') io.out(`      ⚠ ${note[locale]}\n`);
  }
  for (const flag of r.flags) io.out(`\n${locale === 'vi' ? 'Cả báo cáo' : 'Whole report'}: ${flag[locale]}\n`);
  const count = (v: ClaimVerdict) => r.claims.filter((c) => c.verdict === v).length;
  const flagged = count('flagged');
  io.out(locale === 'vi'
    ? `\n${r.claims.length} số liệu: ${count('consistent')} khớp, ${flagged} cần xem lại, ${count('inferred')} suy ra, ${count('ambiguous')} chưa rõ, ${count('figure')} ghi nhận\n`
    : `\n${r.claims.length} figures: ${count('consistent')} consistent, ${flagged} flagged, ${count('inferred')} inferred, ${count('ambiguous')} ambiguous, ${count('figure')} figure\n`);
  return flagged > 0 || r.flags.length > 0 ? FLAGGED : 0;
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
  const langAt = argv.indexOf('--lang');
  const early = langAt >= 0 ? argv[langAt + 1] : localeAt >= 0 ? argv[localeAt + 1] : argv.find((a) => a.startsWith('--lang=') || a.startsWith('--locale='))?.split('=')[1];
  let locale: Locale = early?.toLowerCase().startsWith('en') ? 'en' : 'vi';
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
  if (f.version) {
    io.out(`${io.version ?? 'unknown'}\n`);
    return 0;
  }
  if (f.help || command === undefined || command === 'help') {
    io.out(HELP);
    return command === undefined && !f.help ? BAD_USAGE : 0;
  }
  const input = inputLocale(f.locale);
  if (input === undefined) {
    say(io, locale, { vi: `--locale phải là vi hoặc en (vi-VN, en-US); nhận được "${f.locale}"`, en: `--locale must be vi or en (vi-VN, en-US); got "${f.locale}"` });
    return BAD_USAGE;
  }
  if (f.lang !== undefined && f.lang !== 'vi' && f.lang !== 'en') {
    say(io, locale, { vi: `--lang phải là vi hoặc en; nhận được "${f.lang}"`, en: `--lang must be vi or en; got "${f.lang}"` });
    return BAD_USAGE;
  }
  // --lang is the language of the output; without it, the output follows --locale.
  locale = (f.lang as Locale | undefined) ?? input;
  try {
    switch (command) {
      case 'attainment':
        return commandAttainment(args, f, locale, io);
      case 'csv':
        return await commandCsv(args, f, locale, input, io);
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
    if (isChiTieuError(e)) {
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
