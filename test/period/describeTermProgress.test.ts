import { describe, expect, it } from 'vitest';
import { describeTermProgress, termProgress } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

// Bình Dương 2024: "toàn Đảng bộ đã phát triển 44/50 đảng viên theo chỉ tiêu nhiệm kỳ 2020-2025" (16/7/2024)
const binhDuong = termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 50, cumulative: 44 });

describe('describeTermProgress', () => {
  it('writes the lũy kế sentence a report prints, in Vietnamese notation', () => {
    expect(describeTermProgress(binhDuong, { unit: 'đảng viên' })).toEqual([
      'nhiệm kỳ 2020–2025: 44/50 đảng viên, đạt 88% chỉ tiêu, còn thiếu 6; đã qua 75,68% thời gian, vượt tiến độ, cần thêm 4,11 đảng viên/năm',
    ]);
  });

  it('writes English with the English decimal mark, and a unit in both languages', () => {
    expect(describeTermProgress(binhDuong, { locale: 'en', unit: { vi: 'đảng viên', en: 'party members' } })).toEqual([
      'term 2020–2025: 44/50 party members, 88% of target, 6 short; 75.68% of the time elapsed, ahead of pace, 4.11 party members/year still needed',
    ]);
  });

  it('says nothing is still needed once the target is met', () => {
    const met = termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2023-12-31', target: 20, cumulative: 20 });
    expect(describeTermProgress(met, { unit: 'đảng viên' })).toEqual([
      'nhiệm kỳ 2020–2025: 20/20 đảng viên, đạt 100% chỉ tiêu; đã qua 66,65% thời gian, vượt tiến độ',
    ]);
  });

  it('says when the figure is behind pace', () => {
    const behind = termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 50, cumulative: 20 });
    const [s] = describeTermProgress(behind);
    expect(s).toBe('nhiệm kỳ 2020–2025: 20/50, đạt 40% chỉ tiêu, còn thiếu 30; đã qua 75,68% thời gian, chậm tiến độ, cần thêm 20,56/năm');
  });

  it('gives one frozen sentence per target, labelled by its issuer', () => {
    const p = termProgress({
      term: 'nhiệm kỳ 2020-2025',
      asOf: '2024-07-16',
      cumulative: 20,
      targets: [
        { id: 'own', target: 20, label: { vi: 'chỉ tiêu Đại hội Chi bộ', en: 'the cell congress target' } },
        { id: 'assigned', target: 50, label: { vi: 'chỉ tiêu Đảng ủy khối giao', en: 'the bloc committee target' } },
      ],
    });
    const out = describeTermProgress(p);
    expect(Object.isFrozen(out)).toBe(true);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^nhiệm kỳ 2020–2025, chỉ tiêu Đại hội Chi bộ: 20\/20/);
    expect(out[1]).toMatch(/^nhiệm kỳ 2020–2025, chỉ tiêu Đảng ủy khối giao: 20\/50/);
  });

  it('refuses what is not a term-progress result, with the path', () => {
    expect(errorOf(() => describeTermProgress({} as never)).path).toEqual(['result', 'term']);
    expect(errorOf(() => describeTermProgress(null as never)).path).toEqual(['result']);
    const broken = { ...binhDuong, targets: [{ ...binhDuong.targets[0], pace: 'fast' }] };
    expect(errorOf(() => describeTermProgress(broken as never)).path).toEqual(['result', 'targets', 0, 'pace']);
    expect(errorOf(() => describeTermProgress(binhDuong, { locale: 'fr' } as never)).path).toEqual(['options', 'locale']);
    expect(errorOf(() => describeTermProgress(binhDuong, { colour: 'red' } as never)).code).toBe('unknown_key');
  });
});
