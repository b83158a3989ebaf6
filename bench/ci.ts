// The short benchmark for CI (a few seconds): the same entries on smaller data. It fails (exit 1)
// only when a figure falls below HALF its goal, so a real regression is caught while the noise of a
// shared machine is not (a timed test would be flaky). Run: node --import tsx bench/ci.ts
import { QUICK } from './_entries.js';
import { table, verdict } from './_harness.js';
import { machine, respawnWithGc, runAll } from './run.js';

if (!respawnWithGc()) {
  const t0 = performance.now();
  const rows = await runAll(QUICK);
  console.log(`${machine()}; CI run in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  console.log(table(rows));
  const failed = rows.filter((r) => verdict(r) === 'failed');
  if (failed.length > 0) {
    console.error(`\n${failed.length} figure(s) below half their goal: ${failed.map((r) => r.entry).join('; ')}`);
    process.exitCode = 1;
  }
}
