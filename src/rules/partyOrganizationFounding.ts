import { deepFreeze } from '../core/_freeze.js';
import { charter, REGULATIONS, regulation } from './_sources.js';
import type { Condition, RuleSet, RuleVersion } from './types.js';

const URLS_21 = ['https://dvdn247.net/dieu-kien-thanh-lap-chi-bo/', 'https://luatvietnam.vn/can-bo-cong-chuc/thanh-lap-chi-bo-dang-566-25916-article.html'];
const URLS_30 = ['https://luatvietnam.vn/can-bo-cong-chuc/thanh-lap-chi-bo-dang-566-25916-article.html', 'https://thinhvuongvietnam.com/Content/to-chuc-co-so-dang-40449'];
const URLS_9 = ['https://xaydungchinhsach.chinhphu.vn/thi-diem-dai-hoi-chi-bo-5-nam-mot-lan-119250603053006617.htm'];

const atLeast3: Condition = {
  fact: 'officialMembers',
  op: '>=',
  value: 3,
  title: { vi: 'Có từ 3 đảng viên chính thức trở lên', en: 'At least 3 official members' },
};
const under30: Condition = {
  fact: 'totalMembers',
  op: '<',
  value: 30,
  title: { vi: 'Dưới 30 đảng viên (cả chính thức và dự bị)', en: 'Fewer than 30 members (official and probationary)' },
};

function version(r: (typeof REGULATIONS)[number]): RuleVersion {
  const after2025 = r.document === '294-QĐ/TW';
  const superior = after2025
    ? { vi: 'cấp ủy cấp trên trực tiếp (từ 01/7/2025 không còn cấp huyện)', en: 'the directly superior committee (there is no district level since 1 July 2025)' }
    : { vi: 'cấp ủy cấp trên trực tiếp', en: 'the directly superior committee' };
  // The chi ủy threshold is quoted from 29-QĐ/TW and 294-QĐ/TW; 24 and 232 are taken to say the same.
  const chiUyConfidence = r.document === '24-QĐ/TW' || r.document === '232-QĐ/TW' ? 'medium' : 'high';
  return {
    id: r.id,
    title: { vi: `Theo Điều lệ Đảng và ${r.document}`, en: `Under the Party Charter and ${r.document}` },
    effectiveFrom: r.from,
    effectiveTo: r.to,
    source: charter('Điều 21', 'khoản 2', URLS_21),
    supersedes: [...r.supersedes],
    confidence: 'high',
    when: {
      ...atLeast3,
      id: 'min-official-members',
      title: { vi: 'Có từ 3 đảng viên chính thức trở lên (đảng viên dự bị không tính)', en: 'At least 3 official members (probationary members do not count)' },
    },
    conclusions: [
      {
        id: 'form-chi-bo-co-so',
        text: {
          vi: 'Lập chi bộ cơ sở (dưới 30 đảng viên), có thể chia tổ đảng.',
          en: 'Found a grassroots cell (chi bộ cơ sở, fewer than 30 members), which may have party groups under it.',
        },
        when: { all: [atLeast3, under30] },
        sets: { form: 'chi-bo-co-so' },
        source: charter('Điều 21', 'khoản 3', URLS_30),
      },
      {
        id: 'form-dang-bo-co-so',
        text: {
          vi: 'Lập đảng bộ cơ sở (từ 30 đảng viên trở lên), có các chi bộ trực thuộc đảng ủy.',
          en: 'Found a grassroots party committee organisation (đảng bộ cơ sở, 30 members or more) with cells under it.',
        },
        when: { all: [atLeast3, { not: under30, title: { vi: 'Từ 30 đảng viên trở lên', en: '30 members or more' } }] },
        sets: { form: 'dang-bo-co-so' },
        source: charter('Điều 21', 'khoản 3', URLS_30),
      },
      {
        id: 'form-exception-needs-consent',
        text: {
          vi: 'Ngoại lệ (đảng bộ cơ sở dưới 30 đảng viên, chi bộ cơ sở trên 30 đảng viên, đảng bộ bộ phận) phải được cấp ủy cấp trên có thẩm quyền đồng ý bằng văn bản.',
          en: 'Exceptions (a đảng bộ cơ sở with fewer than 30 members, a chi bộ cơ sở with more than 30, a đảng bộ bộ phận) need the written agreement of the competent superior committee.',
        },
        when: atLeast3,
        source: regulation(r.document),
        confidence: 'medium',
      },
      {
        id: 'elects-chi-uy',
        text: {
          vi: 'Chi bộ có từ 9 đảng viên chính thức trở lên bầu chi ủy (không quá 7 chi ủy viên), bầu bí thư và một phó bí thư trong số chi ủy viên.',
          en: 'A cell with 9 or more official members elects a cell committee (chi ủy, at most 7 members), then a secretary and one deputy from among them.',
        },
        when: { all: [{ fact: 'officialMembers', op: '>=', value: 9, title: { vi: 'Có từ 9 đảng viên chính thức trở lên', en: 'At least 9 official members' } }, under30] },
        sets: { electsChiUy: true },
        source: { ...charter('Điều 24', 'khoản 4', URLS_9) },
        confidence: chiUyConfidence,
      },
      {
        id: 'elects-bi-thu',
        text: {
          vi: 'Chi bộ có dưới 9 đảng viên chính thức bầu bí thư, nếu cần bầu một phó bí thư.',
          en: 'A cell with fewer than 9 official members elects a secretary, and a deputy if needed.',
        },
        when: { all: [{ fact: 'officialMembers', between: [3, 9], edges: '[)', title: { vi: 'Có từ 3 đến dưới 9 đảng viên chính thức', en: 'From 3 to fewer than 9 official members' } }, under30] },
        sets: { electsChiUy: false },
        source: charter('Điều 24', 'khoản 4', URLS_9),
        confidence: chiUyConfidence,
      },
      {
        id: 'join-suitable-organization',
        text: {
          vi: `Chưa đủ 3 đảng viên chính thức: ${superior.vi} giới thiệu đảng viên sinh hoạt ở tổ chức cơ sở đảng thích hợp.`,
          en: `Fewer than 3 official members: ${superior.en} assigns the members to a suitable grassroots party organisation.`,
        },
        when: { fact: 'officialMembers', between: [1, 2], title: { vi: 'Có 1 hoặc 2 đảng viên chính thức', en: '1 or 2 official members' } },
        sets: { joinsSuitableOrganization: true },
        source: charter('Điều 21', 'khoản 2', URLS_21),
      },
    ],
  };
}

