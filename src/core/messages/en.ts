import type { MessageTable, MoreCode } from '../errors.js';
import type { HintCode, MoreExpectedCode } from '../factCodes.js';
import { enCommon, enExpectedAttainment, enExpectedCommon, enHintCommon, enShapes, list } from './common.en.js';
import { say, type Words } from './common.vi.js';

/** The words of the expected codes every area's readers give (ExpectedCode). */
const enExpectedBase = {
  'non-empty-string': 'a non-empty string',
  date: 'a date YYYY-MM-DD',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the core's own functions (messageFor, flattenIssues, fieldLabel, configure) (ExpectedCode). */
const enExpectedCore = {
  issue: 'an issue { code, path, facts }',
  'error-or-issues': 'a ChiTieuError or a list of its issues',
  path: 'an array of keys and indexes',
  'field-labels': 'an object of { vi, en } labels by field',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the period area (ExpectedCode). */
export const enExpectedPeriod = {
  'band-min': 'a decimal min (null only in the last band)',
  bilingual: '{ vi, en } strings',
  'number-below': (f) => `a number below ${f.below}`,
  period: 'a period text such as "nhiệm kỳ 2020-2025" or { kind, start, end }',
  'period-text': 'a period text',
  'weight-list': 'an array of weights',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the rollup area (ExpectedCode). */
export const enExpectedRollup = {
  'candidate-list': 'an array of candidate records',
  'column-list': 'an array of columns',
  'count-column': 'an array or typed array of counts',
  'counts-by-stage': 'an object of counts by stage',
  'dates-by-event': 'an object of dates by event',
  'figures-by-indicator': 'an object keyed by indicator',
  'id-list': 'an array of person ids',
  'id-lists': 'an array of id lists',
  'packed-block': 'a block of packed numbers (a "width:base64" string)',
  'parent-row': 'the row of the parent, -1 for a root, -2 for a parent outside',
  'partial-rollup': 'a partial rollup from rollupPartial()',
  'partial-rollups': 'an array of partial rollups',
  'pipeline-data': 'an object { asOf, counts } or { asOf, candidates }',
  'row-list': 'an array of rows',
  'scorecard-line': 'an attainment result, { achieved, target } or { status }',
  'sorted-ids': 'sorted, distinct ids',
  'sorted-names': 'sorted, distinct names',
  'stage-map': 'an object by stage',
  'string-list': 'an array of strings',
  'unit-list': 'an array of units',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the rules area (ExpectedCode). */
export const enExpectedRules = {
  column: 'an array or typed array',
  count: 'a whole number ≥ 0',
  facts: 'an object of facts',
  'records-or-columns': 'an array of records or an object of columns',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the claims area (ExpectedCode). */
export const enExpectedClaims = {
  'printed-figure': 'the printed figure as a string, e.g. "6,6"',
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of the expected codes of the pictures (chitieu/svg) (ExpectedCode). */
export const enExpectedSvg = {
  'element-id': 'a letter followed by up to 63 letters, digits, _ or -',
  'hex-colour': 'a hex colour: #rgb, #rgba, #rrggbb or #rrggbbaa',
  'result-target': "a result's target: { form, value } or { form: 'range', min, max }",
} satisfies Partial<Words<MoreExpectedCode>>;

/** The words of every expected code, for the tables that write any issue again (messageFor): a code without words fails to compile here. */
export const enExpectedEvery = (): Words<MoreExpectedCode> => ({ ...enExpectedBase, ...enExpectedCore, ...enExpectedPeriod, ...enExpectedRollup, ...enExpectedRules, ...enExpectedClaims, ...enExpectedSvg });

/** The words of the hints of parseNumber's reader (HintCode): the core's and the claims area's. */
export const enHintsParse = {
  ratio: 'this looks like a ratio X/Y; read each side separately',
  'unexpected-character': (f) => `unexpected character '${f.char}'`,
  'no-integer-digits': 'there are no digits before the decimal separator',
  'no-fraction-digits': 'there are no digits after the decimal separator',
} satisfies Partial<Words<HintCode>>;

/** The words of the hints of the period area. */
export const enHintsPeriod = {
  'plan-per-target': 'plan goes with target; with targets, give each its own plan',
} satisfies Partial<Words<HintCode>>;

/** The words of the hints of the rules area. */
export const enHintsRules = {
  'significant-digits': (f) => `rules compare binary numbers: give at most ${f.limit} significant digits`,
} satisfies Partial<Words<HintCode>>;

/** The words of every hint: a hint without words fails to compile here. */
export const enHintsEvery = (): Words<HintCode> => ({ ...enHintCommon, ...enHintsParse, ...enHintsPeriod, ...enHintsRules });

/** English messages of the codes beyond the common ones (common.en.ts), keyed by error code. */
const enMore: MessageTable<MoreCode> = {
  ambiguous_number: (f, w) =>
    `${w.label} "${f.value}" is ambiguous in ${f.locale} notation; ${f.group === undefined ? 'write it with a complete thousands group or a decimal separator' : `in ${f.locale === 'vi' ? 'Vietnamese' : 'English'} notation '${f.group}' separates thousands in groups of three; the decimal separator is '${f.decimal}'`}.`,
  too_deep: (f, w) => `${w.label} is nested too deeply; the limit is ${f.limit} levels.`,
  invalid_date: (f, w) => `${w.label} is not a real calendar date in YYYY-MM-DD form: "${f.value}".`,
  date_order: (f, w) => `${w.label}: the end (${f.end}) is before the start (${f.start}).`,
  unknown_period: (f, w) => `${w.label}: cannot read the period "${f.value}". Understood forms: ${list(f.forms)}.`,
  insufficient_data: (f, w) => `${w.label}: the ${f.method ?? 'method'} needs at least ${f.needed} data points; got ${f.got}.`,
  nonpositive_base: (f, w) => `${w.label}: the ${f.method ?? 'method'} needs a base value above zero; got ${f.value}.`,
  unsafe_key: (f, w) => `${w.label}: the key "${f.key}" is not allowed (it could reach an object's prototype).`,
  duplicate_id: (f, w) => `${w.label}: the id "${f.id}" appears more than once.`,
  unknown_parent: (f, w) => `${w.label}: the parent "${f.parent}" of "${f.id}" is not in the tree.`,
  cycle: (f, w) => `${w.label}: the organisation tree has a cycle through "${f.id}".`,
  unsupported_year: (f, w) => `${w.label}: the year ${f.year} is outside the supported holiday calendar (${f.min}–${f.max}).`,
  zero_total: (_f, w) => `${w.label}: the total is zero, so no share can be computed.`,
  too_many_targets: (f, w) =>
    `${w.label}: ${f.to === null || f.to === undefined ? `every whole-number target from ${f.from} up` : `${f.count} whole-number targets, from ${f.from} to ${f.to},`} give${f.to === null || f.to === undefined ? 's' : ''} this figure, more than the ${f.limit} that can be listed; a figure printed with more decimals pins the target down.`,
  no_version_in_force: (f, w) =>
    `${w.label}: no version of the rule set "${f.id}" is in force on ${f.value}; its versions cover ${Array.isArray(f.spans) ? f.spans.join(', ') : String(f.spans)}.`,
};

/** English messages of every code but those of rule data, with the words of the expected codes every area gives, of `words` and of the hints in `more` (see viWith). */
export function enWith(words: Partial<Words<MoreExpectedCode>>, more: Partial<Words<HintCode>>): MessageTable {
  const hints = { ...enHintCommon, ...more };
  const shapes = enShapes({ ...enExpectedCommon, ...enExpectedAttainment, ...enExpectedBase, ...words }, hints);
  return {
    ...enCommon,
    ...shapes,
    invalid_value: (f, w) => {
      const pair = f.exclusive;
      if (Array.isArray(pair)) return `${w.label}: give ${pair[0]} or ${pair[1]}, not both.`;
      return f.hint === undefined ? shapes.invalid_value(f, w) : `${w.label} cannot be used here: ${say(hints, f.hint, f, w)}.`;
    },
    ...enMore,
  };
}

/** English messages of every code but those of rule data, with the core's words (allTables). */
export const en: MessageTable = /* @__PURE__ */ enWith(enExpectedCore, enHintsParse);
