// A scorecard from a spreadsheet: units and their targets in a CSV file (one row per unit and
// indicator), rolled up the organisation tree, then summed up the way a report does.
// Run it with `node --import tsx examples/scorecard-from-csv.ts`.
import { readFileSync } from 'node:fs';
import { describeAttainment, rollup, scorecard, type OrgNode } from 'chitieu';

// What each indicator counts, as the report names it.
const UNITS: Record<string, string> = {
  newMembers: 'đảng viên mới được kết nạp',
  partyOrgs: 'tổ chức đảng thành lập mới',
  tradeUnions: 'công đoàn cơ sở thành lập mới',
};

// A deliberately simple CSV reader: a header row, comma-separated fields, no quoted commas.
const text = readFileSync(new URL('./data/units.csv', import.meta.url), 'utf8');
const [header, ...rows] = text.trim().split(/\r?\n/).map((line) => line.split(',').map((cell) => cell.trim()));
const column = (name: string) => header!.indexOf(name);
const [ID, NAME, PARENT, INDICATOR, ACHIEVED, TARGET] = ['id', 'name', 'parent', 'indicator', 'achieved', 'target'].map(column);

// One unit per id; each row adds one indicator's own figures. Counts are read as decimal strings,
// which the library reads exactly (and rejects if they are not whole, non-negative numbers).
const units = new Map<string, { id: string; name: string; parent: string | null; indicators: Record<string, { achieved: string; target: string }> }>();
for (const row of rows) {
  const id = row[ID!]!;
  const unit = units.get(id) ?? { id, name: row[NAME!]!, parent: row[PARENT!] || null, indicators: {} };
  units.set(id, unit);
  const indicator = row[INDICATOR!];
  if (indicator) unit.indicators[indicator] = { achieved: row[ACHIEVED!] || '0', target: row[TARGET!] || '0' };
}

const result = rollup({ nodes: [...units.values()] as OrgNode[] });

for (const unit of result.nodes.filter((n) => n.children.length > 0)) {
  const lines = result.indicators.map((name) => {
    const figure = unit.indicators[name]!;
    // An indicator this unit has no target for (Σ target 0) keeps a status, but is no line of its scorecard.
    return { name, attainment: figure.target === '0' ? null : figure.attainment, contributions: figure.contributions };
  });
  const card = scorecard(lines.flatMap((l) => (l.attainment ? [{ ...l.attainment, label: l.name }] : [])));
  console.log(`${unit.name}: ${card.explanation.vi}`);
  for (const l of lines) {
    if (l.attainment === null) continue;
    console.log(`  ${describeAttainment(l.attainment, { unit: UNITS[l.name] ?? l.name })}`);
    // The same indicator across the subordinate units, as a report's range "đạt 40–90%".
    const across = scorecard(l.contributions.filter((c) => c.target !== '0').map((c) => ({ label: c.id, achieved: c.achieved, target: c.target })));
    if (across.distribution) console.log(`    các đơn vị: ${across.label} đạt và vượt, đạt ${across.distribution.text.vi} chỉ tiêu`);
  }
}
