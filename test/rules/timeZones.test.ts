import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

// Dates are calendar dates: the same answers whatever the machine's time zone, including the zones
// furthest from UTC on either side.
const script = `
import { evaluateRule, evaluateRuleBatch, partyAdmission, probationSchedule, youthUnionAdmission } from './src/index.ts';
const out = [];
for (const [b, a] of [['2007-09-15', '2025-09-14'], ['2007-09-15', '2025-09-15'], ['2008-02-29', '2026-02-28'], ['1965-01-31', '2025-02-28'], ['1965-01-31', '2025-02-27']]) {
  const r = evaluateRule(partyAdmission, { birthDate: b }, { asOf: a });
  out.push(r.conditions.find((c) => c.id === 'age').result);
}
out.push(evaluateRule(youthUnionAdmission, { birthDate: '2010-03-26' }, { asOf: '2025-03-27' }).outcome);
out.push(probationSchedule({ ceremonyDate: '2024-12-31' }).recognitionDeadline);
out.push(probationSchedule({ ceremonyDate: '2024-02-29' }).probationEnds);
out.push(evaluateRuleBatch(youthUnionAdmission, [{ birthDate: '1995-01-01' }, { birthDate: '2015-01-01' }], { asOf: '2025-01-01' }).counts.eligible);
console.log(JSON.stringify(out));
`;

function runIn(tz: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  }).trim();
}

describe('results do not depend on the machine time zone', () => {
  it('UTC, Pacific/Kiritimati (UTC+14) and America/Los_Angeles agree', () => {
    const utc = runIn('UTC');
    expect(JSON.parse(utc)).toEqual(['fail', 'pass', 'pass', 'unknown', 'pass', 'eligible', '2026-02-12', '2025-02-28', 1]);
    expect(runIn('Pacific/Kiritimati')).toBe(utc);
    expect(runIn('America/Los_Angeles')).toBe(utc);
  });
});
