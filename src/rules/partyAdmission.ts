import { deepFreeze } from '../core/_freeze.js';
import { charter, guidance, REGULATIONS, regulation } from './_sources.js';
import type { Confidence, RuleSet, RuleSource, RuleVersion } from './types.js';

const URLS_AGE = ['https://danvan.vn/Home/Van-ban/Dang-Nha-nuoc/14431', 'https://thuvienphapluat.vn/documents/law.aspx'];
const URLS_OVER60 = ['https://boxhoidap.com/huong-dan-01-hdtw-nam-2022-ve-thi-hanh-dieu-le-dang/amp', 'https://bhtpa.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=1428&CatId=94'];
const URLS_COURSE = ['https://accgroup.vn/quy-dinh-xac-minh-ly-lich-cua-nguoi-vao-dang-nam-2022', 'https://ungkirke.com/quy-trinh-ket-nap-dang-vien-moi-nam-2017/'];
const URLS_INTRO = ['https://lawnet.vn/'];

const COURSE: RuleSource = {
  document: '12-HD/BTCTW',
  name: { vi: 'Hướng dẫn nghiệp vụ công tác đảng viên', en: 'Guidance on party-membership procedures' },
  urls: URLS_COURSE,
};

const EDUCATION_LEVELS = ['none', 'primary', 'lower-secondary-equivalent', 'lower-secondary', 'upper-secondary', 'higher'];

