import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
// The English guides in docs/ and their Vietnamese versions in docs/vi/.
const guideFiles = () => ['docs', 'docs/vi'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.md')).map((f) => `${d}/${f}`));

describe('the docs site', () => {
  it('lists every guide in docs/ once, so none is missing from the site or shown twice', () => {
    const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { projectDocuments: string[] };
    const guides = guideFiles().sort();
    expect([...config.projectDocuments].sort()).toEqual(guides);
  });

  it('gives every guide a title', () => {
    for (const f of guideFiles()) {
      expect(readFileSync(join(root, f), 'utf8'), f).toMatch(/^---\ntitle: .+\n(?:category: .+\n)?---\n/);
    }
  });
});
