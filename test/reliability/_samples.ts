/**
 * One valid call per public function: the fuzz test mutates these one field at a time, and the export
 * test fails when a public function has no sample here (so a new export cannot skip the fuzzing).
 */
import { partyAdmission, partyOrganizationFounding, rollupPartial } from '../../src/index.js';

const tree = {
  nodes: [
    { id: 'tinh', name: 'Đảng bộ tỉnh' },
    { id: 'khoi', parent: 'tinh', indicators: { partyOrgs: { achieved: 10, target: 8 } } },
    { id: 'huyen', parent: 'tinh', indicators: { partyOrgs: { achieved: 63, target: 70 } } },
  ],
};
const ownRuleSet = {
  id: 'demo.cell',
  title: { vi: 'Lập tổ', en: 'Form a group' },
  facts: { members: { type: 'count', title: { vi: 'Số thành viên', en: 'Members' } } },
  versions: [{
    id: 'v1', effectiveFrom: '2024-01-01', confidence: 'high',
    source: { document: 'Hướng dẫn 1/HD', article: 'Điều 2' },
    when: { fact: 'members', op: '>=', value: 3, title: { vi: 'Có từ 3 thành viên', en: 'At least 3 members' } },
  }],
};

export const samples: Record<string, unknown[][]> = {
  attainment: [[{ achieved: 103, target: 80 }, { decimals: 1, rounding: 'down' }], [{ achieved: '97.5', target: { min: '90', max: '99' }, kind: 'rate' }]],
  safeAttainment: [[{ achieved: 58, target: { atLeast: 400 } }]],
  describeAttainment: [],
  explainAttainment: [[{ code: 'at-target', facts: { kind: 'count', achieved: '3', target: { form: 'reach', value: '3' }, gap: '0' } }, { locale: 'en' }]],
  describeTermProgress: [],
  round: [['20/3', { decimals: 1, rounding: 'half-even' }]],
  formatNumber: [['1549.5', { locale: 'en', decimals: 1 }]],
  formatPercent: [['28.75', { locale: 'vi' }]],
  parseNumber: [['35.139', { locale: 'vi' }]],
  safeParseNumber: [['1.549,5']],
  isChiTieuError: [[new Error('x')]],
  // configure changes module state: the sample sets nothing (an empty object keeps every setting)
  configure: [[{}]],
  fieldLabel: [[['result', 'target', 'min'], 'vi'], [['points', 2, 'date'], 'en', { 'points.date': { en: 'Date of the figure' } }]],
  messageFor: [[{ code: 'negative', path: ['achieved'], facts: { value: '-1' }, messages: { vi: '', en: '' } }, { locale: 'vi' }]],
  flattenIssues: [[[{ code: 'missing', path: ['target'], facts: {}, messages: { vi: '', en: '' } }], { locale: 'en' }]],
  safeProbationSchedule: [[{ ceremonyDate: '2024-01-10' }]],
  parsePeriod: [['quý II/2024'], ['từ năm 2020 đến nay', { asOf: '2024-07-16' }]],
  safeParsePeriod: [['nhiệm kỳ 2020-2025', { termStart: '2020-07-15', termEnd: '2025-06-30' }]],
  periodContains: [['6 tháng đầu năm 2024', '2024-06-30']],
  elapsedFraction: [['nhiệm kỳ 2020-2025', '2024-07-16']],
  splitIntoYears: [[{ kind: 'term', start: '2020-07-15', end: '2025-06-30' }]],
  formatPeriod: [['giai đoạn 2021-2025', { locale: 'en' }]],
  termProgress: [
    [{ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 80, cumulative: 72 }],
    [{ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: { atLeast: 50 }, results: [{ period: 'năm 2021', value: 10 }, { period: 'năm 2022', value: 12 }, { period: 'năm 2023', value: 15 }] }, { methods: ['linear', 'cagr', 'unsd'] }],
  ],
  safeTermProgress: [[{ term: 'năm 2024', asOf: '2024-07-16', target: 10, cumulative: 7 }]],
  allocate: [[80, [1, 1, 1, 1, 1], { tieBreak: 'later' }]],
  checkClaim: [[{ achieved: 16, target: 15, reported: '6,6', as: 'over' }, { locale: 'vi' }]],
  safeCheckClaim: [[{ achieved: 16, target: 15, reported: '6,6', as: 'over', rounding: 'down', locale: 'vi' }]],
  impliedTargets: [
    [{ achieved: 501, reported: '55,5', as: 'attainment' }, { rounding: 'down', locale: 'vi' }],
    [{ achieved: '97.5', reported: '4.5', as: 'over-points', locale: 'en' }],
  ],
  safeImpliedTargets: [[{ achieved: 65, reported: '72,2', as: 'attainment', rounding: 'half-even', locale: 'vi' }]],
  checkSum: [[{ total: 100, parts: ['33.3', 33, -1], tolerance: 'rounding' }]],
  safeCheckSum: [[{ total: 95, parts: [45, 14, 35] }]],
  attainmentBatch: [[{ achieved: [103, 58, 80], target: [80, 400, 80] }, { decimals: 1 }], [{ achieved: [97.5, 88], min: [90, 90], max: [99, 99], kind: 'rate' }]],
  safeAttainmentBatch: [[{ achieved: [16], target: [15] }, { decimals: 1, rounding: 'down' }]],
  compileRuleSet: [[ownRuleSet]],
  evaluateRule: [
    [ownRuleSet, { members: 4 }, { asOf: '2025-06-01' }],
    [partyOrganizationFounding, { officialMembers: 12, probationaryMembers: 3 }, { asOf: '2025-09-01' }],
    [partyAdmission, { birthDate: '2000-02-29' }, { asOf: '2025-09-01' }],
  ],
  safeEvaluateRule: [[partyOrganizationFounding, { officialMembers: 2, probationaryMembers: 1 }, { asOf: '2025-09-01' }]],
  evaluateRuleBatch: [[partyOrganizationFounding, [{ officialMembers: 5, probationaryMembers: 1 }, { officialMembers: 2, probationaryMembers: 0 }], { asOf: '2025-09-01' }]],
  probationSchedule: [[{ ceremonyDate: '2024-01-10' }]],
  rollup: [[tree, { method: 'weakest' }]],
  safeRollup: [[tree, { decimals: 1 }]],
  rollupColumns: [[{ ids: ['vsip', 'c1', 'c2'], parents: [null, 'vsip', 'vsip'], indicators: { newMembers: { achieved: [0, 40, 32], target: [0, 45, 35] } } }]],
  rollupPartial: [[tree]],
  mergeRollups: [[[rollupPartial({ nodes: tree.nodes.slice(0, 2) }), rollupPartial({ nodes: tree.nodes.slice(2) })]]],
  scorecard: [[[{ achieved: 3, target: 3 }, { achieved: 103, target: 80 }, { status: 'met' }]]],
  safeScorecard: [[[{ achieved: 2, target: { atMost: 4 } }, { achieved: 16, target: 15 }], { decimals: 1, rounding: 'down' }]],
  memberPipeline: [[{ counts: { sentToAwarenessCourse: 108, completedAwarenessCourse: 78, awaitingCourse: 30, backgroundCheck: 14, proposedForAdmission: 2 } }]],
  admissionOutlook: [[{ target: 80, admitted: 72, pipeline: { asOf: '2024-07-16', counts: { proposedForAdmission: 2, backgroundCheck: 14 } }, rates: { proposedForAdmission: 1, backgroundCheck: '1/2' } }, { decimals: 1, rounding: 'down' }]],
  extractClaims: [['Kết nạp 103/80 đảng viên, vượt 28,75%; 65 tổ chức (đạt 72,2%); có 94 tổ. Trong đó 45; 14 và 35; 97,5% chi, vượt 4,5%; ít nhất 400 đảng viên; từ 5-7 tổ', { rounding: 'down' }]],
  // the safe… twins (docs/conventions.md §3): the same valid calls as the functions they wrap
  safeRound: [['20/3', { decimals: 1, rounding: 'half-even' }]],
  safeFormatNumber: [['1549.5', { locale: 'en', decimals: 1 }]],
  safeFormatPercent: [['28.75', { locale: 'vi' }]],
  safePeriodContains: [['6 tháng đầu năm 2024', '2024-06-30']],
  safeElapsedFraction: [['nhiệm kỳ 2020-2025', { asOf: '2024-07-16', decimals: 1 }]],
  safeSplitIntoYears: [['nhiệm kỳ 2020-2025']],
  safeFormatPeriod: [[{ kind: 'half', start: '2024-01-01', end: '2024-06-30' }, { locale: 'vi' }]],
  safeAllocate: [[80, [1, 1, 1, 1, 1], { tieBreak: 'later' }]],
  safeCompileRuleSet: [[ownRuleSet]],
  safeEvaluateRuleBatch: [[partyOrganizationFounding, { officialMembers: [3, 40], probationaryMembers: [0, 2] }, { asOf: '2025-09-01' }]],
  safeRollupColumns: [[{ ids: ['vsip', 'c1', 'c2'], parents: [null, 'vsip', 'vsip'], indicators: { newMembers: { achieved: [0, 40, 32], target: [0, 45, 35] } } }, { decimals: 1 }]],
  safeRollupPartial: [[tree]],
  safeMergeRollups: [[[rollupPartial({ nodes: tree.nodes.slice(0, 1) }), rollupPartial({ nodes: tree.nodes.slice(1) })]]],
  safeMemberPipeline: [[{ asOf: '2024-06-30', candidates: [{ id: 'a', events: { sentToAwarenessCourse: '2024-03-01', completedAwarenessCourse: '2024-03-20' } }] }]],
  safeAdmissionOutlook: [[{ target: 80, admitted: 72, pipeline: { counts: { proposedForAdmission: 2, backgroundCheck: 14 } }, rates: { proposedForAdmission: '9/10', backgroundCheck: '2/5' } }]],
  safeExtractClaims: [['Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu.']],
};
