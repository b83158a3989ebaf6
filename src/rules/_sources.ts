import type { RuleSource } from './types.js';

/**
 * Documents the built-in rule sets cite. A source names the official document (`document`: its number,
 * or the charter and year) and the article and clause; `urls` are where the clause was read. The first
 * URL is the primary citation; later ones are "see also" pages. Many of the URLs are still secondary
 * pages (legal Q&A sites, law-firm blogs) that quote the clause, because the official text could not be
 * read: docs/sources/rules.md gives, for every value, the official document and clause, what was
 * verified and where, and marks the rest `unverifiable`. test/rules/sources.test.ts keeps the two in step.
 */

const CHARTER_NAME = { vi: 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI, 2011)', en: 'Charter of the Communist Party of Vietnam (11th Congress, 2011)' };
const REGULATION_NAME = { vi: 'Quy định thi hành Điều lệ Đảng', en: 'Regulation implementing the Party Charter' };
const GUIDANCE_NAME = { vi: 'Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng', en: 'Guidance on implementing the Party Charter' };

export const charter = (article: string, clause: string, urls: readonly string[] = []): RuleSource => ({
  document: 'Điều lệ Đảng 2011',
  name: CHARTER_NAME,
  article,
  clause,
  ...(urls.length > 0 ? { urls } : {}),
});

/** The implementing regulations, replaced in turn: 29 (2016) → 24 (2021) → 232 (2025) → 294 (2025). */
export const regulation = (document: string, article?: string, clause?: string, urls: readonly string[] = []): RuleSource => ({
  document,
  name: REGULATION_NAME,
  ...(article !== undefined ? { article } : {}),
  ...(clause !== undefined ? { clause } : {}),
  ...(urls.length > 0 ? { urls } : {}),
});

export const guidance = (document: string, article?: string, urls: readonly string[] = []): RuleSource => ({
  document,
  name: GUIDANCE_NAME,
  ...(article !== undefined ? { article } : {}),
  ...(urls.length > 0 ? { urls } : {}),
});

/** The spine of implementing regulations, with the day each took effect and the last day in force. */
export const REGULATIONS = [
  { id: 'qd-29-2016', document: '29-QĐ/TW', from: '2016-07-25', to: '2021-07-29', supersedes: [] as string[] },
  { id: 'qd-24-2021', document: '24-QĐ/TW', from: '2021-07-30', to: '2025-01-19', supersedes: ['qd-29-2016'] },
  { id: 'qd-232-2025', document: '232-QĐ/TW', from: '2025-01-20', to: '2025-06-30', supersedes: ['qd-24-2021'] },
  { id: 'qd-294-2025', document: '294-QĐ/TW', from: '2025-07-01', to: null, supersedes: ['qd-232-2025'] },
] as const;

/**
 * How far a citation was checked (docs/sources/rules.md): `'confirmed'`, the official text (or an
 * official Party or State portal quoting the clause) was read and says the value; `'projected'`, a value
 * the library computes for a future period; `'unverifiable'`, no official text could be read here, so the
 * value rests on secondary pages.
 */
export type CitationStatus = 'confirmed' | 'projected' | 'unverifiable';

/**
 * Hosts of secondary pages: legal Q&A and news-digest sites, law-firm and training blogs, mirrors. A
 * built-in rule's primary URL may be on one of them only where docs/sources/rules.md marks the value
 * `unverifiable`. An entry with a path (`host/path`) matches that part of the site only.
 */
export const SECONDARY_SITES: readonly string[] = [
  'dvdn247.net',
  'boxhoidap.com',
  'accgroup.vn',
  'luatvietnam.vn',
  'thuviennhadat.vn',
  'luatdainam.com',
  'luatminhkhue.vn',
  'luatduonggia.edu.vn',
  'lawnet.vn',
  'thuviengiaovien.com',
  'thinhvuongvietnam.com',
  'ungkirke.com',
  'phamkietsonha.edu.vn',
  'vndoc.com',
  'hoatieu.vn',
  'vietjack.me',
  'thuviensuckhoe.org',
  'nganhangphapluat.thukyluat.vn',
  '118.69.201.250',
  '118.69.201.249',
  '118.69.84.237',
  'thuvienphapluat.vn/hoi-dap-phap-luat',
  'thuvienphapluat.vn/tintuc',
  'thuvienphapluat.vn/chinh-sach-phap-luat-moi',
  'thuvienphapluat.vn/banan',
];

