// Period phrases as reports type them, folded to one form before they are matched: case, Unicode
// forms, dashes, spaces, diacritics and the leading words that change nothing.

/** The Unicode Roman numeral characters Ⅰ…Ⅿ (U+2160…216F) and ⅰ…ⅿ (U+2170…217F), as letters. */
const ROMAN_CHARS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'l', 'c', 'd', 'm'];
/**
 * Lower case, NFC (Vietnamese typed on some keyboards arrives decomposed), one space between words,
 * every kind of dash as '-', no spaces around '-' and '/', and the leading words "cả", "trong",
 * "toàn" dropped. Every step is a linear scan; {@link foldPeriodText} goes on from here.
 */
function normalizePeriodText(text: string): string {
  let s = text.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
  s = s.replace(/[‐‑‒–—―−]/g, '-').replace(/ ?([-/]) ?/g, '$1');
  if (s.endsWith('.')) s = s.slice(0, -1);
  for (const lead of ['cả ', 'trong ', 'toàn ']) if (s.startsWith(lead)) s = s.slice(lead.length);
  return s;
}

/**
 * {@link normalizePeriodText}, then Unicode Roman numerals as letters ("quý Ⅱ" = "quý ii"), the
 * diacritics dropped ("nhiệm kỳ" = "nhiem ky", "đ" = "d": reports are often typed without them, and
 * "lũy"/"luỹ" and "kỳ"/"kì" meet), and the leading words "lũy kế" (cumulative), "cả", "trong", "toàn"
 * dropped ("lũy kế cả nhiệm kỳ 2020-2025"). Every step is a linear scan.
 */
export function foldPeriodText(text: string): string {
  let s = normalizePeriodText(text.replace(/[\u2160-\u217f]/g, (c) => ROMAN_CHARS[(c.charCodeAt(0) - 0x2160) % 16] as string));
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  for (let again = true; again; ) {
    again = false;
    for (const lead of ['luy ke ', 'ca ', 'trong ', 'toan ']) {
      if (s.startsWith(lead)) {
        s = s.slice(lead.length);
        again = true;
      }
    }
  }
  return s;
}

