/**
 * A time bound for a test, in milliseconds. Mutation testing runs the same tests on instrumented code
 * (every expression behind a switch, every hit counted), several times slower: vitest.mutation.config.ts
 * sets CHITIEU_TIME_FACTOR so that a timed test still fails on a quadratic parser but not on the
 * instrumentation. Elsewhere the bound is as written.
 */
export function timeBound(ms: number): number {
  const factor = Number(process.env.CHITIEU_TIME_FACTOR ?? '1');
  return ms * (Number.isFinite(factor) && factor >= 1 ? factor : 1);
}
