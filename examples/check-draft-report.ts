// Checking a draft report before it is published: every figure of each sample report in
// examples/reports/, what chitieu makes of it, and what needs a second look.
// Run it with `node --import tsx examples/check-draft-report.ts [report.txt …]`.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims, type Claim } from 'chitieu';

const dir = fileURLToPath(new URL('./reports/', import.meta.url));
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));

const MARK: Record<Claim['verdict'], string> = { consistent: '✓', inferred: '≈', flagged: '✗', ambiguous: '?', figure: '·' };

/** One line per claim: its mark, where it is, the text, and what was found. */
function line(c: Claim): string {
  const text = c.text.length > 70 ? `${c.text.slice(0, 67)}…` : c.text;
  return `  ${MARK[c.verdict]} [${c.start}–${c.end}] ${c.kind.padEnd(14)} ${text}\n      ${c.explanation.vi}`;
}

let flagged = 0;
for (const file of files) {
  const r = extractClaims(readFileSync(file, 'utf8'));
  const checked = r.claims.filter((c) => c.verdict === 'consistent' || c.verdict === 'flagged').length;
  console.log(`\n${basename(file)}: ${r.claims.length} figures, ${checked} checked`);
  for (const c of r.claims) {
    // Plain counts and rates have nothing to check: list them briefly.
    if (c.verdict === 'figure' && (c.kind === 'count' || c.kind === 'rate')) continue;
    console.log(line(c));
  }
  const counts = r.claims.filter((c) => c.kind === 'count' || c.kind === 'rate').map((c) => c.text);
  if (counts.length > 0) console.log(`  · other figures: ${counts.join(', ')}`);
  for (const c of r.claims) {
    for (const f of c.flags) {
      flagged++;
      console.log(`  ⚠ ${f.code}: ${f.vi}\n    ${f.en}`);
    }
  }
  for (const f of r.flags) {
    flagged++;
    console.log(`  ⚠ ${f.code} (report): ${f.vi}\n    ${f.en}`);
  }
  console.log(`  rounding modes that give every printed percentage: ${r.commonModes.length > 0 ? r.commonModes.join(', ') : 'none'}`);
}
console.log(`\n${flagged} flag(s) in ${files.length} report(s).`);
