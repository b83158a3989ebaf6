// The figures a report prints, as the reading phases pass them along (src/claims/_extract.ts runs the
// phases): a number as printed, the unit words after it, and what has been found out about it.
import { readNumber, type ExactNumber } from '../core/_exact.js';
import { scaledToString } from '../core/_round.js';
import { ChiTieuError } from '../core/errors.js';
import { parseLocalized } from '../core/parseNumber.js';
import type { Reasoned } from './_render.js';
import { decimalsOf, scale } from './_reported.js';
import type { Token } from './_scan.js';
import type { Claim, ClaimAs, ClaimFlag, FigureRef } from './types.js';

// How far (in tokens) a percentage looks back for the figure it belongs to, a "trong đó" looks back
// for its total and ahead for its parts. Fixed windows keep the whole extraction linear in the text.
export const ANCHOR_WINDOW = 40;
export const TOTAL_WINDOW = 60;
export const PARTS_WINDOW = 60;
/** Longest unit read after a figure, in words ("tổ chức Hội Cựu chiến binh"). */
export const UNIT_WORDS = 6;
/** Longest number token read; no printed figure comes near it. */
const MAX_FIGURE_TEXT = 40;
/** Units that fit any total of people ("30 người đang chuẩn bị đi học" is part of "108 quần chúng ưu tú"). */
const GENERIC_UNITS = new Set(['người', 'trường hợp', 'đồng chí']);

/** A number as printed, read in Vietnamese notation. */
export interface Num {
  readonly text: string;
  readonly x: ExactNumber;
  readonly decimals: number;
  readonly scaled: bigint;
  readonly start: number;
  readonly end: number;
}

export interface Unit {
  readonly text: string;
  readonly key: string;
}

type FigKind = 'count' | 'percent' | 'ratio' | 'range';

/** What a word before a printed figure makes of it: a lower bound (trên, hơn), nearly (gần), about (khoảng). */
export type Bound = 'above' | 'below' | 'about';

/** Words before a figure that make it a bound or an approximation: "trên 90%", "gần 59%", "khoảng 80%", "xấp xỉ". */
export const BOUNDS: Readonly<Record<string, Bound>> = { trên: 'above', hơn: 'above', gần: 'below', khoảng: 'about', xỉ: 'about' };
/** Words before a count that make it a change rather than a level ("tăng thêm 200 đảng viên"). */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(['tăng', 'giảm', 'thêm', 'vượt']);

/** A figure found in the text, before it becomes a claim. */
export interface Fig {
  readonly kind: FigKind;
  /** Token where the claim text starts ("từ", "ít", or the number). */
  first: number;
  /** First and last token of the figure itself. */
  readonly t0: number;
  readonly t1: number;
  /** The value; the achieved figure of a ratio; the lower end of a range. */
  readonly a: Num;
  /** The target of a ratio; the upper end of a range. */
  readonly b: Num | null;
  /** Whether the figure is printed with "%"; false for a count, a ratio, and a multiple ("gấp 2 lần", kind `'percent'`). */
  readonly percent: boolean;
  readonly unit: Unit | null;
  /** For a percentage after đạt / vượt / chiếm: what it claims, and the keyword's token. */
  as: ClaimAs | null;
  kw: number;
  readonly atLeast: boolean;
  /** For a keyword percentage: the figure it belongs to, or −1. */
  anchor: number;
  /** For a keyword percentage: the printed target it is measured against ("(chỉ tiêu 80)"), or null. */
  target?: Num;
  /** For a percentage of a list whose figures cannot be paired in order: the candidates. */
  ambiguous?: Fig[];
  /**
   * For a share with no whole beside it ("Có 41 tổ chức cơ sở Đảng. … có 24 tổ chức cơ sở Đảng …, chiếm
   * 58,5%"), or an attainment with no target beside it ("8.000 đoàn viên công đoàn, … 7.888 đoàn viên công
   * đoàn đạt 98,6% kế hoạch năm"): the one count of the sentence before, or earlier in this one, that
   * counts the same thing. It is taken only when the arithmetic agrees; otherwise the whole or target is
   * worked out, never flagged against a figure guessed.
   */
  wholeBefore?: Fig;
  /** For a percentage after "trên", "gần", "khoảng": what it bounds. */
  bound?: Bound;
  /** For a count after "vượt" ("16/15 tổ chức, vượt 1 tổ chức"): the ratio whose excess it claims to be. */
  excessOf?: Fig;
  /**
   * For a ratio whose target is 0: the percentages printed against it, which have no value to be
   * checked against (null until one is found). They become part of the ratio's own claim.
   */
  printed: Fig[] | null;
  /** Whether a claim has taken this figure in (so it is not also listed on its own). */
  used: boolean;
}

