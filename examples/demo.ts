// The demo: for each of the five sample reports in examples/reports/, every figure the report printed
// next to what chitieu computes, then what an automatic check of the whole text flags.
// Run it with `npm run demo` (or `node --import tsx examples/demo.ts`).
import { readFileSync } from 'node:fs';
import {
  attainment,
  checkClaim,
  checkSum,
  describeAttainment,
  describeTermProgress,
  evaluateRuleBatch,
  extractClaims,
  formatNumber,
  impliedTargets,
  memberPipeline,
  partyOrganizationFounding,
  scorecard,
  termProgress,
  type ClaimAs,
  type TargetInput,
} from 'chitieu';

/** One figure of a report, as listed in examples/reports/figures.json. */
interface Figure {
  id: string;
  seed: string;
  quote: string;
  kind: string;
  period?: string;
  unit?: string;
  achieved?: number;
  target?: TargetInput | null;
  reported?: string;
  reportedAs?: string;
  total?: number;
  parts?: number[];
  stages?: Record<string, number>;
  cases?: Record<string, any>[];
}

const REPORTS: Record<string, { file: string; title: string; asOf: string }> = {
  '000_812b27f6b5ee4915.txt': { file: 'binh-thuan-2023.txt', title: 'Bình Thuận, kết quả năm 2023 (28/02/2024)', asOf: '2024-02-27' },
  '001_50fa5ecdf9a8cc04.txt': { file: 'ha-noi-h1-2024.txt', title: 'Hà Nội, 6 tháng đầu năm 2024 (27/6/2024)', asOf: '2024-06-27' },
  '002_150e383a042668ab.txt': { file: 'binh-duong-2024.txt', title: 'Bình Dương, Đảng bộ khối doanh nghiệp (16/7/2024)', asOf: '2024-07-16' },
  '003_a1b4536d5dec096f.txt': { file: 'ninh-thuan-2015-2020.txt', title: 'Ninh Thuận, Đảng bộ Khối CQ-DN, giai đoạn 2015–2020', asOf: '2020-12-31' },
  '004_10fed449002ee0b8.txt': { file: 'hai-phong-kkt.txt', title: 'Hải Phòng, Đảng bộ Khu kinh tế, từ năm 2020 đến nay', asOf: '2024-12-31' },
};

const figures = JSON.parse(readFileSync(new URL('./reports/figures.json', import.meta.url), 'utf8')) as { cases: Figure[] };
const n = (x: string | number) => formatNumber(x);
const out: string[] = [];
const say = (label: string, text: string) => out.push(`  ${label.padEnd(10)}${text}`);

/** The printed percentage checked against the exact one, with the rounding modes that give it. */
function checked(achieved: number | string, target: number | string, reported: string, as: ClaimAs): string {
  const c = checkClaim({ achieved, target, reported, as });
  const verdict = c.consistent ? '✓ khớp' : c.consistentModes.length > 0 ? `✗ chỉ khớp khi làm tròn ${c.consistentModes.join('/')}` : '✗ không khớp';
  return `${c.explanation.vi} ${verdict}`;
}

// Figures that are not in the report are marked where they are printed, in both languages.
const INVENTED = '[số giả định, không có trong báo cáo · invented, not from the report]';
const INVENTED_SURVEY = '[danh sách doanh nghiệp giả định, dựng cho khớp số đếm của báo cáo · synthetic survey built to match the report\'s counts]';

