
/** The separators a header line can use: `,`, `;` (spreadsheets set to Vietnamese) and tab (pasted from Excel). */
type Separator = ',' | ';' | '\t';

/** The encoding a byte order mark (or its absence) shows. */
type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of a file from its first bytes: a UTF-8, UTF-16 LE or UTF-16 BE byte order mark, or, with
 * no mark, UTF-16 when every other byte of the first ones is zero (Excel's "Unicode text"), else UTF-8.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head.length >= 4 && head[1] === 0 && head[3] === 0 && head[0] !== 0) return 'utf-16le';
  if (head.length >= 4 && head[0] === 0 && head[2] === 0 && head[1] !== 0) return 'utf-16be';
  return 'utf-8';
}

/** Bytes to text chunks: the encoding found in the first chunk, decoded with TextDecoder, the BOM dropped. */
export async function* decodeChunks(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of source) {
    if (typeof chunk === 'string') { yield chunk; continue; }
    // TextDecoder drops the BOM itself (ignoreBOM is false by default).
    decoder ??= new TextDecoder(detectEncoding(chunk));
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) yield decoder.decode();
}

/** The separator of a header line: the most frequent of `,` `;` tab outside quotes; tab, then `;`, win a tie. */
export function detectSeparator(line: string): Separator {
  const count = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) count[c]++;
  }
  if (count['\t'] > 0 && count['\t'] >= count[','] && count['\t'] >= count[';']) return '\t';
  return count[';'] > count[','] ? ';' : ',';
}

/** Whether a record is still inside a quoted cell at the end of this text (an embedded line break). */
function openQuote(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) if (text[i] === '"') quoted = !quoted;
  return quoted;
}

/** One record's cells: RFC 4180 quoting (`"a ""b"""`), one pass. */
function splitRecord(text: string, sep: Separator): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell.trim() === '') { quoted = true; cell = ''; }
    else if (c === sep) { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A record of a CSV file and the line it starts on (1-based, counting blank lines). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
  /** The record is a row of a worksheet and `line` its Excel row number. */
  readonly excel?: boolean;
}

/**
 * The lines of a text arriving in chunks (LF, CRLF or CR ends), pulled one chunk at a time. Not
 * node:readline: its async iterator buffers every line the reader has not yet taken, so a slow consumer
 * of a large file held the whole file in memory (1,000,000 rows ran out of a 48 MB heap).
 */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  let cr = false; // the last chunk ended in \r: a \n opening the next one belongs to it
  for await (const chunk of chunks) {
    let text = chunk;
    if (cr && text.startsWith('\n')) text = text.slice(1);
    cr = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      yield rest + text.slice(start, i);
      rest = '';
      if (c === 13) {
        if (i + 1 === text.length) cr = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    rest += text.slice(start);
  }
  if (rest !== '') yield rest;
}

/**
 * The records of a CSV/TSV text, read line by line so memory stays bounded: BOM and encoding detected,
 * the separator taken from the first non-blank line, CRLF or LF, blank lines skipped.
 */
export async function* csvRecords(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRecord> {
  const input = lines(decodeChunks(source));
  let sep: Separator | undefined;
  let n = 0;
  let pending: string | undefined;
  let start = 0;
  for await (const raw of input) {
    n++;
    const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (pending !== undefined) {
      pending += `\n${line}`;
      if (openQuote(pending)) continue;
    } else {
      if (line.trim() === '') continue;
      pending = line;
      start = n;
      if (openQuote(pending)) continue;
    }
    const text = pending;
    pending = undefined;
    sep ??= detectSeparator(text);
    const cells = splitRecord(text, sep);
    if (cells.some((x) => x.trim() !== '')) yield { line: start, cells };
  }
  if (pending !== undefined) {
    sep ??= detectSeparator(pending);
    yield { line: start, cells: splitRecord(pending, sep) };
  }
}

/** The records of a whole CSV text at once (tests and small inputs). */
export function parseCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n|\r/);
  const rows: string[][] = [];
  let sep: Separator | undefined;
  let pending: string | undefined;
  for (const line of lines) {
    if (pending === undefined && line.trim() === '') continue;
    pending = pending === undefined ? line : `${pending}\n${line}`;
    if (openQuote(pending)) continue;
    sep ??= detectSeparator(pending);
    const cells = splitRecord(pending, sep);
    pending = undefined;
    if (cells.some((x) => x.trim() !== '')) rows.push(cells);
  }
  if (pending !== undefined) rows.push(splitRecord(pending, sep ?? detectSeparator(pending)));
  return rows;
}
