// A survey of enterprises, counted by the Party's rule for founding a party organisation: how many may
// found one, and how many have only 1–2 official members (who join a suitable organisation instead).
// The figures are made up. Run it with `node --import tsx examples/eligibility-survey.ts`.
import { evaluateRule, evaluateRuleBatch, partyOrganizationFounding } from 'chitieu';

interface Enterprise {
  readonly name: string;
  readonly officialMembers: number | null;
  readonly probationaryMembers: number | null;
}

// [official members, probationary members, how many enterprises]
const buckets: [number | null, number | null, number][] = [
  [0, 0, 520], [0, 1, 46],
  [1, 0, 90], [1, 1, 20], [2, 0, 35], [2, 1, 8],
  [3, 0, 30], [4, 1, 20], [6, 2, 12], [9, 1, 8], [12, 3, 5], [28, 4, 3], [35, 2, 3],
  [null, 2, 5],
];

const survey: Enterprise[] = [];
for (const [officialMembers, probationaryMembers, count] of buckets) {
  for (let i = 0; i < count; i++) survey.push({ name: `Doanh nghiệp ${survey.length + 1}`, officialMembers, probationaryMembers });
}

const asOf = '2025-09-01';
const r = evaluateRuleBatch(partyOrganizationFounding, survey, { asOf });
const c = r.conclusions;

console.log(`Khảo sát ${r.total} doanh nghiệp, ngày ${r.asOf} (${r.version.title?.vi ?? r.version.id}):`);
console.log(`Qua khảo sát có ${r.counts.eligible} doanh nghiệp đủ điều kiện thành lập tổ chức Đảng; ${c['join-suitable-organization']} doanh nghiệp có từ 1-2 đảng viên.`);
console.log(`  Trong đó: ${c['form-chi-bo-co-so']} lập chi bộ cơ sở, ${c['form-dang-bo-co-so']} lập đảng bộ cơ sở; ${c['elects-chi-uy']} chi bộ bầu chi ủy.`);
console.log(`  ${r.counts.undetermined} doanh nghiệp chưa đủ số liệu để kết luận.`);
console.log(`Survey of ${r.total} enterprises: ${r.counts.eligible} may found a party organisation; ${c['join-suitable-organization']} have 1–2 official members.`);

// One enterprise explained: why it cannot found an organisation, and what happens to its members.
const one = evaluateRule(partyOrganizationFounding, { officialMembers: 2, probationaryMembers: 1 }, { asOf });
console.log('');
console.log(one.explanation.vi);
for (const note of one.notes) console.log(`  ${note.text.vi} (${note.source.document}, ${note.source.article}, ${note.source.clause})`);
