import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSourceFiles } from '../docs/_examples.js';

const root = resolve(__dirname, '../..');
const files = listSourceFiles(join(root, 'src')).map((f) => ({ path: relative(root, f).replace(/\\/g, '/'), text: readFileSync(f, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);

describe('what may import what', () => {
  it('nothing in the library imports the pictures or the command line', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('src/svg/') && !f.path.startsWith('src/cli/'))
      .filter((f) => imports(f.text).some((i) => /\/svg\/|\/cli\//.test(i) || i === 'chitieu/svg'))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
    expect(files.filter((f) => f.path.startsWith('src/svg/') && imports(f.text).some((i) => i.includes('/cli/'))).map((f) => f.path)).toEqual([]);
  });

  it('only the command line uses Node built-ins', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('src/cli/'))
      .filter((f) => imports(f.text).some((i) => i.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'util'].includes(i)))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
