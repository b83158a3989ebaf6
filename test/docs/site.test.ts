import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

describe('the docs site', () => {
  it('lists every guide in docs/ once, so none is missing from the site or shown twice', () => {
    const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { projectDocuments: string[] };
    const guides = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`).sort();
    expect([...config.projectDocuments].sort()).toEqual(guides);
  });

  it('gives every guide a title', () => {
    for (const f of readdirSync(join(root, 'docs')).filter((x) => x.endsWith('.md'))) {
      expect(readFileSync(join(root, 'docs', f), 'utf8'), f).toMatch(/^---\ntitle: .+\n---\n/);
    }
  });
});
