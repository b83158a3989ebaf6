import type { Locale } from '../core/index.js';
import type { AttainmentResult } from '../attainment/index.js';
import { bulletWordsEn } from './messages/en.js';
import { bulletWordsVi } from './messages/vi.js';

/** A bullet chart's words in each language. */
export const BULLET_WORDS = { vi: bulletWordsVi, en: bulletWordsEn } as const;

/** A short status word for a result, in the words of its target's form. */
export function statusWord(r: AttainmentResult, locale: Locale): string {
  const form = r.target.form === 'range' || r.target.form === 'at-most' ? r.target.form : 'target';
  return BULLET_WORDS[locale].status[form][r.status];
}
