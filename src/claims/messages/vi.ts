// Câu tiếng Việt của các phán định về số liệu báo cáo: số viết theo lối Việt Nam (97,5; 1.549).
import type { AttainmentStatus } from '../../attainment/types.js';
import type { RoundingMode } from '../../core/index.js';
import { localize } from '../../core/_format.js';
import { formula, inPoints, isChange, signed, sumTerms, withUnit } from '../_explain.js';
import type { CheckFacts, ClaimMessageTable, ImpliedBoundFacts, ImpliedFacts, RatioFacts, RoundedFigure, SumFacts } from '../reasons.js';
import type { ClaimAs } from '../types.js';

const L = 'vi';
/** Parts listed in a sentence; beyond this it names only how many there are. */
const LISTED_PARTS = 12;

/** Rounding modes as a Vietnamese reader knows them, with the library's name for reference. */
const MODE: Readonly<Record<RoundingMode, string>> = {
  'half-up': 'nửa lên (half-up)',
  'half-down': 'nửa xuống (half-down)',
  'half-even': 'nửa về số chẵn (half-even)',
  up: 'ra xa số 0 (up)',
  down: 'về phía số 0 (down)',
  ceil: 'lên (ceil)',
  floor: 'xuống (floor)',
};
const KEYWORD: Readonly<Record<ClaimAs, string>> = {
  attainment: 'đạt', share: 'chiếm', over: 'vượt', 'over-points': 'vượt', 'under-points': 'thấp hơn', decrease: 'giảm', growth: 'tăng', multiple: 'gấp', excess: 'vượt',
};

const modes = (list: readonly RoundingMode[]) => list.map((m) => MODE[m]).join(', ');
const unit = (as: ClaimAs) => (inPoints(as) ? ' điểm %' : as === 'multiple' ? ' lần' : as === 'excess' ? '' : '%');
const precision = (k: number) => (k === 0 ? 'đến hàng đơn vị' : `đến ${k} chữ số thập phân`);

function checkStart(f: CheckFacts): string {
  return `${formula(f.as, f.achieved, f.target, f.exact, f.decimals, unit(f.as), L)}; làm tròn ${MODE[f.rounding]} ${precision(f.decimals)} là ${localize(f.computed, L)}${unit(f.as)}`;
}
const printed = (f: CheckFacts) => `${localize(f.reported, L)}${unit(f.as)}`;

function sumExpr(f: SumFacts): string {
  if (f.parts.length > LISTED_PARTS) return `Tổng của ${f.parts.length} phần là ${localize(f.sum, L)}`;
  return `${sumTerms(f.parts, L)} = ${localize(f.sum, L)}`;
}

function impliedHead(f: ImpliedFacts): string {
  return `${withUnit(f.achieved, f.unit, L, inPoints(f.as) ? '%' : '')}, ${KEYWORD[f.as]} ${localize(f.reported, L)}${unit(f.as)}`;
}
const noun = (as: ClaimAs) => (as === 'share' ? 'tổng' : inPoints(as) ? 'chỉ tiêu tỷ lệ' : isChange(as) ? 'số liệu kỳ trước' : 'chỉ tiêu');
const span = (f: ImpliedFacts) => (f.to === null ? `từ ${localize(f.from ?? '1', L)} trở đi` : `từ ${localize(f.from ?? '1', L)} đến ${localize(f.to, L)}`);

const BOUND_WORD = { above: 'trên', below: 'gần', about: 'khoảng' } as const;
function boundHead(f: ImpliedBoundFacts): string {
  return `${withUnit(f.achieved, f.unit, L, inPoints(f.as) ? '%' : '')}, ${KEYWORD[f.as]} ${BOUND_WORD[f.bound]} ${localize(f.reported, L)}${unit(f.as)}`;
}
function boundList(f: ImpliedBoundFacts): string {
  const pct = inPoints(f.as) ? '%' : '';
  const from = localize(f.from ?? '0', L) + pct;
  if (f.to === null) return `một số nguyên từ ${from} trở lên`;
  const to = localize(f.to, L) + pct;
  return f.count === 1 ? from : f.count === 2 ? `${from} hoặc ${to}` : `một số nguyên từ ${from} đến ${to}`;
}