function show(f: Figure, asOf: string): void {
  out.push(`- ${f.quote}`);
  switch (f.kind) {
    case 'attainment':
    case 'excess-relative':
    case 'min-target': {
      for (const c of f.cases ?? [f]) {
        if (typeof c.achieved !== 'number' || c.target === null || c.target === undefined) continue;
        const r = attainment({ achieved: c.achieved, target: c.target });
        say('chitieu:', describeAttainment(r, { unit: f.unit }));
        if (c.reported !== undefined && typeof c.target === 'number') {
          say('kiểm tra:', checked(c.achieved, c.target, c.reported, f.kind === 'excess-relative' ? 'over' : 'attainment'));
        }
      }
      return;
    }
    case 'implied-target': {
      const as = f.reportedAs === 'excess-relative' ? 'over' : 'attainment';
      const targets = impliedTargets({ achieved: f.achieved as number, reported: f.reported as string, as });
      say('chitieu:', `${n(f.achieved as number)} ${as === 'over' ? 'vượt' : 'đạt'} ${f.reported}% ⇒ chỉ tiêu là ${targets.map(n).join(', ')}`);
      return;
    }
    case 'excess-points': {
      for (const c of f.cases ?? []) {
        const t = impliedTargets({ achieved: c.achievedRate, reported: c.reportedExcess, as: 'over-points' });
        say('chitieu:', `${n(c.achievedRate)}%, vượt ${c.reportedExcess} điểm % ⇒ chỉ tiêu ${t.map((x) => `${n(x)}%`).join(', ')}`);
      }
      return;
    }
    case 'cumulative-term': {
      for (const c of f.cases ?? [f]) {
        if (c.target === null || c.target === undefined) {
          const t = impliedTargets({ achieved: c.achieved, reported: c.reported, as: 'attainment' });
          say('chitieu:', `${c.period}: ${c.achieved}, đạt ${c.reported}% ⇒ kế hoạch ${t.join(', ')}`);
          continue;
        }
        // "nhiệm kỳ 2020-2025, đến 31/12/2023": the term, then the report's own cut-off
        const [term = 'nhiệm kỳ 2020-2025', cutOff] = String(c.period ?? f.period).split(', đến ');
        const at = cutOff ? cutOff.split('/').reverse().map((x) => x.padStart(2, '0')).join('-') : asOf;
        const p = termProgress({ term, asOf: at, target: c.target, cumulative: c.achieved });
        for (const sentence of describeTermProgress(p, { unit: 'đảng viên' })) say('chitieu:', sentence);
      }
      return;
    }
    case 'sum-of-parts': {
      const s = checkSum({ total: f.total as number, parts: f.parts as number[] });
      say('chitieu:', s.explanation.vi);
      return;
    }
    case 'scorecard': {
      const s = scorecard([
        attainment({ achieved: 3, target: 3 }),
        attainment({ achieved: 103, target: 80 }),
        attainment({ achieved: 16, target: 15 }),
        attainment({ achieved: 14, target: 13 }),
      ]);
      say('chitieu:', `${s.explanation.vi} — báo cáo chỉ nêu 4 trong 6 chỉ tiêu`);
      return;
    }
    case 'pipeline': {
      const p = memberPipeline({ counts: f.stages as Record<string, number> });
      say('chitieu:', p.checks.length > 0 ? p.checks.map((c) => c.explanation.vi).join(' ') : `${p.stages.filter((s) => s.count !== null).length} bước của quy trình kết nạp được ghi nhận.`);
      return;
    }
    case 'range-target': {
      // The report prints only the ranges (5-7, 50-100); the achieved values are ours, to show each status.
      for (const c of f.cases ?? []) say('chitieu:', `${describeAttainment(attainment({ achieved: c.achieved, target: c.target }))} ${INVENTED}`);
      return;
    }
    case 'distribution': {
      const s = scorecard([{ achieved: 2, target: 2 }, { achieved: 11, target: 4 }]);
      // The report prints only the range 100-275%; the two years 2/2 and 11/4 are ours.
      say('chitieu:', `ví dụ hai năm 2/2 và 11/4: ${s.explanation.vi}, dải ${s.distribution?.text.vi} ${INVENTED}`);
      return;
    }
    case 'eligibility-batch': {
      // A survey is a list of enterprises with their members; here, one built to match the report's counts.
      const survey = [
        ...Array.from({ length: 81 }, (_, i) => ({ officialMembers: 3 + (i % 20), probationaryMembers: i % 3 })),
        ...Array.from({ length: 153 }, (_, i) => ({ officialMembers: 1 + (i % 2), probationaryMembers: 0 })),
      ];
      const r = evaluateRuleBatch(partyOrganizationFounding, survey, { asOf });
      say('chitieu:', `${r.counts.eligible} doanh nghiệp đủ điều kiện thành lập tổ chức Đảng; ${r.counts.ineligible} doanh nghiệp có 1–2 đảng viên (giới thiệu sinh hoạt ở tổ chức đảng phù hợp) ${INVENTED_SURVEY}`);
      return;
    }
    default:
      say('chitieu:', '(không có phép tính cho loại số liệu này)');
  }
}

for (const [seed, report] of Object.entries(REPORTS)) {
  out.push('', `== ${report.title} (${report.file})`);
  for (const f of figures.cases.filter((c) => c.seed === seed)) show(f, report.asOf);
  const text = readFileSync(new URL(`./reports/${report.file}`, import.meta.url), 'utf8');
  const found = extractClaims(text);
  const flags = [...found.claims.flatMap((c) => c.flags), ...found.flags];
  out.push(`  tự động: ${found.claims.length} số liệu tìm thấy trong văn bản, ${flags.length} cảnh báo`);
  for (const flag of flags) out.push(`  ⚠ ${flag.vi}`);
}
console.log(out.join('\n'));
