import type { Locale } from '../core/index.js';
import type { AttainmentResult } from '../attainment/index.js';

// The short status in the words of each target form: under a limit is the good side, and "vượt" alone
// would read as "over the limit" there.
const STATUS: Record<Locale, Record<'target' | 'at-most' | 'range', Record<AttainmentResult['status'], string>>> = {
  vi: {
    target: { 'not-met': 'chưa đạt', met: 'đạt', exceeded: 'vượt' },
    'at-most': { 'not-met': 'vượt mức tối đa', met: 'bằng mức tối đa', exceeded: 'dưới mức tối đa' },
    range: { 'not-met': 'dưới khoảng', met: 'trong khoảng', exceeded: 'trên khoảng' },
  },
  en: {
    target: { 'not-met': 'not met', met: 'met', exceeded: 'exceeded' },
    'at-most': { 'not-met': 'over the limit', met: 'at the limit', exceeded: 'under the limit' },
    range: { 'not-met': 'below the range', met: 'within the range', exceeded: 'above the range' },
  },
};

/** A short status word for a result, in the words of its target's form. */
export function statusWord(r: AttainmentResult, locale: Locale): string {
  const form = r.target.form === 'range' || r.target.form === 'at-most' ? r.target.form : 'target';
  return STATUS[locale][form][r.status];
}
