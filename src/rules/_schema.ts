import * as z from 'zod/mini';
import { reader, report } from '../core/_schema.js';
import type { Bilingual } from '../core/index.js';
import { checkRuleSet } from './_check.js';
import { freezeCopy } from '../core/_freeze.js';
import { reportZodIssues } from './_issues.js';
import { scan, type Report } from './_scan.js';
import { ruleSetZodSchema } from './ruleSetSchema.js';
import type { BetweenEdges, ComparisonOp, Confidence, DateMeasure, FactType, RuleSet, RuleSource, RuleValue } from './types.js';

/**
 * Reading rule data, in three passes. Rule sets come from users (a province's guidance), so nothing
 * here trusts the input: the first pass (`_scan.ts`) bounds its size and depth and refuses prototype
 * keys before any field is read; the second is the declared zod schema of the format (`ruleSetSchema.ts`,
 * the source of the shipped JSON Schema), its issues made precise by `_issues.ts`; the third (`_check.ts`)
 * checks what crosses fields. Every problem is reported at its path inside the rule set: all the
 * problems of shape at once, or else all those across fields. The result is a normalised tree that
 * `_compile.ts` turns into closures.
 */

/** A fact after validation. */
export interface NFact {
  readonly name: string;
  readonly type: FactType;
  readonly title: Bilingual;
  readonly values: readonly string[] | undefined;
  readonly sum: readonly string[] | undefined;
}

interface NCommon {
  readonly id: string;
  /** The path inside the rule set, as text: `versions[0].when.all[1]`. */
  readonly path: string;
  readonly title: Bilingual;
  readonly source: RuleSource;
  readonly confidence: Confidence;
}

/** A test after validation; literals of date facts are day numbers. */
export interface NTest extends NCommon {
  readonly kind: 'test';
  readonly fact: NFact;
  readonly measure: DateMeasure | undefined;
  readonly op: ComparisonOp | undefined;
  readonly value: RuleValue | undefined;
  readonly between: readonly [RuleValue, RuleValue] | undefined;
  readonly edges: BetweenEdges;
  readonly members: readonly RuleValue[] | undefined;
  /** The test as the explanation shows it, with literals as written. */
  readonly shown: Readonly<Record<string, unknown>>;
}

interface NGroup extends NCommon {
  readonly kind: 'all' | 'any';
  readonly children: readonly NNode[];
}

interface NNot extends NCommon {
  readonly kind: 'not';
  readonly child: NNode;
}

export type NNode = NTest | NGroup | NNot;

export interface NException {
  readonly id: string;
  readonly label: Bilingual;
  readonly overrides: string;
  readonly when: NNode;
  readonly source: RuleSource;
  readonly confidence: Confidence;
}

export interface NConclusion {
  readonly id: string;
  readonly text: Bilingual;
  readonly when: NNode;
  readonly sets: Readonly<Record<string, RuleValue>>;
  readonly source: RuleSource;
  readonly confidence: Confidence;
}

export interface NVersion {
  readonly index: number;
  readonly id: string;
  readonly title: Bilingual | null;
  readonly from: number;
  readonly to: number | null;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly source: RuleSource;
  readonly supersedes: readonly string[];
  readonly confidence: Confidence;
  readonly when: NNode;
  readonly exceptions: readonly NException[];
  readonly conclusions: readonly NConclusion[];
}

/** A validated rule set: a frozen copy of the data and the normalised tree. */
export interface ParsedRuleSet {
  readonly data: RuleSet;
  readonly facts: readonly NFact[];
  readonly versions: readonly NVersion[];
}

/** The rule set as a zod/mini schema: the limits, the declared shape, then what crosses fields. */
export const ruleSetSchema = reader((value, ctx): ParsedRuleSet => {
  const rep: Report = (code, facts, path) => void report(ctx, code, facts, path);
  if (!scan(value, rep)) return z.NEVER;
  const shape = z.safeParse(ruleSetZodSchema, value);
  if (!shape.success) {
    reportZodIssues(shape.error.issues, value, ctx);
    return z.NEVER;
  }
  const checked = checkRuleSet(shape.data, rep);
  if (checked === undefined) return z.NEVER;
  return { data: freezeCopy(value) as RuleSet, ...checked };
});
