// The corpus of report sentences (test/fixtures/report-sentences/) and the exact reference that gives each
// annotated figure its expected verdict. The annotations hold only what the report printed (numbers,
// keyword, what the percentage is of); the verdicts are computed here with BigInt fractions and every
// rounding mode, never written by hand.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RoundingMode } from '../../src/index.js';
import { decimalToFraction, referenceRound } from '../helpers/reference.js';

export interface CorpusFigure {
  readonly text: string;
  readonly kind: 'ratio' | 'percent-of-unknown-target' | 'rate' | 'growth' | 'multiple' | 'share' | 'sum' | 'count';
  readonly achieved?: string;
  readonly target?: string;
  readonly printed?: string;
  readonly keyword?: string;
  readonly as?: 'attainment' | 'over' | 'over-points' | null;
  readonly from?: string;
  readonly to?: string;
  readonly part?: string;
  readonly whole?: string;
  readonly total?: string;
  readonly parts?: readonly string[];
  readonly ambiguous?: boolean;
  readonly note?: string;
}

export interface CorpusSentence {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly figures: readonly CorpusFigure[];
  readonly notFigures?: readonly string[];
}

export interface Corpus {
  readonly sources: readonly { readonly id: string; readonly url: string }[];
  readonly sentences: readonly CorpusSentence[];
}

/**
 * The verdict the reference expects: what exact arithmetic says of the printed figure. `'uncertain'`:
 * the annotation says the sentence alone does not decide it (a target printed elsewhere, a list whose
 * items may overlap): the reader must not judge it, so `ambiguous`, `inferred` or a plain `figure` agree.
 */
export type ExpectedVerdict = 'consistent' | 'flagged' | 'inferred' | 'ambiguous' | 'figure' | 'uncertain' | 'unchecked';

/** Whether the reader's verdict is what the reference expects. */
export function agrees(want: ExpectedVerdict, got: string | undefined): boolean {
  if (want === 'uncertain') return got === 'ambiguous' || got === 'inferred' || got === 'figure';
  // a count with nothing to check may be taken into a claim (the achieved figure of a check)
  if (want === 'figure') return got !== undefined && got !== 'flagged';
  return got === want;
}

const MODES: readonly RoundingMode[] = ['half-up', 'half-down', 'half-even', 'up', 'down', 'ceil', 'floor'];

/** The parts of the corpus: `dev` (tuned on), `holdout` (held out, since tuned on) `fresh3` to `fresh7` (the third to seventh held-out parts). */
export type CorpusPart = 'dev' | 'holdout' | 'fresh3' | 'fresh4' | 'fresh5' | 'fresh6' | 'fresh7';

export function loadCorpus(part: CorpusPart): Corpus | null {
  const file = fileURLToPath(new URL(`../fixtures/report-sentences/${part}.json`, import.meta.url));
  // An annotation may write a field it does not know as null ("achieved": null): read it as absent.
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8'), (_k, v: unknown) => (v === null ? undefined : v)) as Corpus) : null;
}

/** A printed percentage ("28,75%", "6.7", "1.549") as a plain decimal string and its decimals; null if unreadable. */
export function printedDecimal(printed: string): { value: string; decimals: number } | null {
  const s = printed.replace(/%/g, '').replace(/\s+/g, '').replace(/^[-−]/, '');
  // Vietnamese notation: ',' is the decimal mark, '.' groups thousands.
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(s)) return null;
  const plain = s.replace(/\./g, '').replace(',', '.');
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  return { value: plain, decimals };
}

/** Does some rounding mode turn p/q (a percentage) into the printed figure at its decimals? */
function reproduces(p: bigint, q: bigint, printed: string): boolean {
  const d = printedDecimal(printed);
  if (d === null) return false;
  const abs = p < 0n ? -p : p;
  const [pn, pd] = decimalToFraction(d.value);
  const want = referenceRound(pn, pd, d.decimals, 'half-up');
  return MODES.some((m) => referenceRound(abs, q, d.decimals, m) === want);
}

const frac = (s: string): [bigint, bigint] => decimalToFraction(s);

/**
 * Whether some whole-number target gives the printed percentage of `achieved` in some rounding mode. The
 * exact value lies within one unit of the last printed decimal of the figure, which bounds the targets;
 * each is then tried. Too many to try, or a percentage in points: assumed yes (the reader infers).
 */