function version(r: (typeof REGULATIONS)[number]): RuleVersion {
  const is2016 = r.document === '29-QĐ/TW';
  const is294 = r.document === '294-QĐ/TW';
  const since232 = r.document === '232-QĐ/TW' || is294;
  // The Secretariat's guidance that goes with each regulation: 01-HD/TW (2016, 2021), then 06-HD/TW (2025).
  const hd = is2016 ? guidance('01-HD/TW (2016)', undefined, URLS_OVER60) : is294 ? guidance('06-HD/TW', undefined, URLS_OVER60) : guidance('01-HD/TW (2021)', undefined, URLS_OVER60);
  const hdConfidence: Confidence = is2016 || is294 ? 'medium' : 'high';
  return {
    id: r.id,
    title: { vi: `Theo ${r.document}`, en: `Under ${r.document}` },
    effectiveFrom: r.from,
    effectiveTo: r.to,
    source: regulation(r.document, 'mục 1', undefined, URLS_AGE),
    supersedes: [...r.supersedes],
    // 294-QĐ/TW is reported to keep these conditions; its full text was not read.
    confidence: is294 ? 'medium' : 'high',
    when: {
      all: [
        {
          id: 'age',
          fact: 'birthDate',
          measure: 'fullMonths',
          between: [216, 720],
          title: {
            vi: 'Từ đủ 18 tuổi đến đủ 60 tuổi tại thời điểm chi bộ xét kết nạp (tính theo tháng)',
            en: 'From full 18 to full 60 years of age when the chi bộ considers the case (counted in months)',
          },
          source: regulation(r.document, 'mục 1', '1.1.1', URLS_AGE),
        },
        {
          id: 'education',
          fact: 'education',
          in: is2016 ? ['lower-secondary-equivalent', 'lower-secondary', 'upper-secondary', 'higher'] : ['lower-secondary', 'upper-secondary', 'higher'],
          title: is2016
            ? { vi: 'Có bằng tốt nghiệp trung học cơ sở hoặc tương đương trở lên', en: 'A lower-secondary diploma or an equivalent, or higher' }
            : { vi: 'Có bằng tốt nghiệp trung học cơ sở trở lên', en: 'A lower-secondary diploma or higher' },
        },
        {
          id: 'awareness-course',
          all: [
            {
              id: 'awareness-certificate',
              fact: 'hasAwarenessCertificate',
              op: '==',
              value: true,
              title: { vi: 'Có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng', en: 'Holds the certificate of the Party awareness course' },
              source: COURSE,
            },
            {
              id: 'awareness-certificate-valid',
              fact: 'awarenessCertificateDate',
              measure: 'months',
              between: [0, 60],
              title: { vi: 'Giấy chứng nhận còn giá trị (trong 5 năm kể từ ngày cấp)', en: 'The certificate is still valid (within 5 years of its date)' },
              source: COURSE,
              // Seen only on a secondary page describing the 2017 procedure.
              confidence: 'low',
            },
          ],
          title: { vi: 'Đã học lớp bồi dưỡng nhận thức về Đảng', en: 'Has completed the Party awareness course' },
        },
        {
          id: 'introducers',
          any: [
            { fact: 'introducers', op: '>=', value: 2, title: { vi: 'Hai đảng viên chính thức giới thiệu', en: 'Two official members introduce the candidate' } },
            {
              all: [
                { fact: 'introducedByUnionCommittee', op: '==', value: true, title: { vi: 'Ban chấp hành Đoàn cơ sở hoặc công đoàn cơ sở giới thiệu', en: 'The grassroots youth-union or trade-union executive committee introduces the candidate' } },
                { fact: 'introducers', op: '>=', value: 1, title: { vi: 'Một đảng viên chính thức giới thiệu', en: 'One official member introduces the candidate' } },
              ],
            },
          ],
          title: {
            vi: 'Người giới thiệu: hai đảng viên chính thức, hoặc ban chấp hành Đoàn/công đoàn cơ sở và một đảng viên chính thức; mỗi người đã cùng công tác với người vào Đảng ít nhất 12 tháng',
            en: 'Introducers: two official members, or the youth-union/trade-union executive committee and one official member; each has worked with the candidate for at least 12 months',
          },
          source: { ...charter('Điều 4', 'khoản 1', URLS_INTRO) },
          confidence: is2016 || r.document === '24-QĐ/TW' ? 'high' : 'medium',
        },
        {
          id: 'background-check',
          fact: 'backgroundCheckPassed',
          op: '==',
          value: true,
          title: since232
            ? { vi: 'Thẩm tra lý lịch đạt yêu cầu về các vấn đề liên quan đến tiêu chuẩn chính trị', en: 'The background check meets the requirements on political standards' }
            : { vi: 'Thẩm tra lý lịch đạt yêu cầu về lịch sử chính trị, chính trị hiện nay và tiêu chuẩn chính trị', en: 'The background check meets the requirements on political history, present political situation and political standards' },
          confidence: 'medium',
        },
      ],
    },
    exceptions: [
      {
        id: 'over-60-approved',
        label: {
          vi: 'Người trên 60 tuổi có sức khỏe, uy tín, ở nơi chưa có tổ chức đảng, đảng viên hoặc do yêu cầu đặc biệt, được ban thường vụ cấp ủy trực thuộc Trung ương đồng ý bằng văn bản',
          en: 'Over 60, in good health and standing, where there is no party organisation or member or for a special need, with the written agreement of the standing committee of a committee directly under the Central Committee',
        },
        overrides: 'age',
        when: {
          all: [
            { fact: 'birthDate', measure: 'fullMonths', op: '>', value: 720, title: { vi: 'Trên 60 tuổi (tính theo tháng)', en: 'Over 60 (counted in months)' } },
            { fact: 'over60WrittenApproval', op: '==', value: true, title: { vi: 'Có văn bản đồng ý của ban thường vụ cấp ủy trực thuộc Trung ương', en: 'Written agreement of the standing committee of a committee directly under the Central Committee' } },
          ],
        },
        source: hd,
        confidence: hdConfidence,
      },
      {
        id: 'education-disadvantaged-area',
        label: {
          vi: 'Vùng cao, vùng sâu, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn, ngư dân bám biển: tối thiểu hoàn thành chương trình tiểu học',
          en: 'Mountain, border, island, ethnic-minority or extremely disadvantaged areas, and fishers working offshore: at least primary school completed',
        },
        overrides: 'education',
        when: {
          all: [
            { fact: 'disadvantagedArea', op: '==', value: true, title: { vi: 'Công tác, cư trú ở vùng được áp dụng ngoại lệ', en: 'Works or lives where the exception applies' } },
            { fact: 'education', in: ['primary', 'lower-secondary-equivalent', 'lower-secondary', 'upper-secondary', 'higher'], title: { vi: 'Hoàn thành chương trình tiểu học trở lên', en: 'Primary school completed or higher' } },
          ],
        },
        source: hd,
        confidence: hdConfidence,
      },
    ],
  };
}