/**
 * Hosts of official texts and of the Party's and the State's own portals (a suffix matches the host and
 * its subdomains). Reading a clause on one of them is what `'confirmed'` needs.
 */
export const OFFICIAL_SITES: readonly string[] = [
  'dangcongsan.vn',
  'tulieuvankien.dangcongsan.vn',
  'xaydungdang.org.vn',
  'tapchicongsan.org.vn',
  'danvan.vn',
  'chinhphu.vn',
  'vbpl.vn',
  'quochoi.vn',
  'congdoan.vn',
  'doanthanhnien.vn',
  'gov.vn',
];

/** One official document the built-in rules rest on: its number, issuer and dates, as far as verified. */
interface OfficialDocument {
  /** The number or short name, as `RuleSource.document` writes it. */
  readonly document: string;
  readonly title: string;
  readonly issuer: string;
  /** Day signed or adopted (`YYYY-MM-DD`), where known. */
  readonly signed?: string;
  /** First day in force (`YYYY-MM-DD`), where known. */
  readonly effective?: string;
  /** The document it replaced. */
  readonly replaces?: string;
  /** Whether number and dates were read on an official page (`'confirmed'`) or only on secondary ones. */
  readonly status: CitationStatus;
  /** Where the number and dates were read, official pages first. */
  readonly urls: readonly string[];
}

