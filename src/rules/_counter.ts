import type { CRuleSet, CVersion, Env, Slots, Tri } from './_compiled.js';
import { deriveFacts } from './_facts.js';
import type { Outcome } from './types.js';

const OUTCOME: readonly Outcome[] = ['ineligible', 'eligible', 'undetermined'];

/** Distinct fact combinations remembered per batch; beyond this, cases are evaluated one by one. */
const MAX_CLASSES = 65_536;
/** Count facts up to this value take part in the remembered key (three of them fit in 2^48). */
const KEY_BASE = 65_536;

/**
 * Counts outcomes and conclusions over a batch. When a rule set reads at most three facts, all counts
 * or booleans (as the founding rules do), a survey has few distinct combinations of them: each
 * combination is evaluated once with the compiled closures and then only counted. The result is the
 * same as evaluating every case; only the work is shared.
 */
export function makeCounter(rs: CRuleSet, cv: CVersion, keep: boolean) {
  const run = cv.root.run;
  const conclusionRuns = cv.conclusions.map((c) => c.when.run);
  const width = conclusionRuns.length;
  const counts = [0, 0, 0];
  const conclusionCounts = new Array<number>(width).fill(0);
  const outcomes: Outcome[] = [];
  const inputs = rs.inputFacts.map((f) => f.index);
  const memoable = inputs.length <= 3 && rs.inputFacts.every((f) => f.type === 'count' || f.type === 'boolean');
  const classes = new Map<number, number>();
  const classOutcome: Tri[] = [];
  const classConclusions: Uint8Array[] = [];
  const classCount: number[] = [];

  const evaluate = (s: Slots, e: Env): [Tri, Uint8Array] => {
    deriveFacts(rs, s, e);
    const hits = new Uint8Array(width);
    for (let j = 0; j < width; j++) hits[j] = (conclusionRuns[j] as (s: Slots, e: Env) => Tri)(s, e) === 1 ? 1 : 0;
    return [run(s, e), hits];
  };

  /** The key of a case's facts: each fact as 0 (missing), 1 + count, or 1 / 2 for false / true. */
  const keyOf = (s: Slots): number => {
    let key = 0;
    for (let k = inputs.length - 1; k >= 0; k--) {
      const x = s[inputs[k] as number];
      const part = x === undefined ? 0 : x === false ? 1 : x === true ? 2 : (x as number) + 1;
      if (part >= KEY_BASE) return -1;
      key = key * KEY_BASE + part;
    }
    return key;
  };

  const add = (s: Slots, e: Env): void => {
    if (memoable) {
      const key = keyOf(s);
      if (key >= 0) {
        let c = classes.get(key);
        if (c === undefined && classes.size < MAX_CLASSES) {
          const [r, hits] = evaluate(s, e);
          c = classOutcome.length;
          classes.set(key, c);
          classOutcome.push(r);
          classConclusions.push(hits);
          classCount.push(0);
        }
        if (c !== undefined) {
          classCount[c] = (classCount[c] as number) + 1;
          if (keep) outcomes.push(OUTCOME[classOutcome[c] as Tri] as Outcome);
          return;
        }
      }
    }
    const [r, hits] = evaluate(s, e);
    counts[r] = (counts[r] as number) + 1;
    for (let j = 0; j < width; j++) conclusionCounts[j] = (conclusionCounts[j] as number) + (hits[j] as number);
    if (keep) outcomes.push(OUTCOME[r] as Outcome);
  };

  const finish = () => {
    for (let c = 0; c < classCount.length; c++) {
      const n = classCount[c] as number;
      const r = classOutcome[c] as Tri;
      counts[r] = (counts[r] as number) + n;
      const hits = classConclusions[c] as Uint8Array;
      for (let j = 0; j < width; j++) if (hits[j] === 1) conclusionCounts[j] = (conclusionCounts[j] as number) + n;
    }
    return { counts, conclusionCounts, outcomes };
  };

  return { add, finish };
}
