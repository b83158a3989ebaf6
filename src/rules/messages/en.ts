// The English sentences of rule explanations, written from the code and facts of each entry.
import { dateEn } from '../../core/_calendar.js';
import { localize } from '../../core/_format.js';
import type { ConditionReasonFacts, NamedFact, RuleMessageTable, RuleReasonFacts } from '../reasons.js';
import type { DateMeasure } from '../types.js';

const n = (plain: string): string => localize(plain, 'en');
const STATUS = { pass: 'Met', fail: 'Not met', unknown: 'Undetermined' } as const;

/** "Met: title (detail). Exception applied: label." */
function condition(f: ConditionReasonFacts, detail: string): string {
  const applied = f.exceptions.length === 0 ? '' : ` Exception applied: ${f.exceptions.map((x) => x.label.en).join('; ')}.`;
  return `${STATUS[f.result]}: ${f.title.en} (${detail}).${applied}`;
}

/** A fact's value as the sentence shows it: 1,549, 16 July 2024, yes, "text". */
function value(f: RuleReasonFacts['test-value']): string {
  if (typeof f.value === 'boolean') return f.value ? 'yes' : 'no';
  if (f.type === 'date') return dateEn(f.value);
  return f.type === 'text' ? `"${f.value}"` : n(f.value);
}

/** "311 full months", "more than 15 years": the measured time in words. */
function measured(measure: DateMeasure, v: string, exact: boolean): string {
  switch (measure) {
    case 'fullYears': return `${v} full years`;
    case 'fullMonths': return `${v} full months`;
    case 'years': return `${exact ? 'exactly' : 'more than'} ${v} years`;
    case 'months': return `${exact ? 'exactly' : 'more than'} ${v} months`;
    case 'days': return `${v} days`;
    case 'workingDays': return `${v} working days`;
  }
}

const named = (facts: readonly NamedFact[]): string => facts.map((x) => `${x.title.en} (${x.fact})`).join(', ');
/** A text of the rule data as a sentence: with its final full stop. */
const closed = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** The English sentences of rule explanations. */
export const en: RuleMessageTable = {
  eligible: (f) => `Eligible: ${f.title.en}.`,
  ineligible: (f) => `Not eligible: ${f.title.en}; not met: ${f.failed.map((x) => x.title.en).join('; ')}.`,
  undetermined: (f) => `Undetermined: ${f.title.en}; needs ${named(f.missing)}.`,
  'test-missing': (f) => condition(f, `${f.factTitle.en} (${f.missing.join(', ')}) is missing`),
  'test-value': (f) => condition(f, `${f.factTitle.en} = ${value(f)}`),
  'test-measured': (f) => condition(f, `${f.factTitle.en} = ${dateEn(f.value)}: ${measured(f.measure, n(f.measured), f.exact)} at ${dateEn(f.asOf)}`),
  group: (f) => condition(f, `${n(f.passed)} met, ${n(f.failed)} not met, ${n(f.unknown)} undetermined`),
  exception: (f) => `${STATUS[f.result]}: ${f.label.en}.`,
  'exception-applied': (f) => `${STATUS.pass}: ${f.label.en} (in place of condition "${f.overrides}").`,
  finding: (f) =>
    f.result === 'pass' ? `Applies: ${closed(f.text.en)}`
    : f.result === 'fail' ? `Does not apply: ${closed(f.text.en)}`
    : `Undetermined: ${closed(f.text.en)}${f.missing.length === 0 ? '' : ` Needs ${named(f.missing)}.`}`,
  probation: (f) =>
    `Admitted on ${dateEn(f.ceremonyDate)}: the ${n(f.probationMonths)} months of probation end on ${dateEn(f.probationEnds)}; the chi bộ must consider official recognition by ${dateEn(f.recognitionDeadline)} (${n(f.recognitionWorkingDays)} working days).`,
};