/** The documents behind the built-in rules (details and the clauses in docs/sources/rules.md). */
export const OFFICIAL_DOCUMENTS: readonly OfficialDocument[] = [
  {
    document: 'Điều lệ Đảng 2011',
    title: 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội đại biểu toàn quốc lần thứ XI thông qua)',
    issuer: 'Đại hội đại biểu toàn quốc lần thứ XI của Đảng',
    signed: '2011-01-19',
    status: 'unverifiable',
    urls: ['https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/tu-van-phap-luat/39781/dieu-le-dang-cong-san-viet-nam-va-10-thong-tin-dang-vien-can-biet'],
  },
  {
    document: '29-QĐ/TW',
    title: 'Quy định thi hành Điều lệ Đảng',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XII)',
    signed: '2016-07-25',
    effective: '2016-07-25',
    status: 'unverifiable',
    urls: ['https://vietjack.me/phap-luat/quy-dinh-29-qd-tw-4830.html'],
  },
  {
    document: '24-QĐ/TW',
    title: 'Quy định thi hành Điều lệ Đảng',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XIII)',
    signed: '2021-07-30',
    effective: '2021-07-30',
    replaces: '29-QĐ/TW',
    status: 'unverifiable',
    urls: ['https://thuviensuckhoe.org/dieu-kien-ket-nap-dang-vien-moi-nhat-nam-2021-20211023163228.htm'],
  },
  {
    document: '232-QĐ/TW',
    title: 'Quy định thi hành Điều lệ Đảng',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XIII)',
    signed: '2025-01-20',
    effective: '2025-01-20',
    replaces: '24-QĐ/TW',
    status: 'unverifiable',
    urls: ['https://luatvietnam.vn/tin-van-ban-moi/da-co-quy-dinh-232-qd-tw-thi-hanh-dieu-le-dang-186-100895-article.html'],
  },
  {
    document: '294-QĐ/TW',
    title: 'Quy định thi hành Điều lệ Đảng',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XIII)',
    signed: '2025-05-26',
    effective: '2025-07-01',
    replaces: '232-QĐ/TW',
    status: 'confirmed',
    urls: [
      'https://thads.moj.gov.vn/noidung/tintuc/Lists/CongTacDang/View_Detail.aspx?ItemID=288',
      'https://xaydungchinhsach.chinhphu.vn/thi-diem-dai-hoi-chi-bo-5-nam-mot-lan-119250603053006617.htm',
    ],
  },
  {
    document: '01-HD/TW (2016)',
    title: 'Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng',
    issuer: 'Ban Bí thư Trung ương Đảng (khóa XII)',
    signed: '2016-09-20',
    status: 'unverifiable',
    urls: [],
  },
  {
    document: '01-HD/TW (2021)',
    title: 'Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng',
    issuer: 'Ban Bí thư Trung ương Đảng (khóa XIII)',
    signed: '2021-09-28',
    replaces: '01-HD/TW (2016)',
    status: 'unverifiable',
    urls: ['https://vndoc.com/cap-nhat-huong-dan-01-hd-tw-ve-thi-hanh-dieu-le-dang-245772'],
  },
  {
    document: '06-HD/TW',
    title: 'Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng (căn cứ Quy định 294-QĐ/TW)',
    issuer: 'Ban Bí thư Trung ương Đảng (khóa XIII)',
    signed: '2025-06-09',
    replaces: '01-HD/TW (2021)',
    status: 'confirmed',
    urls: ['https://bhtpa.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=1428&CatId=94'],
  },
  {
    document: '12-HD/BTCTW',
    title: 'Hướng dẫn một số vấn đề cụ thể về nghiệp vụ công tác đảng viên',
    issuer: 'Ban Tổ chức Trung ương',
    signed: '2022-01-18',
    replaces: '09-HD/BTCTW',
    status: 'unverifiable',
    urls: [],
  },
  {
    document: 'Điều lệ Công đoàn Việt Nam (khóa XI, 2013)',
    title: 'Điều lệ Công đoàn Việt Nam (Đại hội XI Công đoàn Việt Nam thông qua)',
    issuer: 'Đại hội XI Công đoàn Việt Nam',
    status: 'unverifiable',
    urls: ['https://thuviennhadat.vn/phap-luat-doi-song/theo-quy-dinh-cua-phap-luat-viet-nam-thanh-lap-cong-doan-duoc-quy-dinh-cu-the-nhu-the-nao-330359.html'],
  },
  {
    document: 'Điều lệ Công đoàn Việt Nam (khóa XII)',
    title: 'Điều lệ Công đoàn Việt Nam (Đại hội XII Công đoàn Việt Nam thông qua)',
    issuer: 'Đại hội XII Công đoàn Việt Nam',
    status: 'unverifiable',
    urls: ['https://luatdainam.com/cong-doan-co-so-duoc-thanh-lap-trong-cac-don-vi-su-dung-lao-dong-nao/'],
  },
  {
    document: 'Điều lệ Công đoàn Việt Nam (khóa XIII, 2023)',
    title: 'Điều lệ Công đoàn Việt Nam (Đại hội XIII Công đoàn Việt Nam thông qua)',
    issuer: 'Đại hội XIII Công đoàn Việt Nam',
    status: 'unverifiable',
    urls: [],
  },
  {
    document: 'Điều lệ Đoàn (khóa XI, 2017)',
    title: 'Điều lệ Đoàn TNCS Hồ Chí Minh (Đại hội đại biểu toàn quốc lần thứ XI thông qua ngày 13/12/2017)',
    issuer: 'Đại hội đại biểu toàn quốc lần thứ XI Đoàn TNCS Hồ Chí Minh',
    signed: '2017-12-13',
    status: 'confirmed',
    urls: ['http://thanhdoan.hochiminhcity.gov.vn/ThanhDoan/webtd/News/34043'],
  },
  {
    document: 'Điều lệ Đoàn (khóa XII, 2022)',
    title: 'Điều lệ Đoàn TNCS Hồ Chí Minh (Đại hội đại biểu toàn quốc lần thứ XII thông qua)',
    issuer: 'Đại hội đại biểu toàn quốc lần thứ XII Đoàn TNCS Hồ Chí Minh',
    status: 'unverifiable',
    urls: [],
  },
  {
    document: '22-HD/TWĐTN',
    title: 'Hướng dẫn thực hiện Điều lệ Đoàn TNCS Hồ Chí Minh (khóa X)',
    issuer: 'Ban Thường vụ Trung ương Đoàn',
    signed: '2013-06-28',
    status: 'unverifiable',
    urls: ['https://youth.buh.edu.vn/tc-ct-tt/tochuc/huong-dan-thuc-hien-dieu-le-doan-tncs-ho-chi-minh'],
  },
  {
    document: '45/2019/QH14',
    title: 'Bộ luật Lao động',
    issuer: 'Quốc hội khóa XIV',
    signed: '2019-11-20',
    effective: '2021-01-01',
    replaces: '10/2012/QH13',
    status: 'unverifiable',
    urls: [],
  },
];
