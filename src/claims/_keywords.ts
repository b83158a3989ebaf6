// The keyword of a percentage, read back from it (đạt / vượt / chiếm / hoàn thành / tăng / giảm /
// thấp hơn, perhaps with "được", a bound word or the target's name between), and the "trở lên" after a
// figure that makes it a lower bound: part of phase 1, a few tokens either side of each number.
import type { Doc } from './_doc.js';
import { BOUNDS, type Bound } from './_figure.js';
import type { ClaimAs } from './types.js';

/**
 * A percentage's keyword: what it claims, its first token, the bound word between ("đạt trên 90%"), and
 * whether the target is named between ("vượt chỉ tiêu 24%").
 */
export interface Keyword {
  readonly as: ClaimAs;
  readonly kw: number;
  readonly bound?: Bound;
  readonly targetNamed?: true;
}

/** The keyword readers of a text. */
export function keywords(doc: Doc): {
  keywordBefore: (i: number) => Keyword | null;
  boundAfter: (t1: number) => boolean;
} {
  const { tok, word, kindAt } = doc;
  // A keyword just before a percentage: đạt / vượt / chiếm / hoàn thành, perhaps with "được".
  const keywordBefore = (i: number): Keyword | null => {
    let k = i - 1;
    // "đạt 86,25%, thấp hơn 5,25% so với chỉ tiêu (91,5%)": a rate's shortfall in points (not the bound
    // "hơn"), kept only where the pairing finds the target rate printed after it
    if (word(k) === 'hơn' && word(k - 1) === 'thấp') return { as: 'under-points', kw: k - 1 };
    // "đạt trên 90%", "chiếm gần 59%", "đạt khoảng 80%": the figure is a bound or an approximation
    const bound = BOUNDS[word(k)];
    if (bound !== undefined) k--;
    const found = keywordAt(k);
    return found === null ? null : bound === undefined ? found : { ...found, bound };
  };
  const keywordAt = (k: number): Keyword | null => {
    if (word(k) === 'được') k--;
    // "chiếm tỷ lệ 0,9%", "đạt tỷ lệ 95%": the keyword is before "tỷ lệ"
    if (word(k) === 'lệ' && word(k - 1) === 'tỷ' && (word(k - 2) === 'chiếm' || word(k - 2) === 'đạt')) k -= 2;
    // "6.659/8.159 đảng viên dự đánh giá, tỷ lệ 81,6%", "15 tổ chức …, tỷ lệ 36,7%": the share of the figure before
    if (word(k) === 'lệ' && word(k - 1) === 'tỷ' && kindAt(k - 2) === 'comma') return { as: 'share', kw: k - 1 };
    // "37 đảng viên mới, vượt chỉ tiêu 24%", "vượt kế hoạch 5%": the target named between
    if (word(k - 2) === 'vượt' && ((word(k) === 'tiêu' && (word(k - 1) === 'chỉ' || word(k - 1) === 'mục')) || (word(k) === 'hoạch' && word(k - 1) === 'kế'))) return { as: 'over', kw: k - 2, targetNamed: true };
    const w = word(k);
    // ("đat 100%": the word misprinted without its dot)
    if (w === 'đạt' || w === 'đat') return { as: 'attainment', kw: k };
    // "(7/24)=29,16%": the ratio as a percentage
    if (tok(k)?.text === '=' && kindAt(k + 1) === 'num') return { as: 'attainment', kw: k };
    if (w === 'vượt') return { as: 'over', kw: k };
    if (w === 'chiếm') return { as: 'share', kw: k };
    // "23/49 đồng chí, bằng 46,9%": the ratio as a percentage
    if (w === 'bằng') return { as: 'attainment', kw: k };
    // "tăng từ 320 lên 352, tăng 10%", "152 đoàn viên, tăng 12% so với cùng kỳ": growth over an earlier figure
    if (w === 'tăng') return { as: 'growth', kw: k };
    // "giảm từ 40 xuống 30, giảm 25%": a fall from the earlier figure
    if (w === 'giảm') return { as: 'decrease', kw: k };
    if (w === 'thành' && word(k - 1) === 'hoàn') return { as: 'attainment', kw: k - 1 };
    return null;
  };

  // "… 100% chỉ tiêu trở lên": a lower bound, not a figure to check.
  const boundAfter = (t1: number): boolean => {
    for (let m = t1 + 1; m <= t1 + 3; m++) if (word(m) === 'trở' && word(m + 1) === 'lên') return true;
    return false;
  };
  return { keywordBefore, boundAfter };
}
