import { describe, expect, it } from 'vitest';
import { checkSum } from '../../src/index.js';

// checkSum: how its explanation lists the parts.

describe('checkSum: listing the parts', () => {
  it('12 parts are listed, 13 are counted', () => {
    const twelve = checkSum({ total: 12, parts: Array.from({ length: 12 }, () => 1) });
    expect(twelve.explanation).toEqual({
      vi: '1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 12, khớp với tổng 12.',
      en: '1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 = 12, matching the total 12.',
    });
    expect(checkSum({ total: 13, parts: Array.from({ length: 13 }, () => 1) })).toEqual({
      consistent: true, total: '13', sum: '13', difference: '0', tolerance: '0', sumNumber: 13, differenceNumber: 0,
      reason: { code: 'sum-matches', facts: { total: '13', parts: Array.from({ length: 13 }, () => '1'), sum: '13', difference: '0', tolerance: '0' } },
      explanation: { vi: 'Tổng của 13 phần là 13, khớp với tổng 13.', en: 'The 13 parts add up to 13, matching the total 13.' },
    });
  });

  it('a part written with spaces keeps its printed decimals', () => {
    expect(checkSum({ total: 100, parts: [' 33.3 ', '33.3', '33.3 '], tolerance: 'rounding' })).toEqual({
      consistent: true, total: '100', sum: '99.9', difference: '-0.1', tolerance: '0.15', sumNumber: 99.9, differenceNumber: -0.1,
      reason: { code: 'sum-within-rounding', facts: { total: '100', parts: ['33.3', '33.3', '33.3'], sum: '99.9', difference: '-0.1', tolerance: '0.15' } },
      explanation: {
        vi: '33,3 + 33,3 + 33,3 = 99,9, lệch -0,1 so với tổng 100, trong sai số làm tròn ±0,15 của các phần.',
        en: "33.3 + 33.3 + 33.3 = 99.9, -0.1 off the total 100, within the parts' rounding of ±0.15.",
      },
    });
  });
});