function status(a: string, t: string, s: AttainmentStatus, gap: string): string {
  if (s === 'not-met') return `${a} chưa đạt chỉ tiêu ${t}, còn thiếu ${localize(gap, L)}.`;
  if (s === 'exceeded') return `${a} vượt chỉ tiêu ${t} là ${localize(gap, L)}.`;
  return `${a} đạt đúng chỉ tiêu ${t}.`;
}
const ratioText = (f: RatioFacts) => `${localize(f.achieved, L)}/${localize(f.target, L)}`;
const rounded = (r: RoundedFigure) => `${r.ratio} in thành "${KEYWORD[r.as]} ${localize(r.reported, L)}${unit(r.as)}" (chỉ làm tròn ${modes(r.modes)})`;

/** Bảng câu tiếng Việt. */
export const vi: ClaimMessageTable = {
  'check-matches': (f) => `${checkStart(f)}, khớp với ${printed(f)} đã in.`,
  'check-other-rounding': (f) => `${checkStart(f)}, không phải ${printed(f)} như đã in; chỉ cách làm tròn ${modes(f.modes)} cho ra ${printed(f)}.`,
  'check-bound': (f) => {
    const r = printed(f);
    const head = formula(f.as, f.achieved, f.target, f.exact, f.decimals, unit(f.as), L);
    if (f.bound === 'above') return `${head}: lớn hơn ${r}, đúng như "trên ${r}" đã in.`;
    if (f.bound === 'below') return `${head}: nhỏ hơn và gần ${r}, đúng như "gần ${r}" đã in.`;
    return `${head}: cách ${r} không quá một đơn vị của chữ số cuối, đúng như "khoảng ${r}" đã in.`;
  },
  'check-loose': (f) => {
    const r = printed(f);
    return `${formula(f.as, f.achieved, f.target, f.exact, f.decimals, unit(f.as), L)}: không sát với "${f.bound === 'below' ? 'gần' : 'khoảng'} ${r}" đã in (lệch hơn một đơn vị của chữ số cuối), nhưng cách nói này không chặt nên không kết luận là sai.`;
  },
  'check-no-rounding': (f) => `${checkStart(f)}, không phải ${printed(f)} như đã in; không cách làm tròn nào cho ra ${printed(f)}.`,
  'sum-matches': (f) => `${sumExpr(f)}, khớp với tổng ${localize(f.total, L)}.`,
  'sum-within-rounding': (f) => `${sumExpr(f)}, lệch ${signed(f.difference, L)} so với tổng ${localize(f.total, L)}, trong sai số làm tròn ±${localize(f.tolerance, L)} của các phần.`,
  'sum-mismatch': (f) =>
    `${sumExpr(f)}, không khớp với tổng ${localize(f.total, L)} (lệch ${signed(f.difference, L)}${f.tolerance === '0' ? '' : `, vượt sai số làm tròn ±${localize(f.tolerance, L)}`}).`,
  'sum-unread-part': (f) =>
    `${sumExpr(f)}, thiếu ${signed(f.difference.replace(/^-/, ''), L).replace(/^[+]/, '')} so với tổng ${localize(f.total, L)}, đúng bằng số ${localize(f.unread, L)} nằm giữa các phần mà bộ đọc coi là tên hay số hiệu; nếu đó là một phần thì tổng khớp, nên không kết luận là sai.`,
  implied: (f) => {
    const pct = inPoints(f.as) ? '%' : '';
    const from = localize(f.from ?? '1', L) + pct;
    const to = localize(f.to ?? '1', L) + pct;
    const list = f.count === 1 ? from : f.count === 2 ? `${from} hoặc ${to}` : `từ ${from} đến ${to}`;
    return `${impliedHead(f)}: ${noun(f.as)} là ${list} (làm tròn ${MODE[f.rounding]}).`;
  },
  'implied-none': (f) => `${impliedHead(f)}: không có ${noun(f.as)} nguyên nào cho ra con số này khi làm tròn ${MODE[f.rounding]}.`,
  'implied-too-many': (f) => `${impliedHead(f)}: quá nhiều ${noun(f.as)} nguyên cho ra con số này (${span(f)}), không xác định được ${noun(f.as)}.`,
  'implied-too-large': (f) => `${impliedHead(f)}: các ${noun(f.as)} nguyên cho ra con số này vượt quá 2^53 (${span(f)}), không liệt kê được.`,
  'implied-bound': (f) => `${boundHead(f)}: ${noun(f.as)} là ${boundList(f)}.`,
  'implied-bound-none': (f) =>
    `${boundHead(f)}: không có ${noun(f.as)} nguyên nào cho ra con số này${f.bound === 'above' ? '' : `, nhưng cách nói "${BOUND_WORD[f.bound]}" không chặt nên không kết luận là sai`}.`,
  'ambiguous-pairing': (f) => {
    const list = f.candidates.map((c) => c.split('/').map((x) => localize(x, L)).join('/')).join(', ');
    return `${KEYWORD[f.as]} ${localize(f.reported, L)}${unit(f.as)}: không xác định được tỷ lệ này thuộc số liệu nào (${list}), nên không kiểm tra.`;
  },
  ratio: (f) => `${ratioText(f)}: đạt ${localize(f.percent ?? '0', L)}% chỉ tiêu. ${status(localize(f.achieved, L), localize(f.target, L), f.status, f.gap)}`,
  'ratio-zero-target': (f) => {
    const head = `${ratioText(f)}: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu`;
    const list = f.printed.map((p, i) => `"${KEYWORD[f.printedAs[i] as ClaimAs]} ${localize(p, L)}%"`).join(', ');
    return `${f.printed.length === 0 ? `${head}.` : `${head}; không kiểm tra được ${list} đã in.`} ${status(localize(f.achieved, L), localize(f.target, L), f.status, f.gap)}`;
  },
  range: (f) => `Khoảng ${localize(f.min, L)}–${localize(f.max, L)}${f.percent ? '%' : ''}${f.unit === null ? '' : ` ${f.unit}`}.`,
  'range-inverted': (f) => `Khoảng ${localize(f.min, L)}–${localize(f.max, L)}${f.percent ? '%' : ''}${f.unit === null ? '' : ` ${f.unit}`} có cận dưới lớn hơn cận trên.`,
  rate: (f) => `${withUnit(f.value, f.unit, L, '%')}: một tỷ lệ, không có số liệu để đối chiếu.`,
  'at-least': (f) => `Chỉ tiêu ít nhất ${withUnit(f.value, f.unit, L)}.`,
  count: (f) => `${withUnit(f.value, f.unit, L)}: một số liệu, không có gì để đối chiếu.`,
  multiple: (f) => `Gấp ${localize(f.value, L)} lần: không có số liệu để đối chiếu.`,
  'part-within': (f) => `Trong đó ${withUnit(f.part, f.partUnit, L)}, không vượt tổng ${withUnit(f.total, f.totalUnit, L)}.`,
  'part-exceeds': (f) => `Trong đó ${withUnit(f.part, f.partUnit, L)}, lớn hơn tổng ${withUnit(f.total, f.totalUnit, L)}.`,
  'mixed-rounding': (f) =>
    f.pair === null
      ? 'Không có cách làm tròn nào cho ra cùng lúc mọi tỷ lệ đã in: báo cáo làm tròn không nhất quán.'
      : `Không có cách làm tròn nào cho ra cùng lúc ${rounded(f.pair[0])} và ${rounded(f.pair[1])}: báo cáo làm tròn không nhất quán.`,
};
