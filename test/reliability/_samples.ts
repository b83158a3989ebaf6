/**
 * One valid call per public function: the fuzz test mutates these one field at a time, and the export
 * test fails when a public function has no sample here (so a new export cannot skip the fuzzing).
 */
export const samples: Record<string, unknown[][]> = {
  attainment: [[{ achieved: 103, target: 80 }, { decimals: 1, rounding: 'down' }], [{ achieved: '97.5', target: { min: '90', max: '99' }, kind: 'rate' }]],
  safeAttainment: [[{ achieved: 58, target: { atLeast: 400 } }]],
  describeAttainment: [],
  round: [['20/3', { decimals: 1, rounding: 'half-even' }]],
  formatNumber: [['1549.5', { locale: 'en', decimals: 1 }]],
  formatPercent: [['28.75', { locale: 'vi' }]],
  parseNumber: [['35.139', { locale: 'vi' }]],
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
  checkClaim: [[{ achieved: 16, target: 15, reported: '6,6', as: 'over', locale: 'vi' }]],
  impliedTargets: [
    [{ achieved: 501, reported: '55,5', as: 'attainment', rounding: 'down', locale: 'vi' }],
    [{ achieved: '97.5', reported: '4.5', as: 'over-points', locale: 'en' }],
  ],
  checkSum: [[{ total: 100, parts: ['33.3', 33, -1], tolerance: 'rounding' }]],
  extractClaims: [['Kết nạp 103/80 đảng viên, vượt 28,75%; 65 tổ chức (đạt 72,2%); có 94 tổ. Trong đó 45; 14 và 35; 97,5% chi, vượt 4,5%; ít nhất 400 đảng viên; từ 5-7 tổ', { rounding: 'down' }]],
};
