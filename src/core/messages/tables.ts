// The message tables issues are written with (see MessageTables in errors.ts). Each takes the words of
// the expected codes its readers give and no others, so that a bundle carries the words of the areas it
// holds only: the common codes alone (attainment), the attainment area, the core readers (every code but
// rule data's, with the core's words: allTables), one set per other area, and every word (everyTables,
// for messageFor, which writes any issue again). A set nobody imports is never built (`@__PURE__`).
import type { MessageTables } from '../errors.js';
import { anyLabel, attainmentLabel, commonLabel } from '../labels.js';
import { enCommon, enExpectedAttainment, enExpectedCommon, enHintCommon, enShapes } from './common.en.js';
import { viCommon, viExpectedAttainment, viExpectedCommon, viHintCommon, viShapes } from './common.vi.js';
import { en, enExpectedClaims, enExpectedEvery, enExpectedPeriod, enExpectedRollup, enExpectedRules, enExpectedSvg, enHintsEvery, enHintsParse, enHintsPeriod, enHintsRules, enWith } from './en.js';
import { vi, viExpectedClaims, viExpectedEvery, viExpectedPeriod, viExpectedRollup, viExpectedRules, viExpectedSvg, viHintsEvery, viHintsParse, viHintsPeriod, viHintsRules, viWith } from './vi.js';

type Words = Parameters<typeof viWith>[0];
type Hints = Parameters<typeof viWith>[1];

/** Every code but rule data's, with an area's words and hints in each language, and the names of every field. */
function withWords(vi: Words, en: Words, viHints: Hints = {}, enHints: Hints = {}): MessageTables {
  return { vi: viWith(vi, viHints), en: enWith(en, enHints), label: anyLabel };
}

/** Every code but rule data's (their tables are messages/rules.*.ts), the core's words and parseNumber's hints, and the names of every field. */
export const allTables: MessageTables = { vi, en, label: anyLabel };

/** The tables of the period area. */
export const periodTables: MessageTables = /* @__PURE__ */ withWords(viExpectedPeriod, enExpectedPeriod, viHintsPeriod, enHintsPeriod);
/** The tables of the rollup area. */
export const rollupTables: MessageTables = /* @__PURE__ */ withWords(viExpectedRollup, enExpectedRollup);
/** The tables of the rules area. */
export const rulesTables: MessageTables = /* @__PURE__ */ withWords(viExpectedRules, enExpectedRules, viHintsRules, enHintsRules);
/** The tables of the claims area. */
export const claimsTables: MessageTables = /* @__PURE__ */ withWords(viExpectedClaims, enExpectedClaims, viHintsParse, enHintsParse);
/** The tables of the pictures (chitieu/svg). */
export const svgTables: MessageTables = /* @__PURE__ */ withWords(viExpectedSvg, enExpectedSvg);
/** Every word of every expected code: for messageFor and flattenIssues, which write any issue again. */
export const everyTables: MessageTables = /* @__PURE__ */ withWords(/* @__PURE__ */ viExpectedEvery(), /* @__PURE__ */ enExpectedEvery(), /* @__PURE__ */ viHintsEvery(), /* @__PURE__ */ enHintsEvery());

/** The common codes (CommonCode) and the names of the fields of the number and option readers and attainment. */
export const commonTables: MessageTables = { vi: viCommon, en: enCommon, label: commonLabel };

/** The common tables with the words of the rest of the attainment area: what it expects beyond attainment's input. */
function attainmentArea(): MessageTables {
  return {
    vi: { ...viCommon, ...viShapes({ ...viExpectedCommon, ...viExpectedAttainment }, viHintCommon) },
    en: { ...enCommon, ...enShapes({ ...enExpectedCommon, ...enExpectedAttainment }, enHintCommon) },
    label: attainmentLabel,
  };
}

/** The tables of explainAttainment, describeAttainment and attainmentBatch (built only in the bundles that use them). */
export const attainmentTables: MessageTables = /* @__PURE__ */ attainmentArea();