function someTarget(f: CorpusFigure): boolean {
  const d = f.printed === undefined ? null : printedDecimal(f.printed);
  if (d === null || f.achieved === undefined || f.as === 'over-points') return true;
  const [an, ad] = frac(f.achieved);
  const [pn, pd] = decimalToFraction(d.value);
  const unit = 10n ** BigInt(d.decimals);
  // w = the attainment-like value 100a/t: p for đạt/chiếm, p + 100 for vượt
  const shift = f.as === 'over' ? 100n * pd : 0n;
  const wLo = (pn + shift) * unit - pd; // (w − 1/unit) · pd · unit
  const wHi = (pn + shift) * unit + pd;
  if (wLo <= 0n) return true;
  // t between 100a/wHi and 100a/wLo (all scaled by pd·unit/ad)
  const tMin = (100n * an * pd * unit) / (ad * wHi);
  const tMax = (100n * an * pd * unit) / (ad * wLo) + 1n;
  if (tMax - tMin > 1_000_000n) return true;
  for (let t = tMin < 1n ? 1n : tMin; t <= tMax; t++) {
    let p: bigint;
    let q: bigint;
    if (f.as === 'over') { p = 100n * (an - t * ad); q = t * ad; } else { p = 100n * an; q = t * ad; }
    if (p >= 0n && reproduces(p, q, f.printed as string)) return true;
  }
  return false;
}

/** The expected verdict of one annotated figure. */
export function expectedVerdict(f: CorpusFigure): ExpectedVerdict {
  if (f.ambiguous === true) return 'uncertain';
  switch (f.kind) {
    case 'count':
      return 'figure';
    case 'percent-of-unknown-target':
      // with no achieved figure printed there is nothing to work a target out from
      if (f.achieved === undefined) return 'figure';
      return someTarget(f) ? 'inferred' : 'flagged';
    case 'sum': {
      if (f.total === undefined || f.parts === undefined) return 'unchecked';
      // Σ parts = total exactly, as fractions with a common power of ten
      let num = 0n;
      let den = 1n;
      for (const part of f.parts) {
        const [n, d] = frac(part);
        num = num * d + n * den;
        den *= d;
      }
      const [tn, td] = frac(f.total);
      return num * td === tn * den ? 'consistent' : 'flagged';
    }
    case 'multiple': {
      // "gấp N lần": to/from, not a percentage
      if (f.printed === undefined || f.from === undefined || f.to === undefined) return 'unchecked';
      const [an, ad] = frac(f.to);
      const [bn, bd] = frac(f.from);
      if (bn === 0n) return 'unchecked';
      return reproduces(an * bd, ad * bn, f.printed) ? 'consistent' : 'flagged';
    }
    case 'ratio':
    case 'rate':
    case 'share':
    case 'growth': {
      if (f.printed === undefined) return 'unchecked';
      let a: string | undefined;
      let b: string | undefined;
      let as = f.as ?? 'attainment';
      if (f.kind === 'share') [a, b, as] = [f.part, f.whole, 'attainment'];
      else if (f.kind === 'growth') [a, b, as] = [f.to, f.from, 'over'];
      else [a, b] = [f.achieved, f.target];
      if (a === undefined || b === undefined) return 'unchecked';
      const [an, ad] = frac(a);
      const [bn, bd] = frac(b);
      if (bn === 0n) return 'unchecked';
      let p: bigint;
      let q: bigint;
      if (as === 'over-points') {
        // a − b in points: (an·bd − bn·ad)/(ad·bd)
        p = an * bd - bn * ad;
        q = ad * bd;
      } else {
        // a/b × 100, or (a − b)/b × 100 for "vượt"
        const top = as === 'over' ? an * bd - bn * ad : an * bd;
        p = top * 100n;
        q = ad * bn;
      }
      if (q < 0n) [p, q] = [-p, -q];
      return reproduces(p, q, f.printed) ? 'consistent' : 'flagged';
    }
  }
}

/** How the reader did on a corpus: what the issue's goals are measured by. */
export interface CorpusScore {
  readonly sentences: number;
  readonly annotated: number;
  readonly found: number;
  readonly reported: number;
  readonly reportedOnAFigure: number;
  readonly notFiguresReported: readonly string[];
  readonly verdictChecked: number;
  readonly verdictAgrees: number;
  /** Figures the reference finds consistent that the reader flagged: must be none. */
  readonly wronglyFlagged: readonly string[];
  /** Figures the reader flagged that the reference does not find wrong under every mode: must be none. */
  readonly flaggedNotWrong: readonly string[];
  readonly disagreements: readonly string[];
}

type Extract = (text: string) => { claims: readonly { start: number; end: number; verdict: string; kind: string }[] };

