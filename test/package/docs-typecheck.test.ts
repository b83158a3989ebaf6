// Every ts block of the README and the guides and every @example compiles as a user's code would: against
// the built package's type declarations, under strict, noUncheckedIndexedAccess and
// exactOptionalPropertyTypes (the settings of a careful consumer project).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractExamples, extractGuideExamples } from '../docs/_examples.js';
import { ensureBuilt, root } from './_build.js';

const blocks = [...extractExamples(root, join(root, 'src')), ...extractGuideExamples(root, join(root, 'docs')), ...extractGuideExamples(root, join(root, 'docs', 'vi')), ...extractGuideExamples(root, root, ['README.md'])];
let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'chitieu-docs-tsc-'));
  mkdirSync(join(dir, 'blocks'));
  blocks.forEach((b, i) => {
    // `//=>` lines are comments already; a block is a module of its own (top-level await allowed).
    writeFileSync(join(dir, 'blocks', `b${i}.ts`), `// ${b.file} (${b.symbol})\n${b.code}\nexport {};\n`);
  });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true,
      target: 'es2022', module: 'esnext', moduleResolution: 'bundler', noEmit: true, skipLibCheck: false,
      types: ['node'], typeRoots: [join(root, 'node_modules', '@types')],
      baseUrl: '.',
      paths: { chitieu: [join(root, 'dist', 'esm', 'index.d.ts')], 'chitieu/svg': [join(root, 'dist', 'esm', 'svg.d.ts')] },
    },
    include: ['blocks/*.ts'],
  }));
}, 120_000);

afterAll(() => {
  if (dir && process.env.KEEP_DOCS_TSC === undefined) rmSync(dir, { recursive: true, force: true });
});

describe('the documented code type-checks as a strict consumer would compile it', () => {
  it(`all ${blocks.length} blocks`, () => {
    let out = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    // Name each failing block by the file and symbol it documents.
    const named = out.replace(/blocks\/b(\d+)\.ts/g, (_m, i: string) => `${blocks[Number(i)]?.file} (${blocks[Number(i)]?.symbol}) [block ${i}]`);
    expect(named).toBe('');
  }, 120_000);
});
