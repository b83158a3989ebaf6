/**
 * The tokenizer behind extractClaims: one pass over the text, one token per run of digits, letters or
 * a punctuation mark, each character looked at a bounded number of times. No regular expression runs
 * over the text itself (only over single characters), so the time is linear whatever the input.
 */

/** What a token is. `stop` ends a sentence (. ! ? … or a line break); `semi` ends a clause. */
type TokenKind = 'num' | 'word' | 'pct' | 'slash' | 'dash' | 'colon' | 'comma' | 'semi' | 'open' | 'close' | 'stop' | 'other';

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Whether whitespace separates the token from the one before it. */
  readonly gap: boolean;
  /** Words: lower case, NFC, so "Đạt" written either way matches "đạt". Other tokens: the text. */
  readonly text: string;
}

const LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters and combining marks of any script; surrogate halves count as letters (rare symbols stay inside words). */
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER.test(s[i] as string);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

function isNewline(c: number): boolean {
  return c === 10 || c === 0x2028 || c === 0x2029;
}

const SINGLE: Readonly<Record<string, TokenKind>> = {
  '%': 'pct', '％': 'pct',
  '/': 'slash',
  '-': 'dash', '‐': 'dash', '‑': 'dash', '–': 'dash', '—': 'dash', '−': 'dash',
  ':': 'colon',
  ',': 'comma',
  ';': 'semi',
  '(': 'open', '[': 'open',
  ')': 'close', ']': 'close',
  '!': 'stop', '?': 'stop', '…': 'stop',
};

/** Splits a text into tokens, left to right, in one pass. */
export function scan(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let gap = true;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) { gap = true; i++; continue; }
    const start = i;
    let kind: TokenKind;
    let text: string;
    if (isDigit(c)) {
      // Digits with single '.' or ',' between them: "2.018", "28,75", "1.549,5".
      i++;
      for (;;) {
        while (i < n && isDigit(s.charCodeAt(i))) i++;
        const sep = s.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(s.charCodeAt(i + 1))) { i += 2; continue; }
        break;
      }
      kind = 'num';
      text = s.slice(start, i);
    } else if (isLetter(s, i)) {
      i++;
      while (i < n && (isLetter(s, i) || isDigit(s.charCodeAt(i)))) i++;
      kind = 'word';
      text = s.slice(start, i).normalize('NFC').toLowerCase();
    } else if (isNewline(c)) {
      i++;
      kind = 'stop';
      text = '\n';
    } else if (c === 46) {
      // A full stop ends a sentence, unless a letter follows at once ("TP.Bến Cát").
      i++;
      kind = i < n && isLetter(s, i) ? 'other' : 'stop';
      text = '.';
    } else {
      i++;
      text = s.slice(start, i);
      kind = Object.prototype.hasOwnProperty.call(SINGLE, text) ? (SINGLE[text] as TokenKind) : 'other';
    }
    out.push({ kind, start, end: i, gap, text });
    gap = false;
  }
  return out;
}
