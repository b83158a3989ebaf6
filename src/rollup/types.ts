import type { AttainmentResult, NumberInput } from '../attainment/index.js';
import type { RoundingMode } from '../core/index.js';

/**
 * The one number input type (conventions §5), under its old rollup name. Rollup counts are whole
 * numbers: a safe integer, or a decimal string of digits for counts beyond 2^53 − 1.
 *
 * @deprecated Use {@link NumberInput}; `CountInput` goes at 1.0.
 * @category Rollup
 */
export type CountInput = NumberInput;

/**
 * One unit's own figures for one indicator. Both are counts; a missing one counts as 0.
 *
 * @category Rollup
 */
export interface IndicatorFigures {
  /** What the unit itself achieved (kết quả), not counting its subordinate units. */
  readonly achieved?: NumberInput;
  /** The unit's own target (chỉ tiêu), not counting its subordinate units. */
  readonly target?: NumberInput;
  /**
   * Ids of the people counted (e.g. the new members' records), so that a person counted by two units is
   * counted once where they meet. When given, `achieved` defaults to the number of distinct ids.
   */
  readonly people?: readonly string[];
}

/**
 * One unit of the organisation tree: a party organisation, a cell, an enterprise.
 *
 * @category Rollup
 */
export interface OrgNode {
  /** Unique id within the tree. */
  readonly id: string;
  readonly name?: string;
  /** The id of the unit directly above (cấp trên), or null/absent for a root. */
  readonly parent?: string | null;
  /** The unit's own figures per indicator, keyed by indicator name (`newMembers`, `partyOrgs`…). */
  readonly indicators?: Readonly<Record<string, IndicatorFigures>>;
  /** A whole-number weight for `method: 'weighted-mean'` (e.g. workers); summed up the tree like a count. */
  readonly weight?: NumberInput;
}

/**
 * An organisation tree as plain data: its units in any order, each naming its parent.
 *
 * @category Rollup
 */
export interface OrgTree {
  readonly nodes: readonly OrgNode[];
}

/**
 * Columns of a large tree, one entry per unit (the batch form): ids and parents as arrays, figures as
 * plain or typed arrays per indicator. Validated once, with the row of any bad entry in the error.
 *
 * @category Rollup
 */
export interface OrgColumns {
  readonly ids: readonly string[];
  /** Parent ids; `null` for a root. */
  readonly parents: readonly (string | null)[];
  readonly names?: readonly (string | null)[];
  /** Per indicator name: own `achieved` and `target` counts per unit (a missing column is all zeros). */
  readonly indicators: Readonly<Record<string, IndicatorColumns>>;
  readonly weights?: ArrayLike<NumberInput>;
}

/**
 * The columns of one indicator in {@link OrgColumns}.
 *
 * @category Rollup
 */
export interface IndicatorColumns {
  readonly achieved?: ArrayLike<NumberInput>;
  readonly target?: ArrayLike<NumberInput>;
  /** Per unit, the ids of the people counted (or null); makes the indicator count distinct people. */
  readonly people?: readonly (readonly string[] | null)[];
}

/**
 * How a unit's attainment is aggregated from its parts (its subordinate units and its own figures):
 * - `'ratio'` (default): Σ achieved ÷ Σ target over the whole subtree. The only one that answers "what
 *   share of the combined target was reached"; a mean of percentages does not.
 * - `'weighted-mean'`: the mean of the parts' attainments weighted by their `weight` (summed up the tree).
 * - `'mean'`: the unweighted mean of the parts' attainments; a unit with a target of 2 counts as much
 *   as one with a target of 200.
 * - `'weakest'`: the lowest attainment among the parts, and which part it is.
 *
 * Parts without a target (Σ target 0) have no attainment and are left out of the means and the weakest.
 *
 * @category Rollup
 */
export type RollupMethod = 'ratio' | 'weighted-mean' | 'mean' | 'weakest';

/**
 * A partial rollup: a chunk of the tree already summed as far as the chunk reaches, as plain,
 * JSON-serialisable data to send between workers, processes or machines. Merge partials with
 * {@link mergeRollups}; finish one with {@link rollup} or {@link rollupColumns}, which also read the
 * figures of one.
 *
 * Figures are subtree totals so far, packed: the name of a width (`u8`, `u16`, `u32` for the narrowest
 * unsigned integers that hold the values, `f64` for doubles past 2^32, `i32` for `parentIndex`), a
 * colon, and the base64 of the values in that width, little-endian (`'u8:KAAg'` is 40, 0, 32).
 * `parentIndex` is one such string. Format 3 writes each column of totals as a list of such blocks, in
 * order, each of up to 4,096 units in its own width (the few organisations' large totals do not widen
 * the enterprises' small ones); a column whose totals pass 2^53 − 1 is a list of decimal strings, one
 * per unit, instead. Partials of format 2 (one string per column) and 1 (plain arrays of numbers) are
 * still read.
 *
 * @category Rollup
 */