/**
 * The conditions to found a party organisation in an agency or enterprise (Điều lệ Đảng, Điều 21 and
 * 24). Facts: `officialMembers` and `probationaryMembers` (counts). With 3 or more official members:
 * eligible, and the conclusions say the form, `form: 'chi-bo-co-so'` under 30 members in all or
 * `'dang-bo-co-so'` from 30 (other arrangements need the superior's written consent, a note says so),
 * and for a chi bộ whether it elects a chi ủy (`electsChiUy`, from 9 official members). With 1 or 2:
 * ineligible, and `joinsSuitableOrganization: true`: the superior committee assigns the members to a
 * suitable grassroots organisation. One version per implementing regulation (29-QĐ/TW, 24-QĐ/TW,
 * 232-QĐ/TW, 294-QĐ/TW from 1 July 2025), from 25 July 2016.
 *
 * @example
 * ```ts
 * import { evaluateRule, partyOrganizationFounding } from 'chitieu';
 * const r = evaluateRule(partyOrganizationFounding, { officialMembers: 25, probationaryMembers: 6 }, { asOf: '2025-03-01' });
 * [r.outcome, r.conclusions.form, r.version.id];
 * //=> [ 'eligible', 'dang-bo-co-so', 'qd-232-2025' ]
 * ```
 * @category Rules
 */
export const partyOrganizationFounding: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'party.organization.founding',
  title: { vi: 'Điều kiện thành lập tổ chức đảng', en: 'Conditions to found a party organisation' },
  facts: {
    officialMembers: { type: 'count', title: { vi: 'Số đảng viên chính thức', en: 'Official members' } },
    probationaryMembers: { type: 'count', title: { vi: 'Số đảng viên dự bị', en: 'Probationary members' } },
    totalMembers: {
      type: 'count',
      title: { vi: 'Tổng số đảng viên', en: 'All members' },
      sum: ['officialMembers', 'probationaryMembers'],
    },
  },
  versions: REGULATIONS.map(version),
});
