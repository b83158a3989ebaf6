import type { ExactNumber } from '../core/_exact.js';
import { scaledToString } from '../core/_round.js';
import { both } from './_explain.js';
import { scale } from './_reported.js';
import type { CheckSumResult, SumTolerance } from './types.js';

/** A figure with the number of decimals it was printed to (trailing zeros included). */
export interface PrintedFigure {
  readonly x: ExactNumber;
  readonly decimals: number;
}

/** Parts listed in an explanation; beyond this the sentence names only how many there are. */
const LISTED_PARTS = 12;

/**
 * The pure core of checkSum. Everything is scaled to 2·10^K (K the most decimals printed anywhere),
 * where every figure and every half unit of a last printed digit is an integer, so the comparison is
 * exact. Linear in the number of parts.
 */
export function computeSum(total: PrintedFigure, parts: readonly PrintedFigure[], tolerance: SumTolerance): CheckSumResult {
  let K = total.decimals;
  for (const p of parts) if (p.decimals > K) K = p.decimals;
  const scaled = (f: PrintedFigure) => 2n * scale(f.x, K); // exact: f.x.d divides 10^K
  let sum = 0n;
  let tol = 0n;
  for (const p of parts) {
    sum += scaled(p);
    // half a unit of the last printed digit, 10^-k / 2, is 10^(K-k) in units of 1/(2·10^K)
    if (tolerance === 'rounding') tol += 10n ** BigInt(K - p.decimals);
  }
  const t = scaled(total);
  const diff = sum - t;
  const consistent = (diff < 0n ? -diff : diff) <= tol;
  // Back to plain decimals: values over 2·10^K are values over 10^K doubled.
  const plain = (v: bigint) => scaledToString(v / 2n, K);
  const plainHalf = (v: bigint) => scaledToString(v * 5n, K + 1);
  const sumText = plain(sum);
  const difference = plain(diff);
  const toleranceText = plainHalf(tol);

  const tx = both(total.x.text);
  const s = both(sumText);
  let expr: { vi: string; en: string };
  if (parts.length <= LISTED_PARTS) {
    const join = (l: 'vi' | 'en') =>
      parts.map((p, i) => {
        const v = both(p.x.text.startsWith('-') ? p.x.text.slice(1) : p.x.text)[l];
        return i === 0 ? (p.x.n < 0n ? `−${v}` : v) : `${p.x.n < 0n ? '−' : '+'} ${v}`;
      }).join(' ');
    expr = { vi: `${join('vi')} = ${s.vi}`, en: `${join('en')} = ${s.en}` };
  } else {
    expr = { vi: `Tổng của ${parts.length} phần là ${s.vi}`, en: `The ${parts.length} parts add up to ${s.en}` };
  }
  const d = both(difference.startsWith('-') ? difference : `+${difference}`);
  const tt = both(toleranceText);
  let explanation;
  if (diff === 0n) {
    explanation = { vi: `${expr.vi}, khớp với tổng ${tx.vi}.`, en: `${expr.en}, matching the total ${tx.en}.` };
  } else if (consistent) {
    explanation = {
      vi: `${expr.vi}, lệch ${d.vi} so với tổng ${tx.vi}, trong sai số làm tròn ±${tt.vi} của các phần.`,
      en: `${expr.en}, ${d.en} off the total ${tx.en}, within the parts' rounding of ±${tt.en}.`,
    };
  } else {
    const within = tol > 0n ? { vi: `, vượt sai số làm tròn ±${tt.vi}`, en: `, beyond the parts' rounding of ±${tt.en}` } : { vi: '', en: '' };
    explanation = {
      vi: `${expr.vi}, không khớp với tổng ${tx.vi} (lệch ${d.vi}${within.vi}).`,
      en: `${expr.en}, not the total ${tx.en} (${d.en} off${within.en}).`,
    };
  }
  return Object.freeze({
    consistent,
    total: total.x.text,
    sum: sumText,
    difference,
    tolerance: toleranceText,
    sumNumber: Number(sumText),
    differenceNumber: Number(difference),
    explanation: Object.freeze(explanation),
  });
}
