import { deepFreeze } from '../core/_freeze.js';
import type { RuleSet, RuleVersion } from './types.js';

const URLS = ['https://thuviennhadat.vn/phap-luat-doi-song/bao-nhieu-tuoi-duoc-ket-nap-doan-552680.html', 'https://luatminhkhue.vn/thuc-hien-chuong-trinh-ren-luyen-thanh-nien.aspx'];

function version(id: string, document: string, from: string, to: string | null, supersedes: string[]): RuleVersion {
  return {
    id,
    effectiveFrom: from,
    effectiveTo: to,
    source: { document, name: { vi: 'Điều lệ Đoàn TNCS Hồ Chí Minh', en: 'Charter of the Ho Chi Minh Communist Youth Union' }, article: 'Điều 1', urls: URLS },
    supersedes,
    confidence: 'high',
    when: {
      id: 'age',
      fact: 'birthDate',
      measure: 'years',
      between: [15, 30],
      edges: '(]',
      title: { vi: 'Tuổi từ 16 (từ đủ 15 tuổi + 1 ngày) đến 30', en: 'Aged 16 (from full 15 years and one day) to 30' },
      // The day-level counting is from the 2013 guidance; that it still holds under the 2022 charter is not confirmed.
      source: { document: '22-HD/TWĐTN', name: { vi: 'Hướng dẫn thực hiện Điều lệ Đoàn', en: 'Guidance implementing the Youth Union Charter' }, urls: URLS },
      confidence: 'medium',
    },
  };
}

/**
 * The age condition to join the Ho Chi Minh Communist Youth Union (kết nạp đoàn viên): from 16 to 30.
 * The Đoàn's guidance counts 16 as "from full 15 years and one day", so an age of 16 to 30 here means
 * more than exactly 15 years and at most exactly 30 years at `asOf` (the day after the 15th birthday to
 * the 30th birthday). Fact: `birthDate`.
 *
 * @example
 * ```ts
 * import { evaluateRule, youthUnionAdmission } from 'chitieu';
 * const on = (asOf: string) => evaluateRule(youthUnionAdmission, { birthDate: '2010-03-26' }, { asOf }).outcome;
 * [on('2025-03-26'), on('2025-03-27')];
 * //=> [ 'ineligible', 'eligible' ]
 * ```
 * @category Rules
 */
export const youthUnionAdmission: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'youth-union.admission',
  title: { vi: 'Điều kiện tuổi kết nạp đoàn viên', en: 'Age condition to join the Youth Union' },
  facts: {
    birthDate: { type: 'date', title: { vi: 'Ngày sinh', en: 'Date of birth' } },
  },
  versions: [
    version('dieu-le-doan-xi', 'Điều lệ Đoàn (khóa XI, 2017)', '2017-12-13', '2022-12-14', []),
    version('dieu-le-doan-xii', 'Điều lệ Đoàn (khóa XII, 2022)', '2022-12-15', null, ['dieu-le-doan-xi']),
  ],
});
