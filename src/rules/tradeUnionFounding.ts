import { deepFreeze } from '../core/_freeze.js';
import type { RuleSet, RuleVersion } from './types.js';

const URLS = ['https://thuviennhadat.vn/', 'https://luatdainam.com/cong-doan-co-so-duoc-thanh-lap-trong-cac-don-vi-su-dung-lao-dong-nao/'];

const CHARTERS = [
  // Each charter is taken to apply from the last day of the congress that adopted it.
  { id: 'dieu-le-cd-xi', document: 'Điều lệ Công đoàn Việt Nam (khóa XI, 2013)', article: 'Điều 16', from: '2013-07-30', to: '2018-09-25', confidence: 'high', supersedes: [] as string[] },
  { id: 'dieu-le-cd-xii', document: 'Điều lệ Công đoàn Việt Nam (khóa XII)', article: 'Điều 13', from: '2018-09-26', to: '2023-12-02', confidence: 'high', supersedes: ['dieu-le-cd-xi'] },
  // The text of the 2023 charter was not read; it is expected to keep the rule.
  { id: 'dieu-le-cd-xiii', document: 'Điều lệ Công đoàn Việt Nam (khóa XIII, 2023)', article: undefined, from: '2023-12-03', to: null, confidence: 'medium', supersedes: ['dieu-le-cd-xii'] },
] as const;

function version(c: (typeof CHARTERS)[number]): RuleVersion {
  return {
    id: c.id,
    effectiveFrom: c.from,
    effectiveTo: c.to,
    source: { document: c.document, ...(c.article !== undefined ? { article: c.article, clause: 'khoản 1' } : {}), urls: URLS },
    supersedes: [...c.supersedes],
    confidence: c.confidence,
    when: {
      id: 'min-members-or-applicants',
      any: [
        { fact: 'unionMembers', op: '>=', value: 5, title: { vi: 'Có từ 5 đoàn viên công đoàn trở lên', en: 'At least 5 union members' } },
        { fact: 'applicants', op: '>=', value: 5, title: { vi: 'Có từ 5 người lao động có đơn tự nguyện gia nhập Công đoàn', en: 'At least 5 workers applying voluntarily to join' } },
      ],
      title: { vi: 'Có từ 5 đoàn viên hoặc 5 người lao động có đơn gia nhập trở lên', en: '5 union members or 5 applying workers, or more' },
    },
  };
}

/**
 * The conditions to found a grassroots trade union (công đoàn cơ sở) at an employer: 5 union members
 * or 5 workers who apply voluntarily (Điều lệ Công đoàn Việt Nam). Facts: `unionMembers`, `applicants`
 * (counts). Versions follow the charters of 2013, 2018 and 2023 (the last with medium confidence, its
 * text not having been read).
 *
 * @example
 * ```ts
 * import { evaluateRule, tradeUnionFounding } from 'chitieu';
 * evaluateRule(tradeUnionFounding, { unionMembers: 2, applicants: 5 }, { asOf: '2025-01-01' }).outcome;
 * //=> 'eligible'
 * ```
 * @category Rules
 */
export const tradeUnionFounding: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'trade-union.founding',
  title: { vi: 'Điều kiện thành lập công đoàn cơ sở', en: 'Conditions to found a grassroots trade union' },
  facts: {
    unionMembers: { type: 'count', title: { vi: 'Số đoàn viên công đoàn', en: 'Union members' } },
    applicants: { type: 'count', title: { vi: 'Số người lao động có đơn gia nhập', en: 'Workers applying to join' } },
  },
  versions: CHARTERS.map(version),
});
