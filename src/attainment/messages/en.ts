// The English sentences of status reasons (not met, met, exceeded), written from the result's facts.
import { localize } from '../../core/_format.js';
import type { StatusFacts, StatusMessageTable } from '../types.js';
import type { DescribeWords } from '../_describeWords.js';

const fig = (plain: string, f: StatusFacts): string => localize(plain, 'en') + (f.kind === 'rate' ? '%' : '');
/** The English unit of a difference of rates: "1 percentage point", "0.5 percentage points". */
function pointsEn(gap: string): string {
  return gap === '1' ? 'percentage point' : 'percentage points';
}

const gap = (f: StatusFacts): string => localize(f.gap, 'en') + (f.kind === 'rate' ? ` ${pointsEn(f.gap)}` : '');
const range = (f: StatusFacts): string => (f.target.form === 'range' ? `${fig(f.target.min, f)}–${fig(f.target.max, f)}` : '');
const value = (f: StatusFacts): string => (f.target.form === 'range' ? '' : fig(f.target.value, f));
/** "the target of 80", "the target of at least 400". */
const named = (f: StatusFacts): string => (f.target.form === 'at-least' ? `the target of at least ${value(f)}` : `the target of ${value(f)}`);

/** The English sentences of status reasons. */
export const en: StatusMessageTable = {
  'below-target': (f) => `${fig(f.achieved, f)} is below ${named(f)}: ${gap(f)} short.`,
  'at-target': (f) => `${fig(f.achieved, f)} meets ${named(f)} exactly.`,
  'above-target': (f) => `${fig(f.achieved, f)} exceeds ${named(f)} by ${gap(f)}.`,
  'below-range': (f) => `${fig(f.achieved, f)} is below the target range ${range(f)}: ${gap(f)} short of the minimum.`,
  'inside-range': (f) => `${fig(f.achieved, f)} is within the target range ${range(f)}.`,
  'above-range': (f) => `${fig(f.achieved, f)} is above the target range ${range(f)} by ${gap(f)}.`,
  'above-limit': (f) => `${fig(f.achieved, f)} is above the limit of ${value(f)}: it must come down by ${gap(f)}.`,
  'at-limit': (f) => `${fig(f.achieved, f)} is exactly at the limit of ${value(f)}.`,
  'below-limit': (f) => `${fig(f.achieved, f)} is below the limit of ${value(f)} by ${gap(f)}.`,
};

/** The English words of `describeAttainment`'s sentences. */
export const describeEn: DescribeWords = {
  target: (ref) => `target ${ref}`,
  atMost: (v) => `at most ${v}`,
  atLeast: (v) => `at least ${v}`,
  points: (x) => `${localize(x, 'en')} ${pointsEn(x)}`,
  rateOver: (p) => `${p} over target`,
  rateShort: (p) => `${p} short`,
  met: 'target met',
  belowMinimum: (pct, short) => `${pct} of the minimum, ${short} short`,
  countOver: (pct, over) => `, ${pct} of target, ${over} over target`,
  countOf: (pct) => `, ${pct} of target`,
  countShort: (short) => `, ${short} short`,
  limitKept: (s) => `target met (${s} under the limit)`,
  limitMissed: (s) => `target not met (${s} over the limit)`,
  exceeded: (s) => `target exceeded (by ${s})`,
  notMet: (s) => `target not met (${s} short)`,
};
