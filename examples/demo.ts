// The demo: for each of the five sample reports in examples/reports/, what the library computes next
// to what the report printed. Run it with `npm run demo`.
import { readFileSync } from 'node:fs';
import { attainment, describeAttainment } from 'chitieu';

interface SeedCase {
  id: string;
  seed: string;
  quote: string;
  kind: string;
  achieved?: number;
  target?: number | { atLeast: number } | null;
  reported?: string;
  reportedDecimals?: number;
}

const figures = JSON.parse(readFileSync(new URL('./reports/figures.json', import.meta.url), 'utf8')) as { cases: SeedCase[] };

for (const c of figures.cases) {
  if (typeof c.achieved !== 'number' || c.target === null || c.target === undefined) continue;
  const r = attainment({ achieved: c.achieved, target: c.target }, { decimals: c.reportedDecimals ?? 2 });
  console.log(`${c.id}`);
  console.log(`  report:  ${c.quote}`);
  console.log(`  chitieu: ${describeAttainment(r)}`);
}