export function readNum(tok: Token): Num | undefined {
  const t = tok.text;
  if (t.length > MAX_FIGURE_TEXT) return undefined;
  const comma = t.indexOf(',');
  const decimals = decimalsOf(t, ',');
  let plain: string;
  if (t.length <= 15 && !t.includes('.') && comma === t.lastIndexOf(',')) {
    // Most figures are digits with perhaps one decimal comma ("72,2"): read those at once.
    plain = scaledToString(Number(comma < 0 ? t : t.slice(0, comma) + t.slice(comma + 1)), decimals);
  } else {
    // Grouped thousands ("1.549") go through the strict reader, which rejects what could mean two
    // things: "1.2", and "0.500" (0,500 mistyped, or 500?), which is skipped, never read as 500.
    try {
      plain = parseLocalized(t, 'vi', []);
    } catch (e) {
      if (e instanceof ChiTieuError) return undefined; // "1.2" and the like: not a figure a report prints
      throw e;
    }
  }
  const x = readNumber(plain) as ExactNumber;
  return { text: t, x, decimals, scaled: scale(x, decimals), start: tok.start, end: tok.end };
}
/**
 * A percentage printed with a decimal point in a Vietnamese text ("đạt 99.52%", "chiếm 0.9%"): a dot
 * that is not followed by exactly three digits cannot group thousands, so it can only be the decimal
 * point. Read only before "%", where it cannot be a section number ("1.2. Công tác…").
 */
export function readDotDecimal(tok: Token): Num | undefined {
  const t = tok.text;
  if (!/^\d+\.(?:\d{1,2}|\d{4,})$/.test(t) || t.length > MAX_FIGURE_TEXT) return undefined;
  const x = readNumber(t) as ExactNumber;
  const decimals = decimalsOf(t, '.');
  return { text: t, x, decimals, scaled: scale(x, decimals), start: tok.start, end: tok.end };
}

export function ref(n: Num, unit: Unit | null): FigureRef {
  return Object.freeze({ value: n.x.text, text: n.text, start: n.start, end: n.end, unit: unit?.text ?? null });
}

export function unitsMatch(a: Unit | null, b: Unit | null): boolean {
  if (a === null || b === null) return false;
  return a.key === b.key || a.key.startsWith(`${b.key} `) || b.key.startsWith(`${a.key} `) || abbreviates(a, b) || abbreviates(b, a);
}

/**
 * Whether unit a opens with the capitals of the first words of b: "TCCSĐ" for "tổ chức cơ sở Đảng",
 * "ĐVCĐ" for "đoàn viên công đoàn", "CĐCS" for "công đoàn cơ sở", as reports write them after the first
 * time (and often from the first). Three capitals at least: two spell too many things ("ĐV" is đảng
 * viên or đoàn viên, "CB" cán bộ or chi bộ), and a part paired with the wrong total could be flagged.
 */
function abbreviates(a: Unit, b: Unit): boolean {
  const space = a.text.indexOf(' ');
  const head = space < 0 ? a.text : a.text.slice(0, space);
  if (head.length < 3 || head.length > 8 || head !== head.toUpperCase() || head === head.toLowerCase()) return false;
  const words = b.key.split(' ');
  if (words.length < head.length) return false;
  let initials = '';
  for (let k = 0; k < head.length; k++) initials += (words[k] as string).charAt(0);
  return initials === head.toLowerCase();
}

export function isGeneric(u: Unit | null): boolean {
  return u === null || GENERIC_UNITS.has(u.key);
}

/** A count that is only a count (not "ít nhất 400", a lower bound). */
export function plainCount(G: Fig | undefined): boolean {
  return G !== undefined && G.kind === 'count' && !G.atLeast;
}

/** A flag, with the sentences and the reason of the claim it is raised on. */
export function flag(code: ClaimFlag['code'], r: Reasoned): ClaimFlag {
  return Object.freeze({ code, vi: r.explanation.vi, en: r.explanation.en, reason: r.reason });
}

/**
 * Freezes a claim and the plain objects made for it (figure references and flags are frozen as they
 * are made; checks come frozen from their own core). Done as claims are built, not by walking the
 * result afterwards, which would cost a key list per object.
 */
export function seal<C extends Claim>(c: C): C {
  Object.freeze(c.flags);
  if (c.kind === 'sum') Object.freeze(c.parts);
  if (c.kind === 'implied-target' && c.impliedTargets !== null) Object.freeze(c.impliedTargets);
  return Object.freeze(c);
}
