// Term progress (lũy kế) of the Bình Dương report of 16-07-2024: each unit's cumulative admissions
// against its term targets, with pace and the rate still needed, as of the report date.
// Run it with `node --import tsx examples/term-progress.ts`.
import { formatNumber, termProgress, type TermProgressInput } from 'chitieu';

const asOf = '2024-07-16'; // "Cập nhật: 16-07-2024"
const term = 'nhiệm kỳ 2020-2025'; // no congress dates in the report: 2020-01-01 to 2025-12-31

const units: { name: string; input: TermProgressInput }[] = [
  {
    name: 'Chi bộ Công đoàn các KCN Bến Cát',
    input: {
      term,
      asOf,
      cumulative: 20,
      targets: [
        { id: 'own', source: 'own', label: 'nghị quyết Đại hội Chi bộ', target: 20 },
        { id: 'assigned', source: 'assigned', issuer: 'Đảng ủy khối', label: 'chỉ tiêu Đảng ủy khối giao', target: 50 },
      ],
    },
  },
  { name: 'Đảng bộ KCN Mỹ Phước, năm 2024', input: { term: 'năm 2024', asOf, cumulative: 7, target: 10 } },
  { name: 'Đảng bộ KCN Mỹ Phước, nhiệm kỳ', input: { term, asOf, cumulative: 44, target: 50 } },
  { name: 'Đảng bộ KCN VSIP, nhiệm kỳ', input: { term, asOf, cumulative: 72, target: 80 } },
];

const n = (x: string) => formatNumber(x, { locale: 'vi' });
const PACE = { ahead: 'vượt tiến độ', 'on-track': 'đúng tiến độ', behind: 'chậm tiến độ' } as const;

for (const { name, input } of units) {
  const r = termProgress(input);
  console.log(`${name} (${r.term.label.vi}, đã qua ${n(r.elapsed.percent)}% thời gian tính đến ${asOf})`);
  for (const t of r.targets) {
    const label = t.label ? ` theo ${t.label.vi}` : '';
    const a = t.attainment;
    console.log(`  ${a.achieved}/${a.reference}${label}: đạt ${n(a.percent ?? '0')}%, còn thiếu ${t.remaining}`);
    console.log(`    cần có theo nhịp độ đều: ${n(t.expectedByNow.value)} → ${PACE[t.pace]}`);
    if (t.requiredPerYear !== null && t.remaining !== '0') {
      console.log(`    cần thêm khoảng ${n(t.requiredPerYear.value)}/năm (${n(t.requiredPerMonth?.value ?? '0')}/tháng)`);
    }
  }
  if (r.projectedAtEnd !== null) console.log(`  giữ nhịp độ này, cuối kỳ đạt khoảng ${n(r.projectedAtEnd.value)}`);
}