/**
 * The conditions to admit a member to the Party (kết nạp đảng viên), on the date the chi bộ considers
 * the case: age from full 18 to full 60 counted in months (over 60 only as the labelled exception,
 * with written approval), a lower-secondary diploma (primary school in disadvantaged areas; until
 * 29 July 2021 "or equivalent" also counted), the Party awareness course certificate (its 5-year
 * validity is low-confidence, so `provisional`), two introducers or a union/youth executive committee
 * and one member, and the background check. Facts: `birthDate`, `education` (`'none'`, `'primary'`,
 * `'lower-secondary-equivalent'`, `'lower-secondary'`, `'upper-secondary'`, `'higher'`),
 * `disadvantagedArea`, `hasAwarenessCertificate`, `awarenessCertificateDate`, `introducers` (official
 * members who have worked with the candidate at least 12 months), `introducedByUnionCommittee`,
 * `backgroundCheckPassed`, `over60WrittenApproval`.
 *
 * @example
 * ```ts
 * import { evaluateRule, partyAdmission } from 'chitieu';
 * const r = evaluateRule(partyAdmission, {
 *   birthDate: '2007-09-15', education: 'upper-secondary', hasAwarenessCertificate: true,
 *   awarenessCertificateDate: '2025-05-20', introducers: 2, backgroundCheckPassed: true,
 * }, { asOf: '2025-09-14' });
 * [r.outcome, r.conditions[1]?.reason.code, r.conditions[1]?.explanation.en];
 * //=> [ 'ineligible', 'test-measured', 'Not met: From full 18 to full 60 years of age when the chi bộ considers the case (counted in months) (Date of birth = 15 September 2007: 215 full months at 14 September 2025).' ]
 * ```
 * @category Rules
 */
export const partyAdmission: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'party.admission',
  title: { vi: 'Điều kiện kết nạp đảng viên', en: 'Conditions to admit a party member' },
  facts: {
    birthDate: { type: 'date', title: { vi: 'Ngày sinh', en: 'Date of birth' } },
    education: { type: 'text', title: { vi: 'Trình độ học vấn', en: 'Education' }, values: EDUCATION_LEVELS },
    disadvantagedArea: { type: 'boolean', title: { vi: 'Ở vùng khó khăn được áp dụng ngoại lệ học vấn', en: 'In an area where the education exception applies' } },
    hasAwarenessCertificate: { type: 'boolean', title: { vi: 'Có giấy chứng nhận lớp nhận thức về Đảng', en: 'Holds the Party awareness course certificate' } },
    awarenessCertificateDate: { type: 'date', title: { vi: 'Ngày cấp giấy chứng nhận', en: 'Date of the certificate' } },
    introducers: { type: 'count', title: { vi: 'Số đảng viên chính thức giới thiệu (đã cùng công tác ít nhất 12 tháng)', en: 'Introducing official members (who have worked with the candidate at least 12 months)' } },
    introducedByUnionCommittee: { type: 'boolean', title: { vi: 'Ban chấp hành Đoàn/công đoàn cơ sở giới thiệu', en: 'Introduced by the youth-union/trade-union executive committee' } },
    backgroundCheckPassed: { type: 'boolean', title: { vi: 'Thẩm tra lý lịch đạt yêu cầu', en: 'Background check passed' } },
    over60WrittenApproval: { type: 'boolean', title: { vi: 'Có văn bản đồng ý kết nạp người trên 60 tuổi', en: 'Written approval to admit a person over 60' } },
  },
  versions: REGULATIONS.map(version),
});
