import { describe, expect, it } from 'vitest';
import { extractClaims, ROUNDING_MODES } from '../../src/index.js';
import { firstIssue as issueOf } from '../helpers/errors.js';

// extractClaims over the text itself: its length limit, letters, spaces and line breaks, punctuation.

/** Each claim of a text as [kind, start, end, text, unit, verdict]. */
function brief(text: string): unknown[] {
  return extractClaims(text).claims.map((c) => [c.kind, c.start, c.end, c.text, c.unit, c.verdict]);
}

describe('extractClaims: the length limit', () => {
  it('10,000,000 characters are read; one more is too long', () => {
    expect(extractClaims(' '.repeat(10_000_000))).toEqual({ claims: [], flags: [], commonModes: [...ROUNDING_MODES] });
    expect(issueOf(() => extractClaims(' '.repeat(10_000_001)))).toEqual({
      code: 'too_long', path: ['text'], facts: { length: 10_000_001, limit: 10_000_000 }, count: 1,
    });
  });
});

describe('extractClaims: letters', () => {
  it.each([
    ['Có 5 Z.', 'Z'],
    ['Có 5 A.', 'A'],
    ['Có 5 z.', 'z'],
    ['Có 5 a.', 'a'],
    ['Có 5 À.', 'À'],
    ['Có 5 𝐀.', '𝐀'],
    ['Có 5 𐀀.', '𐀀'],
    ['Có 5 \ud800\udfff.', '\ud800\udfff'],
    ['Có 5 ZAza đảng viên.', 'ZAza đảng viên'],
    // below U+00C0 only ASCII letters are letters: µ (U+00B5) is no unit
    ['Có 5 µ.', null],
    ['Có 5 ª.', null],
  ])('%j: unit %j', (text, unit) => {
    expect(brief(text)).toEqual([['count', 3, 4, '5', unit, 'figure']]);
  });

  it('a full-width % is a percent sign, not a letter', () => {
    expect(brief('Tỷ lệ 50％ tổ chức.')).toEqual([['rate', 6, 9, '50％', 'tổ chức', 'figure']]);
  });
});

describe('extractClaims: spaces and line breaks', () => {
  it.each(['\t', '\r', '\v', '\f', '\u00a0', '\u2000', '\u2005', '\u200a', '\u200b', '\u202f', '\u3000', '\ufeff'])('%j separates a figure from its unit', (sp) => {
    expect(brief(`Có 5${sp}đảng viên.`)).toEqual([['count', 3, 4, '5', 'đảng viên', 'figure']]);
  });

  it.each(['\u1fff', '\u200c'])('%j is no space: it glues the figure to the word', (c) => {
    expect(brief(`Có 5${c}đảng viên.`)).toEqual([]);
  });

  it.each(['\n', '\u2028', '\u2029'])('%j ends a sentence', (nl) => {
    expect(brief(`Có 5${nl}đảng viên.`)).toEqual([['count', 3, 4, '5', null, 'figure']]);
    expect(brief(`16/15 tổ chức${nl}vượt 6,6%`)).toEqual([
      ['ratio', 0, 5, '16/15', 'tổ chức', 'figure'],
      ['rate', 14, 23, 'vượt 6,6%', null, 'figure'],
    ]);
  });

  it('within a sentence the percentage is checked', () => {
    expect(brief('16/15 tổ chức, vượt 6,6%')).toEqual([['ratio-percent', 0, 24, '16/15 tổ chức, vượt 6,6%', 'tổ chức', 'consistent']]);
  });
});

describe('extractClaims: punctuation', () => {
  it.each(['!', '?', '…', '.'])('%j ends a sentence', (stop) => {
    expect(brief(`16/15 tổ chức${stop} Vượt 6,6%`)).toEqual([
      ['ratio', 0, 5, '16/15', 'tổ chức', 'figure'],
      ['rate', 15, 24, 'Vượt 6,6%', null, 'figure'],
    ]);
  });

  it('a full stop with a letter right after it is inside a name ("TP.Bến Cát")', () => {
    expect(brief('16/15 tổ chức tại TP.Bến Cát, vượt 6,6%')).toEqual([['ratio-percent', 0, 39, '16/15 tổ chức tại TP.Bến Cát, vượt 6,6%', 'tổ chức', 'consistent']]);
    // and glues a figure before it to the word
    expect(brief('Có 5.Bến')).toEqual([]);
    expect(brief('Có 5. Bến')).toEqual([['count', 3, 4, '5', null, 'figure']]);
  });

  it.each(['-', '‐', '‑', '–', '—', '−'])('%j makes a range', (dash) => {
    expect(brief(`5${dash}7 tổ chức`)).toEqual([['range', 0, 3, `5${dash}7`, 'tổ chức', 'figure']]);
  });

  it('square brackets hold a percentage as round ones do', () => {
    expect(brief('2.018/2.119 [đạt 95,23%]')).toEqual([['ratio-percent', 0, 24, '2.018/2.119 [đạt 95,23%]', null, 'consistent']]);
    expect(brief('146/279 [52,3%]')).toEqual([['ratio-percent', 0, 15, '146/279 [52,3%]', null, 'consistent']]);
    expect(brief('2.018/2.119 (đạt 95,23%)')).toEqual([['ratio-percent', 0, 24, '2.018/2.119 (đạt 95,23%)', null, 'consistent']]);
  });

  it('figures at the very start and end of the text', () => {
    expect(brief('5')).toEqual([['count', 0, 1, '5', null, 'figure']]);
    expect(brief('5,')).toEqual([['count', 0, 1, '5', null, 'figure']]);
    expect(brief('1.549,5')).toEqual([['count', 0, 7, '1.549,5', null, 'figure']]);
    expect(brief('Có 12,5')).toEqual([['count', 3, 7, '12,5', null, 'figure']]);
    expect(brief('(5)')).toEqual([['count', 1, 2, '5', null, 'figure']]);
  });
});
