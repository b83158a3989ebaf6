import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractExamples, extractGuideExamples, toModule } from './_examples.js';

const root = resolve(__dirname, '../..');
const outDir = join(root, 'test', '.examples');
const blocks = [...extractExamples(root, join(root, 'src')), ...extractGuideExamples(root, join(root, 'docs')), ...extractGuideExamples(root, join(root, 'docs', 'vi')), ...extractGuideExamples(root, root, ['README.md'])];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const show = (v: unknown) => inspect(v, { depth: null, breakLength: Infinity });

declare global {
  // eslint-disable-next-line no-var
  var __check: (actual: unknown, want: string) => Promise<void>;
  // eslint-disable-next-line no-var
  var __checkLog: (fn: () => void, want: string) => Promise<void>;
}

globalThis.__check = async (actual, want) => {
  expect(norm(show(await actual))).toBe(norm(want));
};
globalThis.__checkLog = async (fn, want) => {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => { lines.push(args.map((a) => (typeof a === 'string' ? a : show(a))).join(' ')); };
  try { fn(); } finally { console.log = original; }
  expect(norm(lines.join('\n'))).toBe(norm(want));
};

describe('every @example in the source and every ts block in docs/ runs and prints what it says', () => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  it('finds examples', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });
  blocks.forEach((b, i) => {
    it(`${b.file} ${b.symbol} #${i}`, async () => {
      const file = join(outDir, `ex${i}.ts`);
      writeFileSync(file, `${toModule(b.code, join(root, 'src', 'index.ts'))}\nexport {};\n`);
      await import(file);
    });
  });
});
