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
};
