import type { IssuePath } from '../core/errors.js';
import type { CalendarDate } from '../core/_calendar.js';
import type { NConclusion, NException, NFact, NNode, NVersion, ParsedRuleSet } from './_schema.js';

/**
 * The compiled form of a rule set: every condition becomes a closure over validated data (no `eval`,
 * no `new Function`), returning 0 (fails), 1 (passes) or 2 (unknown: a fact is missing). The same
 * closures serve one explained evaluation and a batch count; the batch path builds no objects per case.
 */

export type Tri = 0 | 1 | 2;

/** Fact values of one case, by fact index: numbers, strings, booleans, dates; `undefined` when missing. */
export type Slots = (number | string | boolean | CalendarDate | undefined)[];

/** What a closure needs besides the facts: the evaluation date, and where the case sits for errors. */
export interface Env {
  asOf: CalendarDate;
  /** -1 for one case (errors at `facts.name`), else the index of the case in a batch. */
  index: number;
  /** A batch given as columns: errors at `cases.name[index]`. */
  columns?: boolean;
}

export const and3 = (a: Tri, b: Tri): Tri => (a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1);
export const or3 = (a: Tri, b: Tri): Tri => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0);

export interface CFact {
  readonly name: string;
  readonly index: number;
  readonly decl: NFact;
  /** The declared type, copied here for the hot path. */
  readonly type: NFact['type'];
  readonly values: ReadonlySet<string> | undefined;
  /** For derived facts: indexes of the parts. */
  readonly parts: readonly number[] | undefined;
}

export interface CNode {
  readonly n: NNode;
  /** The node's own result (its children after their exceptions). */
  readonly base: (s: Slots, e: Env) => Tri;
  /** The result after this node's exceptions. */
  readonly run: (s: Slots, e: Env) => Tri;
  readonly children: readonly CNode[];
  readonly exceptions: readonly CException[];
}

export interface CException {
  readonly n: NException;
  readonly when: CNode;
}

export interface CConclusion {
  readonly n: NConclusion;
  readonly when: CNode;
}

export interface CVersion {
  readonly v: NVersion;
  readonly root: CNode;
  readonly exceptions: readonly CException[];
  readonly conclusions: readonly CConclusion[];
}

export interface CRuleSet {
  readonly parsed: ParsedRuleSet;
  readonly facts: readonly CFact[];
  readonly factsByName: ReadonlyMap<string, CFact>;
  /** Facts the caller gives (not derived), in declaration order. */
  readonly inputFacts: readonly CFact[];
  readonly derivedFacts: readonly CFact[];
  /** Versions sorted by `effectiveFrom`. */
  readonly versions: readonly CVersion[];
}

/** Where a fact of the case sits in the caller's input, for errors. */
export function factPath(e: Env, name: string): IssuePath {
  if (e.index < 0) return ['facts', name];
  return e.columns === true ? ['cases', name, e.index] : ['cases', e.index, name];
}
