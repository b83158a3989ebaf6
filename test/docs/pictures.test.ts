import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictures } from '../../scripts/docs-pictures.js';
import { parseXml } from '../svg/_xml.js';

const root = resolve(__dirname, '../..');
const dir = join(root, 'docs', 'pictures');
const drawn = pictures();

describe('the pictures in docs/ are what chitieu/svg draws today (run `npm run docs` to redraw)', () => {
  for (const [name, svg] of Object.entries(drawn)) {
    it(name, () => {
      parseXml(svg);
      expect(readFileSync(join(dir, name), 'utf8')).toBe(`${svg}\n`);
    });
  }

  it('every picture a guide shows exists, and every picture is shown', () => {
    const guides = ['docs', 'docs/vi'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.md')).map((f) => `${d}/${f}`));
    const shown = new Set<string>();
    for (const g of guides) {
      for (const m of readFileSync(join(root, g), 'utf8').matchAll(/!\[[^\]]*\]\((?:\.\.\/)?pictures\/([^)\s]+)\)/g)) {
        shown.add(m[1] as string);
        expect(existsSync(join(dir, m[1] as string)), `${g} shows pictures/${m[1]}`).toBe(true);
      }
    }
    expect([...shown].sort()).toEqual(Object.keys(drawn).sort());
  });
});
