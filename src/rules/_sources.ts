import type { RuleSource } from './types.js';

/** Documents the built-in rule sets cite. URLs are public pages that quote the clause (see docs/sources). */

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
