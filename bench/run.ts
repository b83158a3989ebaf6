// `npm run bench`: every entry of issue 7 on full-size data, printed as a Markdown table.
// Flags: --quick (the sizes of the CI run), --json (rows as JSON after the table).
// Memory entries need --expose-gc, so without it the script runs itself again with the flag.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { attainmentEntries, formattingEntries, FULL, impliedEntries, parserEntries, QUICK, rollupEntries, ruleEntries, type Sizes } from './_entries.js';
import { library, table, type Row } from './_harness.js';

/** Re-runs this script under `--expose-gc` when needed; returns true when it did (the child's exit code is set). */
export function respawnWithGc(): boolean {
  if (typeof (globalThis as { gc?: unknown }).gc === 'function') return false;
  const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
  return true;
}

/** Runs every entry with the given sizes. */
export async function runAll(sizes: Sizes, log: (s: string) => void = () => {}): Promise<Row[]> {
  const lib = await library();
  const rows: Row[] = [];
  const step = async (name: string, f: () => Row[] | Promise<Row[]>) => {
    log(`… ${name}`);
    try {
      rows.push(...(await f()));
    } catch (e) {
      // An area mid-change must not hide the others' figures: say what broke and go on.
      rows.push({ area: name, entry: '(entry failed)', value: '', skipped: true, note: String((e as Error).message ?? e).slice(0, 160) });
    }
  };
  await step('attainment', () => attainmentEntries(lib, sizes));
  await step('formatting', () => formattingEntries(lib, sizes));
  await step('rollup', () => rollupEntries(lib, sizes));
  await step('rules', () => ruleEntries(lib, sizes));
  await step('claims', () => impliedEntries(lib, sizes));
  await step('parsers', () => parserEntries(lib, sizes));
  return rows;
}

/** The machine, for the record. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}, load ${os.loadavg()[0]?.toFixed(2)}`;
}

async function main(): Promise<void> {
  if (respawnWithGc()) return;
  const quick = process.argv.includes('--quick');
  const sizes = quick ? QUICK : FULL;
  const t0 = performance.now();
  const rows = await runAll(sizes, (s) => process.stderr.write(`${s}\n`));
  console.log(`\n${machine()}; ${quick ? 'quick' : 'full'} run in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  console.log(table(rows));
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
