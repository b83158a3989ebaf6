import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { attainment, ChiTieuError, isChiTieuError } from '../../src/index.js';
import { makeIssue } from '../../src/core/errors.js';

const root = resolve(__dirname, '../..');

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('isChiTieuError', () => {
  it('tells the library’s errors from everything else', () => {
    const e = thrown(() => attainment({ achieved: -1, target: 80 }));
    expect(isChiTieuError(e)).toBe(true);
    expect(e instanceof ChiTieuError).toBe(true);
    for (const x of [new Error('x'), null, undefined, 0, 'ChiTieuError', { name: 'ChiTieuError', code: 'negative' }, Object.create(ChiTieuError.prototype)]) {
      expect([x, isChiTieuError(x), x instanceof ChiTieuError]).toEqual([x, false, false]);
    }
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ name: 'ChiTieuError', code: 'negative' });
  });

  it('holds across two copies of the class, as the CJS and ESM builds are', async () => {
    // Two separate bundles of the error module: each has its own ChiTieuError class.
    const dir = join(root, 'node_modules', '.cache', 'chitieu-errors-test');
    mkdirSync(dir, { recursive: true });
    const entry = join(root, 'src', 'core', 'errors.ts');
    await build({ entryPoints: [entry], outfile: join(dir, 'errors.cjs'), bundle: true, format: 'cjs', platform: 'node', logLevel: 'silent' });
    await build({ entryPoints: [entry], outfile: join(dir, 'errors.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' });
    const cjs = createRequire(import.meta.url)(join(dir, 'errors.cjs')) as typeof import('../../src/core/errors.js');
    const esm = (await import(pathToFileURL(join(dir, 'errors.mjs')).href)) as typeof import('../../src/core/errors.js');
    expect(cjs.ChiTieuError).not.toBe(esm.ChiTieuError);
    const fromCjs = new cjs.ChiTieuError([cjs.makeIssue('negative', ['achieved'], { value: -1 })]);
    const fromEsm = new esm.ChiTieuError([esm.makeIssue('negative', ['achieved'], { value: -1 })]);
    expect(fromCjs instanceof esm.ChiTieuError).toBe(true);
    expect(fromEsm instanceof cjs.ChiTieuError).toBe(true);
    expect(fromCjs instanceof ChiTieuError).toBe(true);
    expect(new ChiTieuError([makeIssue('negative', ['x'])]) instanceof cjs.ChiTieuError).toBe(true);
    expect([esm.isChiTieuError(fromCjs), cjs.isChiTieuError(fromEsm), isChiTieuError(fromCjs)]).toEqual([true, true, true]);
    expect(fromCjs instanceof Error).toBe(true);
  });
});