/**
 * Where an annotated figure's text stands in its sentence, from `from` on: [start, end), or null. An
 * annotation may elide words with "…" ("57 …, nâng tổng số lên 1.985"): its pieces are found in order.
 */
const isDigit = (t: string, i: number): boolean => i >= 0 && i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57;

export function locate(text: string, figure: string, from: number): [number, number] | null {
  const pieces = figure.split('…').map((p) => p.trim()).filter((p) => p !== '');
  let at = from;
  let start = -1;
  let end = -1;
  for (const p of pieces) {
    // a piece that starts or ends with a digit is not part of a longer number ("20" is not in "2013")
    let i = text.indexOf(p, at);
    while (i >= 0 && ((isDigit(p, 0) && isDigit(text, i - 1)) || (isDigit(p, p.length - 1) && isDigit(text, i + p.length)))) i = text.indexOf(p, i + 1);
    if (i < 0) return null;
    if (start < 0) start = i;
    end = i + p.length;
    at = end;
  }
  return start < 0 ? null : [start, end];
}

/** Scores `extract` (extractClaims) on every sentence of a corpus. */
export function scoreCorpus(corpus: Corpus, extract: Extract): CorpusScore {
  let annotated = 0, found = 0, reported = 0, reportedOnAFigure = 0, verdictChecked = 0, verdictAgrees = 0;
  const notFiguresReported: string[] = [];
  const wronglyFlagged: string[] = [];
  const flaggedNotWrong: string[] = [];
  const disagreements: string[] = [];
  for (const s of corpus.sentences) {
    const claims = extract(s.text).claims;
    const spans: [number, number][] = [];
    let from = 0;
    for (const f of s.figures) {
      annotated++;
      const located = locate(s.text, f.text, from) ?? locate(s.text, f.text, 0);
      if (located === null) { disagreements.push(`${s.id}: "${f.text}" is not in the text`); continue; }
      from = located[0] + 1;
      const span = located;
      spans.push(span);
      const over = claims.filter((c) => c.start < span[1] && span[0] < c.end);
      if (over.length === 0) { disagreements.push(`${s.id}: "${f.text}" not found`); continue; }
      found++;
      const want = expectedVerdict(f);
      if (want === 'unchecked') continue;
      verdictChecked++;
      // The claim that judges the figure: one with a verdict other than a plain figure, if any.
      const judged = over.find((c) => agrees(want, c.verdict)) ?? over.find((c) => c.verdict !== 'figure') ?? over[0];
      const got = judged?.verdict;
      if (agrees(want, got)) verdictAgrees++;
      else disagreements.push(`${s.id}: "${f.text}" expected ${want}, got ${over.map((c) => `${c.kind}:${c.verdict}`).join(', ')}`);
      if (want === 'consistent' && over.some((c) => c.verdict === 'flagged')) wronglyFlagged.push(`${s.id}: ${f.text}`);
      // (a plain count inside a flagged sum's span is judged by the sum's own annotation)
      if ((want === 'consistent' || want === 'inferred' || want === 'uncertain') && over.some((c) => c.verdict === 'flagged' && c.kind !== 'subset')) flaggedNotWrong.push(`${s.id}: ${f.text}`);
    }
    for (const c of claims) {
      reported++;
      if (spans.some(([a, b]) => c.start < b && a < c.end)) { reportedOnAFigure++; continue; }
      const text = s.text.slice(c.start, c.end);
      if ((s.notFigures ?? []).some((n) => text.includes(n) || n.includes(text))) notFiguresReported.push(`${s.id}: "${text}"`);
    }
  }
  return {
    sentences: corpus.sentences.length, annotated, found, reported, reportedOnAFigure, notFiguresReported,
    verdictChecked, verdictAgrees, wronglyFlagged, flaggedNotWrong, disagreements,
  };
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

/** The score as the lines a person reads. */
export function scoreLines(name: string, s: CorpusScore): string[] {
  return [
    `${name}: ${s.sentences} sentences, ${s.annotated} annotated figures`,
    `  recall     ${pct(s.found, s.annotated)} (${s.found}/${s.annotated} figures found)`,
    `  precision  ${pct(s.reportedOnAFigure, s.reported)} (${s.reportedOnAFigure}/${s.reported} reported claims are annotated figures; ${s.notFiguresReported.length} on a date, decree number or list number)`,
    `  verdicts   ${pct(s.verdictAgrees, s.verdictChecked)} agree with the exact reference (${s.verdictAgrees}/${s.verdictChecked})`,
    `  correct figures flagged: ${s.wronglyFlagged.length}; flagged but not wrong under every mode: ${s.flaggedNotWrong.length}`,
  ];
}