export interface RollupPartial {
  readonly format: 'chitieu.rollup-partial';
  readonly version: 3;
  /** Indicator names, sorted. */
  readonly indicators: readonly string[];
  readonly ids: readonly string[];
  /** Names of the units; null when no unit has one. */
  readonly names: readonly (string | null)[] | null;
  readonly parents: readonly (string | null)[];
  /** Packed (`'i32:…'`): row of each unit's parent in this partial; −1 for a root, −2 when the parent is not in it (yet). */
  readonly parentIndex: string;
  /** Per indicator (in `indicators` order), the subtree totals of achieved so far: blocks, or decimal strings. */
  readonly achieved: readonly (readonly string[])[];
  readonly target: readonly (readonly string[])[];
  /** Per indicator, null, or per unit the sorted distinct ids of the people in its subtree so far. */
  readonly people: readonly (readonly (readonly string[])[] | null)[];
  /** Subtree totals of the weights, as blocks or decimal strings; null when no unit has a weight. */
  readonly weights: readonly string[] | null;
}

/**
 * Options of {@link rollup} and {@link rollupColumns}.
 *
 * @category Rollup
 */
export interface RollupOptions {
  /** How the aggregate percent is formed. Default `'ratio'` (Σ achieved ÷ Σ target). */
  readonly method?: RollupMethod;
  /** Decimals of percentages, 0–10. Default 2. */
  readonly decimals?: number;
  /** Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

/**
 * The aggregate percent of a unit by the chosen {@link RollupMethod}.
 *
 * @category Rollup
 */
export interface RollupAggregate {
  readonly method: RollupMethod;
  /** The percentage, rounded; null when no part has a target (or, for weighted means, a weight). */
  readonly percent: string | null;
  readonly percentNumber: number | null;
  /** The exact value as a reduced fraction (`"575/4"`). */
  readonly exact: string | null;
  /** For `'weakest'`: the id of the weakest part (the unit's own id for its own figures); else null. */
  readonly part: string | null;
}

/**
 * What a subordinate unit contributes to its parent: its subtree totals.
 *
 * @category Rollup
 */
export interface RollupContribution {
  readonly id: string;
  readonly achieved: string;
  readonly target: string;
}

/**
 * One indicator at one unit after the rollup.
 *
 * @category Rollup
 */
export interface RollupFigure {
  /** Σ achieved over the subtree; for people counted by id, the number of distinct people. */
  readonly achieved: string;
  /** Σ target over the subtree. */
  readonly target: string;
  /** The unit's own figures (for people counted by id, its own distinct people). */
  readonly own: { readonly achieved: string; readonly target: string };
  /** Each subordinate unit's totals, in tree order: where the figure comes from. */
  readonly contributions: readonly RollupContribution[];
  /** When people are counted by id: the plain sum of the units' counts, with repeats. Else null. */
  readonly counted: string | null;
  /**
   * Σ achieved against Σ target through {@link attainment}, for every unit: when Σ target is 0 the
   * status is kept (`'met'` for 0 of 0, `'exceeded'` past it) and `percent`, `overPercent` and their
   * exact values are null, as the single call gives them.
   */
  readonly attainment: AttainmentResult;
  readonly aggregate: RollupAggregate;
}

/**
 * One unit after the rollup.
 *
 * @category Rollup
 */
export interface RollupNode {
  readonly id: string;
  readonly name: string | null;
  readonly parent: string | null;
  /** 0 for a root. */
  readonly depth: number;
  readonly children: readonly string[];
  /** Subtree total of the weights; null when no unit has a weight. */
  readonly weight: string | null;
  readonly indicators: Readonly<Record<string, RollupFigure>>;
}

/**
 * The result of {@link rollup}: every unit with its subtree figures, in input order.
 *
 * @category Rollup
 */
export interface RollupResult {
  readonly indicators: readonly string[];
  readonly method: RollupMethod;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly roots: readonly string[];
  readonly nodes: readonly RollupNode[];
}

/**
 * The result of {@link rollupColumns}: columns with one entry per unit, in input order. For speed and
 * memory (8 bytes a figure) numeric columns are typed arrays. The wrapper object and its plain arrays
 * are frozen; typed arrays cannot be frozen, so the typed-array columns are fresh copies made for each
 * call (never the caller's input) that belong to the caller: changing them changes nothing else.
 * `JSON.stringify` writes plain arrays (`null` for NaN) through a non-enumerable `toJSON`;
 * `structuredClone` and `postMessage` copy the columns as typed arrays.
 *
 * @category Rollup
 */
export interface RollupColumnsResult {
  readonly indicators: readonly string[];
  readonly method: RollupMethod;
  readonly decimals: number;
  readonly rounding: RoundingMode;
  readonly ids: readonly string[];
  /** Row of each unit's parent; −1 for a root. */
  readonly parentIndex: Int32Array;
  /**
   * Per indicator (in `indicators` order), subtree totals of achieved (distinct people when counted by
   * id); decimal strings instead when a total passes 2^53 − 1.
   */
  readonly achieved: readonly (Float64Array | readonly string[])[];
  readonly target: readonly (Float64Array | readonly string[])[];
  /**
   * Per indicator, each unit's aggregate percent (by `method`) as the rounded number; `NaN` where
   * {@link rollup} gives `aggregate.percent: null` (Σ target 0, or no part with a target), and only
   * there: as in {@link attainmentBatch}, `NaN` is the batch's `null` (docs/conventions.md §5).
   */
  readonly percentNumber: readonly Float64Array[];
  /** Rows of the units that have subordinates (organisations), in row order. */
  readonly groups: Int32Array;
  /** Per indicator, the aggregate percent of each unit in `groups`, as text; null where there is none. */
  readonly groupPercent: readonly (readonly (string | null)[])[];
}
