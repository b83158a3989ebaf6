// The pictures' words in English: titles, legends, statuses and descriptions.
import { localize } from '../../core/_format.js';
import type { BulletWords, TermChartFacts, TermChartWords } from '../_words.js';

const n = (plain: string): string => localize(plain, 'en');

/** The words of a bullet chart. */
export const bulletWordsEn: BulletWords = {
  title: 'Result against target',
  status: {
    target: { 'not-met': 'not met', met: 'met', exceeded: 'exceeded' },
    'at-most': { 'not-met': 'over the limit', met: 'at the limit', exceeded: 'under the limit' },
    range: { 'not-met': 'below the range', met: 'within the range', exceeded: 'above the range' },
  },
};

/** The words of a term-progress chart. */
export const termWordsEn: TermChartWords = { title: 'Progress towards the term target', cumulative: 'Cumulative', pace: 'Linear pace', projection: 'Projection' };

const PACE = { ahead: 'ahead of the linear pace', behind: 'behind the linear pace' } as const;

/** The description (`<desc>`) of a term-progress chart; dates in the ISO form. */
export function termDescriptionEn(f: TermChartFacts): string {
  const unit = f.unit === null ? '' : ` ${f.unit}`;
  const term = `${f.start}–${f.end}`;
  let s: string;
  if (f.last === null) s = `No cumulative figures yet in the term ${term}; target ${n(f.target)}${unit}.`;
  else {
    const l = f.last;
    const where = l.pace !== 'on-track' ? PACE[l.pace] : l.tolerance === '0' ? 'exactly on the linear pace' : `on the linear pace (within ±${n(l.tolerance)}%)`;
    s = `Cumulative ${n(l.value)}/${n(f.target)}${unit} as of ${l.date} (term ${term}), ${where}.`;
  }
  return f.projection === null ? s : `${s} Projected ${n(f.projection.value)} by ${f.projection.date}.`;
}
