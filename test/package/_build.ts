import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const root = resolve(__dirname, '../..');

/** The files the build makes, which the package tests use. */
const OUTPUTS = ['esm/index.js', 'esm/index.d.ts', 'esm/svg/index.js', 'esm/svg.d.ts', 'esm/cli/index.js', 'index.cjs', 'index.d.cts', 'svg.cjs', 'svg.d.cts'];

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  const dist = join(root, 'dist');
  if (!OUTPUTS.every((f) => existsSync(join(dist, f)))) return false;
  const built = Math.min(...OUTPUTS.map((f) => statSync(join(dist, f)).mtimeMs));
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs, statSync(join(root, 'tsup.config.ts')).mtimeMs);
  return built >= sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Makes sure dist/ holds a build of the current sources: in CI it was just built and is used as is;
 * locally it is built when missing or older than src/. Test files run in parallel, so one builds while
 * the others wait on a lock directory (mkdir is atomic).
 */
export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = join(root, 'node_modules', '.cache', 'chitieu-package-tests.lock');
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock older than the deadline is left over from a killed run.
      if (Date.now() > deadline || Date.now() - statSync(lock).mtimeMs > 180_000) { rmdirSync(lock); continue; }
      sleep(250);
    }
  }
  try {
    if (!fresh()) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe', env: { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: 'false' } });
  } finally {
    rmdirSync(lock);
  }
}

/**
 * A folder whose node_modules/chitieu points at the repository, so a bundler resolves `chitieu` and
 * `chitieu/svg` through package.json's exports map exactly as for an installed package.
 */
export function linkedProject(dir: string): string {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules', 'chitieu'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  return dir;
}
