// Timing, data and reporting for the benchmarks. Absolute figures depend on the machine and on what
// else runs on it; ratios between entries measured in the same process, interleaved, are what count.

/** A deterministic pseudo-random source (LCG), so every run measures the same data. */
export function random(seed = 1): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Random counts as a report holds them: targets 1–1000, achieved 0–1500 (some short, some over). */
export function countColumns(n: number, seed = 1): { achieved: Int32Array; target: Int32Array } {
  const rnd = random(seed);
  const achieved = new Int32Array(n);
  const target = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    target[i] = 1 + Math.floor(rnd() * 1000);
    achieved[i] = Math.floor(rnd() * 1500);
  }
  return { achieved, target };
}

/** The same figures as plain arrays of numbers (what JSON or a CSV reader gives). */
export function plainColumns(c: { achieved: Int32Array; target: Int32Array }): { achieved: number[]; target: number[] } {
  return { achieved: Array.from(c.achieved), target: Array.from(c.target) };
}

/** One measured variant: `run()` processes `records` records. */
export interface Variant {
  readonly name: string;
  readonly records: number;
  readonly run: () => unknown;
}

/** Keeps results reachable so the engine cannot drop the work that made them. */
export let sink: unknown;
export function consume(v: unknown): void {
  sink = v;
}

/**
 * Runs the variants interleaved (A, B, C, A, B, C…) for `rounds` rounds after one warm-up round and
 * returns each one's best rate in records per second. Interleaving spreads the noise of a shared
 * machine over all variants alike; the best round is the one least disturbed.
 */
export function measure(variants: readonly Variant[], rounds: number): Map<string, number> {
  const best = new Map<string, number>();
  for (let r = -1; r < rounds; r++) {
    for (const v of variants) {
      const t0 = performance.now();
      consume(v.run());
      const ms = performance.now() - t0;
      if (r < 0) continue;
      const rate = v.records / (ms / 1000);
      if (rate > (best.get(v.name) ?? 0)) best.set(v.name, rate);
    }
  }
  return best;
}

/** Milliseconds of one call, best of `rounds`. */
export function bestTime(fn: () => unknown, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    consume(fn());
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Bytes held per record by what `make` returns: heap and array-buffer growth, after full collections,
 * while the result is kept. Needs `--expose-gc` (the bench re-spawns node with it).
 */
export function bytesPerRecord(records: number, make: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return NaN;
  const used = () => {
    for (let i = 0; i < 4; i++) gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = used();
  const held = make();
  const after = used();
  consume(held);
  consume(null);
  return (after - before) / records;
}

/** A line of the results table. */
export interface Row {
  readonly area: string;
  readonly entry: string;
  /** The measured figure, already formatted with its unit (e.g. "5.21 M rec/s"). */
  readonly value: string;
  /** The figure the goal is judged on, e.g. a ratio, and how it is shown. */
  readonly ratio?: number;
  readonly ratioText?: string;
  /** The goal, when there is one: met when `ratio >= goal` (or `<=` when `lowerIsBetter`). */
  readonly goal?: number;
  readonly goalText?: string;
  readonly lowerIsBetter?: boolean;
  readonly note?: string;
  readonly skipped?: boolean;
  /**
   * False for a goal known to be out of reach with the current design (explained in bench/README.md):
   * it is reported as missed but does not fail CI, so the gate keeps guarding the goals that are met.
   */
  readonly gated?: boolean;
}

/** Met, or how far: 'met', 'missed' (below the goal) or 'failed' (beyond half the goal: CI fails). */
export function verdict(row: Row): 'met' | 'missed' | 'failed' | '' {
  if (row.skipped || row.goal === undefined || row.ratio === undefined) return '';
  const met = row.lowerIsBetter ? row.ratio <= row.goal : row.ratio >= row.goal;
  if (met) return 'met';
  const half = row.lowerIsBetter ? row.ratio <= row.goal * 2 : row.ratio >= row.goal / 2;
  return half || row.gated === false ? 'missed' : 'failed';
}

/** Records per second in millions. */
export const mrate = (r: number): string => `${(r / 1e6).toFixed(2)} M rec/s`;
export const times = (x: number): string => `${x >= 100 ? x.toFixed(0) : x.toFixed(2)}×`;

/** The table as Markdown, for the terminal and for bench/README.md alike. */
export function table(rows: readonly Row[]): string {
  const head = ['area', 'entry', 'measured', 'ratio', 'goal', 'verdict', 'note'];
  const lines = [head, head.map(() => '---')];
  for (const r of rows) {
    const v = verdict(r);
    lines.push([
      r.area,
      r.entry,
      r.skipped ? 'skipped' : r.value,
      r.ratioText ?? '',
      r.goalText ?? '',
      v === 'met' ? 'met' : v === 'missed' ? 'MISSED' : v === 'failed' ? 'FAILED (< half)' : '',
      r.note ?? '',
    ]);
  }
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}

/** Imports the library's source as a record of exports, so entries can skip what is not there yet. */
export async function library(): Promise<Record<string, unknown>> {
  return (await import('../src/index.js')) as Record<string, unknown>;
}

/** A function export of the library, or undefined when that area has not landed it. */
export function exported<F>(lib: Record<string, unknown>, name: string): F | undefined {
  const f = lib[name];
  return typeof f === 'function' || (typeof f === 'object' && f !== null) ? (f as F) : undefined;
}
