// A report's text as tokens, and the few ways the reading phases look at them (the word at a token,
// its kind, the clause and sentence it is in). Built once per text, in one pass over the tokens.
import { scan, type Token } from './_scan.js';

/** The tokens of a text with constant-time lookups; out-of-range indexes read as nothing. */
export interface Doc {
  readonly text: string;
  readonly toks: readonly Token[];
  readonly N: number;
  tok(i: number): Token | undefined;
  /** The word at token i (lower case, NFC), or '' when it is not a word. */
  word(i: number): string;
  /** The kind of token i, or '' past either end. */
  kindAt(i: number): string;
  /** The last ';' or sentence end before token i, or −1. */
  boundaryBefore(i: number): number;
  /** The last sentence end before token i, or −1. */
  stopBefore(i: number): number;
  /** The text from token `first` to token `last`, with its offsets. */
  span(first: number, last: number): { start: number; end: number; text: string };
  /** The token that starts at offset `start` (a "từ" just before it included: "từ 320 lên 352"). */
  startTok(start: number): number;
}

export function readDoc(text: string): Doc {
  const toks = scan(text);
  const N = toks.length;
  const tok = (i: number): Token | undefined => (i >= 0 && i < N ? toks[i] : undefined);
  const word = (i: number): string => {
    const t = tok(i);
    return t !== undefined && t.kind === 'word' ? t.text : '';
  };
  // lastBoundary[i] is the last ';' or sentence end at or before token i; lastStop[i] the last sentence end
  const lastBoundary = new Int32Array(N);
  const lastStop = new Int32Array(N);
  let lb = -1;
  let ls = -1;
  for (let i = 0; i < N; i++) {
    const k = (toks[i] as Token).kind;
    if (k === 'semi' || k === 'stop') lb = i;
    if (k === 'stop') ls = i;
    lastBoundary[i] = lb;
    lastStop[i] = ls;
  }
  return {
    text,
    toks,
    N,
    tok,
    word,
    kindAt: (i) => tok(i)?.kind ?? '',
    boundaryBefore: (i) => (i > 0 ? (lastBoundary[i - 1] as number) : -1),
    stopBefore: (i) => (i > 0 ? (lastStop[i - 1] as number) : -1),
    span: (first, last) => {
      const start = (toks[first] as Token).start;
      const end = (toks[last] as Token).end;
      return { start, end, text: text.slice(start, end) };
    },
    startTok: (start) => {
      let lo = 0;
      let hi = N - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((toks[mid] as Token).start < start) lo = mid + 1;
        else hi = mid;
      }
      return word(lo - 1) === 'từ' ? lo - 1 : lo;
    },
  };
}
