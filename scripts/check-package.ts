// Package checks: publint on the project, then attw on a tarball packed into a temporary folder, so the
// check never touches (or deletes) a `chitieu-*.tgz` the user keeps in the project root, as `attw --pack`
// did. Run by `npm run check:package`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd: string, args: string[]): void => {
  execFileSync(cmd, args, { stdio: 'inherit' });
};

run(npx, ['publint', '--strict']);
const dir = mkdtempSync(join(tmpdir(), 'chitieu-pack-'));
try {
  run(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir]);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball into ${dir}`);
  run(npx, ['attw', join(dir, tarball), '--profile', 'node16']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
