import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const scripts = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).sort();

describe('every script in examples/ runs', () => {
  it('has scripts', () => expect(scripts.length).toBeGreaterThan(0));
  for (const name of scripts) {
    it(name, () => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join('examples', name)], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      expect(out.length).toBeGreaterThan(0);
    });
  }
});
