import { deepFreeze } from '../core/_freeze.js';
import type { RuleSet } from './types.js';

const SOURCE = {
  document: '22-HD/TWĐTN',
  name: { vi: 'Hướng dẫn thực hiện Điều lệ Đoàn', en: 'Guidance implementing the Youth Union Charter' },
  article: 'Phần thứ ba',
  urls: ['https://thuviengiaovien.com/cong-tac-to-chuc-kiem-tra-doan-tncs-hcm-299012.html'],
};

/**
 * The conditions to found a youth union cell (chi đoàn): at least 3 members (đoàn viên). With 1 or 2,
 * the upper Đoàn assigns them to a suitable grassroots unit (`joinsSuitableUnit: true`). Fact:
 * `youthUnionMembers` (count). Medium confidence: the figure comes from the 2013 guidance and training
 * material.
 *
 * @example
 * ```ts
 * import { evaluateRule, youthUnionCellFounding } from 'chitieu';
 * evaluateRule(youthUnionCellFounding, { youthUnionMembers: 3 }, { asOf: '2025-01-01' }).outcome;
 * //=> 'eligible'
 * ```
 * @category Rules
 */
export const youthUnionCellFounding: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'youth-union.cell.founding',
  title: { vi: 'Điều kiện thành lập chi đoàn', en: 'Conditions to found a youth union cell' },
  facts: {
    youthUnionMembers: { type: 'count', title: { vi: 'Số đoàn viên', en: 'Youth union members' } },
  },
  versions: [
    {
      id: 'hd-22-2013',
      effectiveFrom: '2013-06-28',
      source: SOURCE,
      confidence: 'medium',
      when: { id: 'min-members', fact: 'youthUnionMembers', op: '>=', value: 3, title: { vi: 'Có từ 3 đoàn viên trở lên', en: 'At least 3 members' } },
      conclusions: [
        {
          id: 'join-suitable-unit',
          text: {
            vi: 'Chưa đủ 3 đoàn viên: Đoàn cấp trên giới thiệu đoàn viên sinh hoạt ở đơn vị cơ sở thích hợp.',
            en: 'Fewer than 3 members: the upper Đoàn assigns the members to a suitable grassroots unit.',
          },
          when: { fact: 'youthUnionMembers', between: [1, 2], title: { vi: 'Có 1 hoặc 2 đoàn viên', en: '1 or 2 members' } },
          sets: { joinsSuitableUnit: true },
        },
      ],
    },
  ],
});
