import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Any time zone, any locale: every public function, called with every valid sample of the fuzz test
 * (test/reliability/_samples.ts), gives byte-for-byte the same results (or the same typed errors) in
 * processes whose time zone is UTC, Vietnam's, one of the furthest on either side of UTC, and whose
 * locale is German (decimal comma, other month names) or English. test/rules/timeZones.test.ts pins
 * the date answers of the rules themselves.
 */

const root = resolve(__dirname, '../..');

const script = `
import * as api from './src/index.ts';
import { samples } from './test/reliability/_samples.ts';
const out = {};
for (const [name, calls] of Object.entries(samples)) {
  const fn = api[name];
  if (typeof fn !== 'function') continue;
  out[name] = calls.map((args) => {
    try {
      return { ok: fn(...structuredClone(args)) };
    } catch (e) {
      return { error: [e.code, e.path, e.messages] };
    }
  });
}
// The time zone and locale this process really ran in, to prove the environment took effect.
const where = [Intl.DateTimeFormat().resolvedOptions().timeZone, Intl.NumberFormat().resolvedOptions().locale, new Date(2024, 0, 1).getTimezoneOffset()];
console.log(JSON.stringify({ where, out }));
`;

function runIn(env: Record<string, string>): { where: [string, string, number]; out: string } {
  const text = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(text.trim().split('\n').at(-1) as string) as { where: [string, string, number]; out: unknown };
  return { where: parsed.where, out: JSON.stringify(parsed.out) };
}

describe('results do not depend on the machine time zone or locale', () => {
  it('every sample call of every public function agrees across zones and locales', { timeout: 120_000 }, () => {
    const utc = runIn({ TZ: 'UTC' });
    expect(utc.where[0]).toBe('UTC');
    expect(utc.out.length).toBeGreaterThan(10_000);
    const others: [Record<string, string>, (w: [string, string, number]) => boolean][] = [
      [{ TZ: 'Asia/Ho_Chi_Minh' }, (w) => w[2] === -420],
      [{ TZ: 'America/Los_Angeles' }, (w) => w[2] === 480],
      [{ TZ: 'Pacific/Kiritimati' }, (w) => w[2] === -840],
      [{ TZ: 'Etc/GMT+12' }, (w) => w[2] === 720],
      [{ TZ: 'Asia/Ho_Chi_Minh', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, (w) => w[1] === 'de-DE'],
      [{ TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }, (w) => w[1] === 'en-US'],
    ];
    for (const [env, tookEffect] of others) {
      const r = runIn(env);
      expect(tookEffect(r.where), `${JSON.stringify(env)} ran as ${JSON.stringify(r.where)}`).toBe(true);
      expect(r.out, JSON.stringify(env)).toBe(utc.out);
    }
  });
});
