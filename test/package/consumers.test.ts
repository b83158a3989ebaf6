import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './_build.js';

const npmEnv = { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: 'false', NPM_CONFIG_FUND: 'false', NPM_CONFIG_AUDIT: 'false' };
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', env: npmEnv, stdio: ['ignore', 'pipe', 'pipe'] });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const ESM = `
import { attainment, describeAttainment, ChiTieuError } from 'chitieu';
import { bulletChart } from 'chitieu/svg';
const r = attainment({ achieved: 103, target: 80 });
let code = '';
try { bulletChart({ achieved: -1, target: 1 }); } catch (e) { code = e instanceof ChiTieuError ? e.code : 'other'; }
console.log(JSON.stringify([r.percent, describeAttainment(r), bulletChart(r).slice(0, 4), code, Object.isFrozen(r)]));
`;

const CJS = `
const { attainment, describeAttainment, ChiTieuError } = require('chitieu');
const { bulletChart } = require('chitieu/svg');
const r = attainment({ achieved: 103, target: 80 });
let code = '';
try { bulletChart({ achieved: -1, target: 1 }); } catch (e) { code = e instanceof ChiTieuError ? e.code : 'other'; }
console.log(JSON.stringify([r.percent, describeAttainment(r), bulletChart(r).slice(0, 4), code, Object.isFrozen(r)]));
`;

// A TypeScript consumer: real types, not any (the @ts-expect-error lines fail the check if the types were lost).
const TS = `
import { attainment, describeAttainment, ChiTieuError, type AttainmentResult, type RoundingMode } from 'chitieu';
import { bulletChart, termProgressChart, type BulletChartOptions } from 'chitieu/svg';

const mode: RoundingMode = 'down';
const r: AttainmentResult = attainment({ achieved: 16, target: { min: 5, max: 7 } }, { decimals: 1, rounding: mode });
const status: 'not-met' | 'met' | 'exceeded' = r.status;
const options: BulletChartOptions = { locale: 'en', width: 300 };
const svg: string = bulletChart(r, options) + termProgressChart({ start: '2020-01-01', end: '2025-12-31', target: 80, points: [] });
const sentence: string = describeAttainment(r);
const code: string | undefined = new Error() instanceof ChiTieuError ? 'x' : undefined;
// @ts-expect-error: achieved is required
attainment({ target: 80 });
// @ts-expect-error: not a rounding mode
attainment({ achieved: 1, target: 2 }, { rounding: 'nearest' });
// @ts-expect-error: not a locale
bulletChart(r, { locale: 'fr' });
export { status, svg, sentence, code };
`;

const EXPECTED = '["128.75","103/80, đạt 128,75%, vượt 28,75% chỉ tiêu","<svg","negative",true]';

describe('the packed package, installed in a fresh project', () => {
  let dir = '';
  let project = '';

  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'chitieu-consumer-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root)) as { filename: string }[];
    const tarball = join(dir, packed[0]?.filename ?? '');
    project = join(dir, 'project');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    // The runtime dependencies come from the repository's own node_modules, so the install is offline and fast.
    for (const dep of Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies)) {
      // a scoped name (@date-fns/utc) needs its scope folder first
      mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
      symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
    }
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', tarball], project);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ships only what it should', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'chitieu', 'package.json'), 'utf8')) as { name: string };
    expect(pkg.name).toBe('chitieu');
    const files = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root);
    const paths = (JSON.parse(files) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    for (const f of ['dist/esm/index.js', 'dist/esm/svg/index.js', 'dist/esm/cli/index.js', 'dist/index.cjs', 'dist/svg.cjs', 'dist/esm/index.d.ts', 'dist/svg.d.cts']) expect(paths).toContain(f);
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('docs/'))).toEqual([]);
  });

  it('imports with ESM', () => {
    writeFileSync(join(project, 'esm.mjs'), ESM);
    expect(run(process.execPath, ['esm.mjs'], project).trim()).toBe(EXPECTED);
  });

  it('requires with CommonJS', () => {
    writeFileSync(join(project, 'cjs.cjs'), CJS);
    expect(run(process.execPath, ['cjs.cjs'], project).trim()).toBe(EXPECTED);
  });

  it('type-checks a TypeScript consumer under node16 (ESM and CommonJS) and bundler resolution', () => {
    writeFileSync(join(project, 'consumer.mts'), TS);
    writeFileSync(join(project, 'consumer.cts'), TS.replace(/^export \{.*\};$/m, 'export = { status, svg, sentence, code };'));
    writeFileSync(join(project, 'consumer.ts'), TS);
    const common = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022'], types: [] as string[] };
    writeFileSync(join(project, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: { ...common, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.mts', 'consumer.cts'] }));
    writeFileSync(join(project, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] }));
    for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
      let out = '';
      try {
        run(process.execPath, [tsc, '-p', config], project);
      } catch (e) {
        out = String((e as { stdout?: string }).stdout ?? e);
      }
      expect(out, config).toBe('');
    }
  });

  it('runs the installed command', () => {
    const bin = join(project, 'node_modules', '.bin', 'chitieu');
    expect(run(bin, ['attainment', '103', '80', '--locale', 'en'], project)).toBe('103/80, 128.75% of target, 28.75% over target\n103 exceeds the target of 80 by 23.\n');
  });
});
