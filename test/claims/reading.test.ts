import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import type { ClaimAs, ClaimVerdict } from '../../src/index.js';

// Sentences as provincial reports write them, read by extractClaims. Each checked figure's expected
// verdict is worked out here by an exact-fraction reference in BigInt (independent of the library):
// `consistent` when some rounding mode gives the printed figure at its printed decimals, else `flagged`.

type Mode = 'half-up' | 'half-down' | 'half-even' | 'up' | 'down' | 'ceil' | 'floor';
const MODES: readonly Mode[] = ['half-up', 'half-down', 'half-even', 'up', 'down', 'ceil', 'floor'];

/** "1.250" or "97,5" (Vietnamese notation) as n/d. */
function frac(s: string): [bigint, bigint] {
  const plain = s.replace(/\./g, '').replace(',', '.');
  const at = plain.indexOf('.');
  if (at < 0) return [BigInt(plain), 1n];
  const dec = plain.length - at - 1;
  return [BigInt(plain.replace('.', '')), 10n ** BigInt(dec)];
}

/** n/d (d > 0) rounded to an integer in a mode. */
function roundTo(n: bigint, d: bigint, m: Mode): bigint {
  let q = n / d;
  let r = n % d;
  if (r < 0n) { q -= 1n; r += d; } // floor division
  if (r === 0n) return q;
  const twice = 2n * r;
  const neg = n < 0n;
  switch (m) {
    case 'floor': return q;
    case 'ceil': return q + 1n;
    case 'down': return neg ? q + 1n : q;
    case 'up': return neg ? q : q + 1n;
    case 'half-up': return twice < d ? q : twice > d ? q + 1n : neg ? q : q + 1n;
    case 'half-down': return twice < d ? q : twice > d ? q + 1n : neg ? q + 1n : q;
    case 'half-even': return twice < d ? q : twice > d ? q + 1n : q % 2n === 0n ? q : q + 1n;
  }
}

/** The verdict a checked figure must get: is it what some rounding mode prints? */
function reference(as: ClaimAs, achieved: string, target: string, printed: string): ClaimVerdict {
  const [an, ad] = frac(achieved);
  const [tn, td] = frac(target);
  // value = vn/vd exactly
  let vn: bigint;
  let vd: bigint;
  if (as === 'over-points') { vn = an * td - tn * ad; vd = ad * td; }
  else if (as === 'decrease') { vn = 100n * (tn * ad - an * td); vd = ad * tn; }
  else if (as === 'multiple') { vn = an * td; vd = ad * tn; }
  else if (as === 'excess') { vn = an * td - tn * ad; vd = ad * td; }
  else if (as === 'over' || as === 'growth') { vn = 100n * (an * td - tn * ad); vd = ad * tn; }
  else { vn = 100n * an * td; vd = ad * tn; }
  const [pn, pd] = frac(printed);
  const k = printed.includes(',') ? printed.length - printed.indexOf(',') - 1 : 0;
  const scaled = (pn * 10n ** BigInt(k)) / pd;
  return MODES.some((m) => roundTo(vn * 10n ** BigInt(k), vd, m) === scaled) ? 'consistent' : 'flagged';
}

/** [sentence, [as, achieved, target, printed] for each checked figure, in order]. */
const CHECKED: readonly [string, readonly (readonly [ClaimAs, string, string, string])[]][] = [
  // the sentences of issue 15
  ['Kết nạp 103 đảng viên mới (chỉ tiêu 80), vượt 28,75%.', [['over', '103', '80', '28,75']]],
  ['245 đảng viên/200 chỉ tiêu, đạt 122,5%.', [['attainment', '245', '200', '122,5']]],
  ['Thành lập 16 tổ chức cơ sở đảng, vượt 1 tổ chức so với chỉ tiêu 15, tức vượt 6,7%.', [['over', '16', '15', '6,7']]],
  ['Kết nạp 25 đảng viên; chỉ tiêu năm là 50 đảng viên, đạt 50%.', [['attainment', '25', '50', '50']]],
  ['Thành lập được 16/15 tổ chức công đoàn cơ sở và 14/13 tổ chức Đoàn, vượt 6,7% và 7,7%.', [['over', '16', '15', '6,7'], ['over', '14', '13', '7,7']]],
  ['Tỷ lệ 95% (chỉ tiêu 90%), vượt 5%.', [['over-points', '95', '90', '5']]],
  ['Bồi dưỡng 146/279 quần chúng ưu tú (52,9%).', [['attainment', '146', '279', '52,9']]],
  ['Số đảng viên tăng từ 320 lên 352, tăng 10%.', [['growth', '352', '320', '10']]],
  // printed targets in brackets, after "/", after "chỉ tiêu", "kế hoạch", "so với"
  ['Kết nạp 120 đảng viên (chỉ tiêu 100), vượt 20%.', [['over', '120', '100', '20']]],
  ['Kết nạp 120 đảng viên (chỉ tiêu 100), vượt 25%.', [['over', '120', '100', '25']]],
  ['Kết nạp 60 đảng viên mới (chỉ tiêu 50), vượt 20%.', [['over', '60', '50', '20']]],
  ['Thành lập 18 tổ chức đảng (kế hoạch 20), đạt 90%.', [['attainment', '18', '20', '90']]],
  ['Thành lập 18 tổ chức đảng (kế hoạch 20), đạt 95%.', [['attainment', '18', '20', '95']]],
  ['Phát triển 1.250 đoàn viên/1.000 chỉ tiêu, đạt 125%.', [['attainment', '1.250', '1.000', '125']]],
  ['Phát triển 1.250 đoàn viên/1.000 chỉ tiêu, đạt 152%.', [['attainment', '1.250', '1.000', '152']]],
  ['Kết nạp 3 đảng viên/3 chỉ tiêu, đạt 100%.', [['attainment', '3', '3', '100']]],
  ['Kết nạp 30 đảng viên; chỉ tiêu năm là 40 đảng viên, đạt 75%.', [['attainment', '30', '40', '75']]],
  ['Kết nạp 30 đảng viên; chỉ tiêu năm là 40 đảng viên, đạt 57%.', [['attainment', '30', '40', '57']]],
  ['Thành lập 21 tổ chức cơ sở đảng, vượt 1 tổ chức so với chỉ tiêu 20, tức vượt 5%.', [['over', '21', '20', '5']]],
  ['Thành lập 21 tổ chức cơ sở đảng, vượt 1 tổ chức so với chỉ tiêu 20, tức vượt 4,8%.', [['over', '21', '20', '4,8']]],
  // ratios
  ['Kết nạp 2.018/2.119 đảng viên (đạt 95,23%).', [['attainment', '2.018', '2.119', '95,23']]],
  ['Kết nạp 2.018/2.119 đảng viên (đạt 95,32%).', [['attainment', '2.018', '2.119', '95,32']]],
  ['Có 72/80 chi bộ, đạt 90%.', [['attainment', '72', '80', '90']]],
  ['Có 45/50 chi bộ (90,0%).', [['attainment', '45', '50', '90,0']]],
  ['Có 2/3 chi bộ (66,67%).', [['attainment', '2', '3', '66,67']]],
  ['Có 2/3 chi bộ (66,66%).', [['attainment', '2', '3', '66,66']]],
  ['Có 2/3 chi bộ (66,68%).', [['attainment', '2', '3', '66,68']]],
  ['Bồi dưỡng 146/279 quần chúng ưu tú (52,33%).', [['attainment', '146', '279', '52,33']]],
  // rates with a printed target rate: "vượt" in percentage points
  ['Tỷ lệ 97,5% (chỉ tiêu 93%), vượt 4,5%.', [['over-points', '97,5', '93', '4,5']]],
  ['Tỷ lệ 97,5% (chỉ tiêu 93%), vượt 5,5%.', [['over-points', '97,5', '93', '5,5']]],
  // growth
  ['Tổng số đảng viên tăng từ 1.200 lên 1.320, tăng 10%.', [['growth', '1.320', '1.200', '10']]],
  ['Số chi bộ tăng từ 500 lên 540, tăng 10%.', [['growth', '540', '500', '10']]],
  // lists paired in order
  ['Thành lập 9/8 tổ chức Đoàn và 11/10 chi hội, lần lượt vượt 12,5% và 10%.', [['over', '9', '8', '12,5'], ['over', '11', '10', '10']]],
  ['Thành lập 9/8 tổ chức Đoàn và 11/10 chi hội, lần lượt vượt 10% và 12,5%.', [['over', '9', '8', '10'], ['over', '11', '10', '12,5']]],
  ['Thành lập được 16/15 tổ chức công đoàn cơ sở và 14/13 tổ chức Đoàn, vượt 6,6% và 7,7%.', [['over', '16', '15', '6,6'], ['over', '14', '13', '7,7']]],
  // a fall from the earlier figure: (A − B)/A
  ['Số tổ chức cơ sở đảng giảm từ 40 xuống 30, giảm 25%.', [['decrease', '30', '40', '25']]],
  ['Số chi bộ giảm từ 45 xuống còn 39, giảm 13,3%.', [['decrease', '39', '45', '13,3']]],
  ['Số chi bộ giảm từ 45 xuống còn 39, giảm 14%.', [['decrease', '39', '45', '14']]],
  // growth over an earlier figure, printed before or after ("so với năm trước (200 …)"), and "gấp N lần"
  ['Số tổ chức đảng tăng từ 20 lên 50, gấp 2,5 lần.', [['multiple', '50', '20', '2,5']]],
  ['Số tổ chức đảng tăng từ 20 lên 50, gấp 3 lần.', [['multiple', '50', '20', '3']]],
  ['Kết nạp 300 đảng viên, gấp 1,5 lần so với năm trước (200 đảng viên).', [['multiple', '300', '200', '1,5']]],
  ['Kết nạp 152 đoàn viên, tăng 12% so với cùng kỳ năm 2023 (136 đoàn viên).', [['growth', '152', '136', '12']]],
  ['Kết nạp 152 đoàn viên, tăng 15% so với cùng kỳ năm 2023 (136 đoàn viên).', [['growth', '152', '136', '15']]],
  // the excess in units after a ratio
  ['Thành lập 16/15 tổ chức, vượt 1 tổ chức.', [['excess', '16', '15', '1']]],
  ['Thành lập 16/15 tổ chức, vượt 2 tổ chức.', [['excess', '16', '15', '2']]],
  ['Kết nạp 14/15 đảng viên, vượt 1 đảng viên.', [['excess', '14', '15', '1']]],
  ['Kết nạp 103/80 đảng viên, đạt 128,75%, vượt 23 đảng viên.', [['attainment', '103', '80', '128,75'], ['excess', '103', '80', '23']]],
  // "A trong tổng số B": a part of a whole, as "A/B"
  ['Có 662 doanh nghiệp trong tổng số 686 doanh nghiệp đã có tổ chức công đoàn, chiếm 96,5%.', [['share', '662', '686', '96,5']]],
  ['Có 662 trong tổng số 686 doanh nghiệp đã có tổ chức công đoàn (đạt 96,6%).', [['attainment', '662', '686', '96,6']]],
  // "bằng": the ratio as a percentage
  ['Có 23/49 đồng chí tham gia, bằng 46,9%.', [['attainment', '23', '49', '46,9']]],
  ['Có 23/49 đồng chí tham gia, bằng 47,9%.', [['attainment', '23', '49', '47,9']]],
  // a share of the total its breakdown is of
  ['Toàn tỉnh có 1.200 đảng viên, trong đó 300 đảng viên nữ (chiếm 25%).', [['share', '300', '1.200', '25']]],
  ['Toàn tỉnh có 1.200 đảng viên, trong đó 300 đảng viên nữ, chiếm 26%.', [['share', '300', '1.200', '26']]],
  ['Có 7 chi bộ, gồm 3 chi bộ doanh nghiệp, chiếm 42,9%.', [['share', '3', '7', '42,9']]],
  // printed past 10 decimals: checked exactly at the printed decimals, as any other figure
  ['Kết nạp 103 đảng viên mới (chỉ tiêu 80), vượt 28,75000000000%.', [['over', '103', '80', '28,75000000000']]],
  ['Kết nạp 103 đảng viên mới (chỉ tiêu 80), vượt 28,75000000001%.', [['over', '103', '80', '28,75000000001']]],
  ['Có 16/15 tổ chức, vượt 6,66666666667%.', [['over', '16', '15', '6,66666666667']]],
  ['Có 16/15 tổ chức, vượt 6,66666666668%.', [['over', '16', '15', '6,66666666668']]],
  ['Có 16/15 tổ chức, vượt 6,666666666666667%.', [['over', '16', '15', '6,666666666666667']]],
  ['Có 2/3 chi bộ (66,66666666666666666667%).', [['attainment', '2', '3', '66,66666666666666666667']]],
  ['Có 2/3 chi bộ (66,66666666666666666668%).', [['attainment', '2', '3', '66,66666666666666666668']]],
];

describe('reading figures against their own targets', () => {
  it.each(CHECKED)('%s', (text, expected) => {
    const r = extractClaims(text);
    const got = r.claims.filter((c) => c.kind === 'ratio-percent').map((c) => [c.as, c.achieved.text, c.target.text, c.reported.text, c.verdict]);
    expect(got).toEqual(expected.map(([as, a, t, p]) => [as, a, t, p, reference(as, a, t, p)]));
    // nothing else in the sentence is flagged or left as a stray percentage
    expect(r.claims.filter((c) => c.kind !== 'ratio-percent' && c.verdict === 'flagged')).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'implied-target' || c.kind === 'rate')).toEqual([]);
  });

  it('the reference itself: flags what no mode gives, passes what one does', () => {
    expect(reference('over', '16', '15', '6,6')).toBe('consistent'); // down gives 6,6
    expect(reference('attainment', '146', '279', '52,9')).toBe('flagged');
    expect(reference('over-points', '95', '90', '5')).toBe('consistent');
    expect(reference('over', '103', '80', '28,75000000001')).toBe('flagged');
    expect(reference('attainment', '2', '3', '66,66666666666666666667')).toBe('consistent');
  });
});

describe('verdicts that say what was verified', () => {
  it('a percentage whose target is only worked out is inferred, not consistent', () => {
    const c = extractClaims('Kết nạp mới 501 đảng viên (đạt 55,5%).').claims[0];
    expect(c?.kind === 'implied-target' && [c.verdict, c.impliedTargets]).toEqual(['inferred', [902, 903]]);
  });

  it('a list that cannot be paired in order is ambiguous, with its candidates', () => {
    const r = extractClaims('Thành lập 16/15 tổ chức công đoàn, 14/13 tổ chức Đoàn và 3/3 chi hội, vượt 6,7% và 7,7%.');
    const amb = r.claims.filter((c) => c.kind === 'ambiguous');
    expect(amb.map((c) => [c.verdict, c.kind === 'ambiguous' && c.reported.text, c.kind === 'ambiguous' && c.candidates.map((x) => `${x.achieved.text}/${x.target.text}`)])).toEqual([
      ['ambiguous', '6,7', ['16/15', '14/13', '3/3']],
      ['ambiguous', '7,7', ['16/15', '14/13', '3/3']],
    ]);
    expect(r.claims.some((c) => c.verdict === 'flagged')).toBe(false);
  });

  it('a printed target of another unit is not paired with the figure before it', () => {
    const r = extractClaims('Toàn Đảng bộ có 50 chi bộ; chỉ tiêu năm là 40 đảng viên, đạt 75%.');
    expect(r.claims.some((c) => c.verdict === 'flagged' || c.kind === 'ratio-percent')).toBe(false);
  });

  it('growth of a count over an earlier time works the earlier figure out', () => {
    const c = extractClaims('Kết nạp 152 đoàn viên, tăng 12% so với cùng kỳ.').claims;
    expect(c.map((x) => [x.kind, x.verdict, x.kind === 'implied-target' && x.impliedTargets])).toEqual([['implied-target', 'inferred', [136]]]);
    expect(c[0]?.explanation.vi).toBe('152 đoàn viên, tăng 12%: số liệu kỳ trước là 136 (làm tròn nửa lên (half-up)).');
    const d = extractClaims('Kết nạp 120 đoàn viên, giảm 20% so với cùng kỳ.').claims[0];
    expect(d?.kind === 'implied-target' && [d.as, d.impliedTargets]).toEqual(['decrease', [150]]);
    // no whole earlier count gives it: wrong by exact arithmetic in every mode
    const f = extractClaims('Kết nạp 3 đảng viên, tăng 40% so với năm trước.').claims[0];
    expect(f?.verdict).toBe('flagged');
  });

  it('an increment, money, or a change of what is not said stays unchecked', () => {
    for (const t of [
      'Tổng số đảng viên là 5.000, tăng thêm 200 đảng viên, tăng 4% so với năm trước.',
      'Thu 1,5 tỷ đồng, tăng 13% so với cùng kỳ.',
      'Kết nạp 152 đoàn viên, tăng 12%.',
    ]) expect(extractClaims(t).claims.filter((c) => c.verdict === 'flagged' || c.kind === 'implied-target').map((c) => c.text), t).toEqual([]);
    // a multiple with nothing to check it against is a figure, not a percentage
    expect(extractClaims('Số đoàn viên mới gấp 2 lần.').claims.map((c) => [c.kind, c.text, c.unit, c.verdict])).toEqual([['count', 'gấp 2 lần', 'lần', 'figure']]);
  });

  it('growth without its base is a plain figure', () => {
    const r = extractClaims('Số đảng viên mới tăng 12% so với cùng kỳ năm trước.');
    expect(r.claims.map((c) => [c.kind, c.verdict])).toEqual([['rate', 'figure']]);
  });
});

describe('totals with parts', () => {
  it.each([
    ['Toàn Đảng bộ có 95 tổ chức cơ sở đảng, trong đó 45 hành chính, 14 sự nghiệp và 35 doanh nghiệp.', 'flagged', '94'],
    ['Toàn Đảng bộ có 94 tổ chức cơ sở đảng, trong đó 45 hành chính, 14 sự nghiệp và 35 doanh nghiệp.', 'consistent', '94'],
    ['Đảng bộ có 60 chi bộ, gồm 41 chi bộ thôn và 19 chi bộ cơ quan.', 'consistent', '60'],
    ['Đảng bộ có 60 chi bộ, gồm 41 thôn, khu phố và 18 cơ quan, trường học.', 'flagged', '59'],
    // two parts after "trong đó" that make the total; a part's own subgroup after "với" is not a part
    ['Có 300 tổ chức cơ sở đảng (trong đó: 120 đảng bộ cơ sở, với 900 chi bộ trực thuộc và 180 chi bộ cơ sở).', 'consistent', '300'],
    // a part broken down in its own brackets: the bracket's figures are not parts of the total
    ['Có 50 tổ chức cơ sở đảng, trong đó có 30 đảng bộ cơ sở (4 đảng bộ bộ phận và 120 chi bộ trực thuộc) và 20 chi bộ cơ sở.', 'consistent', '50'],
    // a remark in brackets before "trong đó" is not the total
    ['Có 80 tổ chức cơ sở đảng (tăng 6 so với năm 2022), trong đó có 30 đảng bộ cơ sở (tăng 2), 50 chi bộ cơ sở (tăng 4).', 'consistent', '80'],
    // nothing names what the parts count: the figure they make is the total, not the first one before
    ['Có 12 chi bộ đăng ký, nâng tổng số lên 75 (trong đó 40, 20 và 15).', 'consistent', '75'],
  ])('%s', (text, verdict, sum) => {
    const s = extractClaims(text).claims.find((c) => c.kind === 'sum');
    expect(s?.kind === 'sum' && [s.verdict, s.check.sum]).toEqual([verdict, sum]);
  });
});

describe('parts that are not parts', () => {
  it('two subgroups after "trong đó" that do not make the total: no sum is claimed (they may overlap)', () => {
    expect(extractClaims('Có 300 đảng viên, trong đó 120 nữ và 90 người dân tộc thiểu số.').claims.some((c) => c.kind === 'sum')).toBe(false);
  });

  it('subgroups of people by attribute (nữ, dân tộc, tôn giáo) overlap: no sum', () => {
    const r = extractClaims('Kết nạp 600 đảng viên mới, trong đó: đảng viên nữ 350, người dân tộc 14, có đạo 5, khối doanh nghiệp 20.');
    expect(r.claims.some((c) => c.kind === 'sum' || c.verdict === 'flagged')).toBe(false);
  });

  it('two parts after "trong đó" that do not make the total are a selection: no sum; after "gồm" they are the whole', () => {
    expect(extractClaims('Có 180 đồng chí, trong đó có 15 đồng chí tái cử và 1 đồng chí bầu mới.').claims.some((c) => c.kind === 'sum')).toBe(false);
    const s = extractClaims('Có 60 chi bộ, gồm 41 chi bộ thôn và 18 chi bộ cơ quan.').claims.find((c) => c.kind === 'sum');
    expect(s?.verdict).toBe('flagged');
  });

  it('items that each count the same other thing are not parts of the total before them', () => {
    const r = extractClaims('Có 3 đảng bộ vượt chỉ tiêu, gồm: Đảng bộ A kết nạp 21 đảng viên, đạt 105%; Đảng bộ B kết nạp 52 đảng viên, đạt 104%; Đảng bộ C kết nạp 5 đảng viên, đạt 125%.');
    expect(r.claims.some((c) => c.kind === 'sum' || c.verdict === 'flagged')).toBe(false);
  });
});

describe('what is not a figure', () => {
  it.each([
    'Tính đến 31/12, toàn Đảng bộ có 50 chi bộ.',
    'Đến 30/6, toàn Đảng bộ có 50 chi bộ.',
    'Thực hiện Nghị quyết 09-NQ/TU năm 2024, toàn Đảng bộ có 50 chi bộ.',
  ])('%s', (text) => {
    expect(extractClaims(text).claims.map((c) => [c.kind, c.text])).toEqual([['count', '50']]);
  });

  it('list numbers at the start of a line', () => {
    const r = extractClaims('1. Công tác chính trị tư tưởng\n2. Công tác tổ chức, có 50 chi bộ\n3) Công tác kiểm tra');
    expect(r.claims.map((c) => c.text)).toEqual(['50']);
  });

  it.each([
    // a bound in a condition, not a result
    ['Vận động các doanh nghiệp có từ 30 lao động trở lên thành lập công đoàn; đã thành lập 12 công đoàn cơ sở.', ['12']],
    ['Phụ nữ từ 18 tuổi trở lên; kết nạp 40 hội viên.', ['40']],
    ['Công đoàn có dưới 150 đoàn viên thì bầu ban chấp hành; có 9 công đoàn như vậy.', ['9']],
    // a list number after an all-capital heading, a footnote mark after a quotation
    ['I/ MỤC ĐÍCH, YÊU CẦU 1. Mục đích: kết nạp 20 đảng viên.', ['20']],
    ['Mục tiêu “là huyện nông thôn mới”1. Huyện có 14 chi bộ.', ['14']],
    // a committee named by its number; a day and month after a date word
    ['Theo Ban Chỉ đạo 35, toàn tỉnh có 80 chi bộ.', ['80']],
    ['Ngày 27 và 28-7, đại hội có 200 đại biểu.', ['200']],
    ['Chiều 5, 6/8 hội nghị có 150 đại biểu.', ['150']],
  ] as const)('%s', (text, figures) => {
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(figures);
  });

  it.each([
    // slogans and quoted titles, units named by their number, ages, months, pictures
    ['Vận động 5 hộ đạt tiêu chí “Gia đình 5 không, 3 sạch”.', ['5']],
    ['Có 56 hộ đạt 8 tiêu chí 5 không 3 sạch.', ['56']], // the campaign's criteria, not a figure
    ['Chi bộ 1, Chi bộ 3 và Phường 5 kết nạp 6 đảng viên.', ['6']],
    ['Có 40% đảng viên mới từ 18 đến 30 tuổi.', ['40%']],
    ['Đến hết tháng 11, kết nạp 192 đảng viên.', ['192']],
    ['Kết nạp 12 đảng viên (xem ảnh 2).', ['12']],
  ] as const)('%s', (text, figures) => {
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(figures);
  });

  it('a quotation mark that opens a figure keeps it; a range with no date word stays a range', () => {
    expect(extractClaims('Có ”5” tổ.').claims.map((c) => c.text)).toEqual(['5']);
    expect(extractClaims('phấn đấu từ 5–7 tổ chức').claims.map((c) => c.kind)).toEqual(['range']);
  });

  it('"tổng số" keeps its figure', () => {
    const c = extractClaims('Tổng số 1.549 đảng viên.').claims[0];
    expect(c?.kind === 'count' && c.value.value).toBe('1549');
  });

  it('a percentage with 11 or more decimals shows no NaN', () => {
    for (const t of ['Có 16/15 tổ chức, vượt 6,66666666667%.', 'Kết nạp 501 đảng viên (đạt 55,123456789012%).', 'Tỷ lệ 95,123456789012% đảng viên.']) {
      expect(JSON.stringify(extractClaims(t))).not.toContain('NaN');
    }
  });
});

describe('the third held-out part (fresh3): what its blind run showed', () => {
  it.each([
    // page furniture, a mobile number, a series label, a day and month after "Ngày …", a list of spans of time
    ['Đang online: 32. Kết nạp 12 đảng viên.', ['12']],
    ['Đường dây nóng: 0987083838. Có 5 chi bộ.', ['5']],
    ['Dấu ấn 5 năm: 3.600 hộ giỏi (Bài 2)', ['3.600']],
    ['Kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3.', []],
    ['Trao Huy hiệu 40, 30 năm tuổi Đảng cho 19 đồng chí.', ['19']],
    // units named by their number; as many bare numbers after "gồm" as the count before names
    ['Có 4 tổ dân phố, gồm: 1, 3, 5 và 10 có tỷ lệ cao nhất; thấp nhất là tổ dân phố 7 tỷ lệ này là 94,68%.', ['4', '94,68%']],
    ['Trong đó, có 1 tổ (tổ 2) được công nhận lần thứ 5, 3 tổ được công nhận lần thứ 4, 7 tổ công nhận lần 3.', ['1', '3', '7']],
    // a condition's lower end with no upper end is no figure
    ['Mục tiêu 90% DN có từ 50 lao động thành lập CĐCS.', ['90%']],
  ] as const)('%s', (text, figures) => {
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(figures);
  });

  it('"trang trại" is a count of farms, "(10 trang)" the length of a document', () => {
    expect(extractClaims('Có 203 trang trại do hội viên làm chủ (10 trang).').claims.map((c) => c.text)).toEqual(['203']);
  });

  it('a unit written against the number ("10.436m2") keeps the figure', () => {
    const c = extractClaims('Hội viên đã hiến trên 10.436m2 đất.').claims;
    expect(c.map((x) => x.text)).toEqual(['10.436']);
  });

  it('"kết nạp 30 hội viên mới trở lên" is a target\'s lower bound; "có 30 lao động trở lên" a condition', () => {
    for (const t of ['Phấn đấu hằng năm kết nạp 30 hội viên mới trở lên.', 'Phấn đấu kết nạp từ 250 hội viên mới trở lên.', 'Kết nạp mới 35.000 đoàn viên trở lên.']) {
      expect(extractClaims(t).claims.map((c) => c.kind), t).toEqual(['at-least']);
    }
    expect(extractClaims('Doanh nghiệp có 30 lao động trở lên phải thành lập công đoàn.').claims).toEqual([]);
    expect(extractClaims('Doanh nghiệp sử dụng 20 lao động trở lên.').claims).toEqual([]);
  });

  it('the target in brackets after "kế hoạch" may repeat the words of the achieved figure', () => {
    const [c] = extractClaims('Công đoàn KCN đã kết nạp mới 3.579 ĐVCĐ, đạt 89,47% kế hoạch (kết nạp mới 4.000 ĐVCĐ).').claims;
    // 3.579/4.000 = 89,475%: printed 89,47 only rounding down or half to even
    expect(c?.kind).toBe('ratio-percent');
    expect(c?.verdict).toBe('consistent');
    expect(extractClaims('Kết nạp 50 đoàn viên, đạt 125% kế hoạch (thành lập 40 chi đoàn).').claims.map((x) => x.kind)).not.toContain('ratio-percent');
  });
});

describe('the fourth held-out part (fresh4): what its blind run showed', () => {
  it.each([
    // a day and month read backwards is no inverted range; a misprinted term is years; series and plans
    ['Ngày 20-10, Hội kỷ niệm Ngày Phụ nữ Việt Nam (20-10) với 12 chi hội.', ['12']],
    ['Đại hội lần thứ X, nhiệm kỳ 2108-2023, có 95 đại biểu.', ['95']],
    ['Có 12 chi bộ (Kỳ 1); Hội thu đợt 2 được 119 đầu mối.', ['12', '119']],
    ['Tổng kết 2 năm thực hiện Kế hoạch 67 của Đảng ủy khối, kết nạp 30 đảng viên.', ['30']],
    // places named by number, an anniversary, a file's size, "per one"
    ['Đảng bộ xã Tam Xuân 2 (Núi Thành) và KCN Biên Hòa 1, có 80 đảng viên.', ['80']],
    ['Chào mừng kỷ niệm 55 thành lập huyện, sửa 100 căn nhà.', ['100']],
    ['anh.jpg (228 KB)', []],
    ['Quỹ bình quân 50 ngàn/ 1 hội viên/ 1 năm.', ['50']],
    // a year and a colon, a guide in lower case, a term then a ratio
    ['Tổng kết năm 2019: 63.789 hộ đạt SX – KD giỏi.', ['63.789']],
    ['Hỗ trợ, hướng dẫn 02 đơn vị tổ chức Đại hội; theo Hướng dẫn 02 của Ban.', ['02']],
    ['Nhiệm kỳ 2016-2021, 16/16 chỉ tiêu đều đạt.', ['16/16']],
  ] as const)('%s', (text, figures) => {
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(figures);
  });

  it('"cấp Trung ương 12 hộ" is a part; "Nghị quyết Trung ương 4 khóa XII" a plenum', () => {
    const claims = extractClaims('Có 3.837 hộ đạt danh hiệu các cấp, trong đó: cấp Trung ương 12 hộ, cấp tỉnh 127 hộ, cấp huyện 583 hộ, cấp cơ sở 3.115 hộ.').claims;
    expect(claims.find((c) => c.kind === 'sum')?.verdict).toBe('consistent');
    expect(extractClaims('Thực hiện Nghị quyết Trung ương 4 khóa XII, có 12 chi bộ.').claims.map((c) => c.text)).toEqual(['12']);
  });

  it('a sum short by exactly a number read as a name is not flagged: no verdict (sum-unread-part)', () => {
    // "Ban 12" names a board here, but the 12 may be its part: only one reading makes the sum wrong
    const claims = extractClaims('Có 3.837 hộ, trong đó: khóa 12 hộ, cấp tỉnh 127 hộ, cấp huyện 583 hộ, cấp cơ sở 3.115 hộ.').claims;
    const sum = claims.find((c) => c.kind === 'sum');
    expect(sum?.verdict).toBe('ambiguous');
    expect(sum?.reason).toMatchObject({ code: 'sum-unread-part', facts: { unread: '12', total: '3837', sum: '3825' } });
    expect(sum?.flags).toEqual([]);
    // a shortfall no unread number explains is still flagged
    expect(extractClaims('Có 3.837 hộ, trong đó: cấp tỉnh 127 hộ, cấp huyện 583 hộ, cấp cơ sở 3.115 hộ.').claims.find((c) => c.kind === 'sum')?.verdict).toBe('flagged');
  });
});

describe('breakdowns and wholes the fourth part showed', () => {
  const sumOf = (t: string) => extractClaims(t).claims.find((c) => c.kind === 'sum');
  it('"với trên 2.550 đoàn viên" after the parts is inside the last part, not another part', () => {
    expect(sumOf('Có 55 tổ chức cơ sở Đoàn trực thuộc, gồm 48 chi đoàn cơ sở và 7 đoàn cơ sở, với trên 2.550 đoàn viên.')?.verdict).toBe('consistent');
  });

  it('parts that make the total exactly are its breakdown whatever they count; "lãnh đạo" is no religion', () => {
    const s = sumOf('Đã phát triển được 550 đảng viên, đạt 130% so với kế hoạch; trong đó có 5 lãnh đạo, 457 công nhân, 88 đảng viên khác.');
    expect(s?.verdict).toBe('consistent');
    // people by who they are still overlap: no sum
    expect(sumOf('Kết nạp 603 đảng viên mới, trong đó: nữ 359, dân tộc 14, có đạo 5.')).toBeUndefined();
  });

  it('a share of the count after "tổng số" in its sentence, taken only when the arithmetic agrees', () => {
    const [c] = extractClaims('Trong tổng số 117 DN FDI thì hiện mới có 2 DN thành lập được TCĐ (chiếm 1,7%).').claims.filter((x) => x.kind === 'ratio-percent');
    expect(c?.verdict).toBe('consistent');
    expect(extractClaims('Trong tổng số 117 DN FDI có 2 DN thành lập được TCĐ (chiếm 5%).').claims.some((x) => x.kind === 'ratio-percent')).toBe(false);
  });

  it('parts in brackets right after an approximate figure are its own: no figure further back is their total', () => {
    expect(sumOf('Quỹ 4 cấp đã vận động trên 13.908 tỷ đồng, trong đó Trung ương trên 126,5 tỷ đồng (bao gồm nhắn tin qua Cổng 1400 trên 10 tỷ đồng).')?.verdict).not.toBe('flagged');
    // "trên 11 phường" is where, not a bound of the total: the total before it stands
    expect(sumOf('Đã thành lập được 14 CLB trên 11 phường, trong đó có 4 CLB cấp phường, 10 CLB khu phố.')?.verdict).toBe('consistent');
  });
});

describe('the fifth held-out part (fresh5): what its blind run showed', () => {
  it.each([
    ['Trong 2 ngày (28 và 29-5), Đảng bộ xã tổ chức Đại hội với 120 đại biểu.', ['120']],
    ['Công đoàn Viên chức Thành phố, Quận 5, 6, 7 đã đồng loạt tổ chức cho 300 đoàn viên.', ['300']],
    ['Chi bộ 1, 25 đảng viên dự họp.', ['25']],
  ] as const)('%s', (text, figures) => {
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(figures);
  });

  it.each([
    ['Có 365.709/375.125 hộ (tỷ lệ 97,49%) đạt gia đình văn hóa.', 'consistent'],
    ['Có 955/986 khu dân cư đạt chuẩn văn hóa (96,85%).', 'consistent'], // 96,856…: printed truncated
    ['Có 242/557 khu ấp đăng ký danh hiệu khu ấp VH (43,45%).', 'consistent'],
    ['Có 242/557 khu ấp đăng ký danh hiệu khu ấp VH (53,45%).', 'flagged'],
  ] as const)('a percentage in brackets after a ratio and its phrase is its attainment: %s', (text, verdict) => {
    expect(extractClaims(text).claims.find((c) => c.kind === 'ratio-percent')?.verdict).toBe(verdict);
  });
});

describe('the sixth held-out part (fresh6): what its blind run showed', () => {
  it.each([
    ['hoi-nghi-so-ket-cum-thi-dua-so-9-(2).jpg', []],
    ['Sinh viên Võ Quốc Thắng (sinh năm 2005), sinh viên năm 3 Khoa Công nghiệp văn hóa, cho biết.', []],
    ['Hội xứng đáng với 8 chữ vàng được Ban Chấp hành Trung ương Đảng trao tặng.', []],
    ['Đoàn đã tổ chức 157 cuộc thi khởi nghiệp; 68 ngày hội tư vấn việc làm, 48 hội thảo.', ['157', '68', '48']],
    ['Hội kết nạp mới 275 hội viên, nâng tổng số hội viên lên hơn 2000 hội viên.', ['275', '2000']],
    ['Nhiệm kỳ này, trong năm 2020 hội viên tăng.', []],
    ['Diện tích trồng màu 80– 100ha/vụ.', ['80– 100']],
    ['Phát triển 113.790.000đ nguồn Quỹ Hỗ trợ nông dân.', ['113.790.000']],
  ] as const)('%s', (text, figures) => {
    expect(extractClaims(text).claims.map((c) => c.text)).toEqual(figures);
  });

  it.each([
    ['Số quận/huyện hội CCB hết hộ nghèo là 7 đơn vị (7/24)=29,16%.', 'consistent'], // 29,166…: printed truncated
    ['Số quận/huyện hội CCB hết hộ nghèo là 7 đơn vị (7/24)=39,16%.', 'flagged'],
    ['Tổng số đảng viên trong các đơn vị kinh tế tư nhân có 1.093/45.228đ/c, chiếm 2,41%.', 'consistent'],
    ['Tri Tôn 15/15 cơ sở Hội tổ chức Đại hội (đat 100%).', 'consistent'], // "đạt" misprinted (holdout g23-3)
  ] as const)('a ratio with "=" before its percentage, or "đ/c" written against it: %s', (text, verdict) => {
    expect(extractClaims(text).claims.find((c) => c.kind === 'ratio-percent')?.verdict).toBe(verdict);
  });

  it('a "tỷ lệ" with its own subject before the percentage may make it a rate of its own: no target fitting is no error', () => {
    const c = (t: string) => extractClaims(t).claims.map((x) => [x.verdict, x.reason.code]);
    expect(c('Có 1 đơn vị chưa hoàn thành, tỷ lệ hoàn thành đạt 95%.')).toEqual([['figure', 'implied-none']]);
    expect(c('Có 0 đơn vị vi phạm, tỷ lệ tuân thủ đạt trên 95%.')).toEqual([['ambiguous', 'implied-bound-none']]);
    // with no "tỷ lệ" between, or one whose target fits, as before
    expect(c('Có 0 đơn vị vi phạm, đạt 95%.')).toEqual([['flagged', 'implied-none']]);
    expect(c('Kết nạp 30 đảng viên, tỷ lệ hoàn thành kế hoạch đạt 120%.')).toEqual([['inferred', 'implied']]);
  });

  it('"=97" inside a code is still no figure', () => {
    expect(extractClaims('Mã ID=97 đã cấp.').claims).toEqual([]);
  });
});

describe('the seventh held-out part (fresh7): what its blind run showed', () => {
  const read = (t: string) => extractClaims(t).claims.map((c) => [c.kind, c.verdict, c.kind === 'ratio-percent' ? c.as : null, c.kind === 'ratio-percent' ? c.target.value : null]);

  it('a rate against the target rate printed after it, perhaps after the document that set it', () => {
    const o07 = 'Tỷ lệ lao động tham gia BHXH toàn tỉnh đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%); tuy nhiên, tỷ lệ độ bao phủ BHYT mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ (91,5%) và thấp hơn 5,75% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%).';
    expect(read(o07)).toEqual([
      ['ratio-percent', 'consistent', 'over-points', '38'],
      ['ratio-percent', 'consistent', 'under-points', '91.5'],
      ['ratio-percent', 'consistent', 'under-points', '92'],
    ]);
    expect(read('Tỷ lệ đạt 90%, thấp hơn 3% so với chỉ tiêu 92%.')).toEqual([['ratio-percent', 'flagged', 'under-points', '92']]);
    expect(read('Tỷ lệ đạt 90%, vượt 3% so với kế hoạch (87%).')).toEqual([['ratio-percent', 'consistent', 'over-points', '87']]);
  });

  it('a target named by the resolution that set it, or after the document\'s number and date', () => {
    expect(read('Kết nạp 45 đảng viên, vượt 12,5% so với chỉ tiêu Nghị quyết đề ra (40 đảng viên).')).toEqual([['ratio-percent', 'consistent', 'over', '40']]);
    expect(read('Kết nạp 45 đảng viên, đạt 112,5% so với chỉ tiêu đề ra tại Nghị quyết số 05-NQ/ĐU (40 đảng viên).')).toEqual([['ratio-percent', 'consistent', 'attainment', '40']]);
    expect(read('Kết nạp 45 đảng viên, đạt 120% kế hoạch năm 2024 (40 đảng viên).')).toEqual([['ratio-percent', 'flagged', 'attainment', '40']]);
    expect(read('Tỷ lệ hộ gia đình văn hóa đạt 92,5%, vượt 2,5% so với Nghị quyết (90%).')).toEqual([['ratio-percent', 'consistent', 'over-points', '90']]);
    expect(read('Tỷ lệ tham gia BHYT đạt 93,2%, vượt 0,2% chỉ tiêu (93%).')).toEqual([['ratio-percent', 'consistent', 'over-points', '93']]);
    // a figure after a comma is no printed target, named or not
    expect(read('Kết nạp 45 đảng viên, đạt 112,5% so với Nghị quyết, 40 chi bộ hoàn thành.').map((c) => c[0])).toEqual(['implied-target', 'count']);
  });

  it('"thấp hơn X%" with no target rate after it is a plain rate: of what, and how, is not told', () => {
    expect(read('Tỷ lệ đạt 90%, thấp hơn 3% so với cùng kỳ.')).toEqual([['rate', 'figure', null, null], ['rate', 'figure', null, null]]);
    // a bracket that holds more than the rate is no printed target
    expect(read('Tỷ lệ đạt 90%, vượt 3% so với kế hoạch (87% và 50 người).').map((c) => c[0])).toEqual(['implied-target', 'rate', 'count']);
  });

  it('an excess in points over a target rate that is not printed: the target rate may have decimals, so no whole one is no error', () => {
    const claims = extractClaims('Đến cuối năm 2024, tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%.').claims;
    expect(claims.map((c) => [c.kind, c.verdict, c.reason.code])).toEqual([['implied-target', 'figure', 'implied-none']]);
  });

  it('a target printed earlier in the same sentence, counting the same thing, taken only when the arithmetic agrees', () => {
    const f21 = (p: string) => read(`Thực hiện chỉ tiêu năm 2016 toàn tỉnh sẽ thành lập mới 21 công đoàn cơ sở, phát triển thêm 8.000 đoàn viên công đoàn, đến nay sau 9 tháng đã có 32 công đoàn cơ sở mới được thành lập, phát triển được 7.888 đoàn viên công đoàn đạt ${p}% kế hoạch năm.`).filter((c) => c[0] !== 'count');
    expect(f21('98,6')).toEqual([['ratio-percent', 'consistent', 'attainment', '8000']]);
    // not borne out: the target is worked out, never flagged against the figure guessed
    expect(f21('97,6')).toEqual([['implied-target', 'inferred', null, null]]);
    // "đạt tỷ lệ X%, vượt Y%": after a percentage named a rate, "vượt" is in its points
    const m30 = read('Trong tổng số 398 xóm, tổ dân phố đăng ký đạt danh hiệu văn hóa thì có 395 xóm, tổ dân phố đạt tiêu chuẩn này (đạt tỷ lệ 99,2%, vượt 9,2% kế hoạch năm).');
    expect(m30.filter((c) => c[0] !== 'count')).toEqual([['ratio-percent', 'consistent', 'attainment', '398'], ['implied-target', 'inferred', null, null]]);
    expect(extractClaims('… có 395 xóm đạt tiêu chuẩn này (đạt tỷ lệ 99,2%, vượt 9,2% kế hoạch năm).').claims.map((c) => c.kind === 'implied-target' ? [c.as, c.impliedTargets] : null).filter(Boolean)).toEqual([['attainment', [398]], ['over-points', [90]]]);
  });

  it('"vượt chỉ tiêu X%", "vượt kế hoạch X%": the target named between the keyword and the percentage', () => {
    expect(read('Kết nạp 50/40 đảng viên, vượt chỉ tiêu 25%.')).toEqual([['ratio-percent', 'consistent', 'over', '40']]);
    expect(extractClaims('Kết nạp 50 đảng viên, vượt kế hoạch 25%.').claims.map((c) => c.kind === 'implied-target' ? c.impliedTargets : null)).toEqual([[40]]);
    // from 100% on it may be what was reached ("đạt 120% chỉ tiêu") as well as the excess: not told, no claim
    expect(read('Kết nạp 60/50 đảng viên, vượt chỉ tiêu 120%.')).toEqual([['ratio', 'figure', null, null], ['rate', 'figure', null, null]]);
    expect(read('Kết nạp 160/50 đảng viên, vượt 220%.')).toEqual([['ratio-percent', 'consistent', 'over', '50']]);
  });

  it('a unit written as the capitals of another\'s first words counts the same thing ("TCCSĐ", "CĐCS"), from three capitals', () => {
    const kinds = (t: string) => extractClaims(t).claims.filter((c) => c.kind !== 'count').map((c) => [c.kind, c.verdict]);
    expect(kinds('Toàn tỉnh có 709 tổ chức cơ sở đảng, trong đó có 439 TCCSĐ đạt trong sạch vững mạnh.')).toEqual([['subset', 'consistent']]);
    const s20 = extractClaims('Toàn Đảng ta có tổng cộng 52.105 tổ chức cơ sở Đảng (TCCSĐ), tính đến ngày 30/6 có 51.985 TCCSĐ tổ chức đại hội thành công (chiếm 99,8%).').claims;
    expect(s20.filter((c) => c.kind === 'ratio-percent').map((c) => [c.verdict, c.kind === 'ratio-percent' ? c.target.value : null])).toEqual([['consistent', '52105']]);
    // two capitals spell too many things: "ĐV" is đảng viên or đoàn viên
    expect(kinds('Có 120 đoàn viên, trong đó 150 ĐV dự lớp cảm tình Đảng.')).toEqual([]);
    expect(kinds('Toàn tỉnh có 120 công đoàn cơ sở, trong đó 150 CĐCS khu vực tư nhân.')).toEqual([['subset', 'flagged']]);
    // capitals that do not spell the words are another thing
    expect(kinds('Kết nạp 186 đảng viên, trong đó có 7 CCB.')).toEqual([]);
  });

  it('a breakdown by cause in brackets, checked only when it makes the total', () => {
    const sums = (t: string) => extractClaims(t).claims.filter((c) => c.kind === 'sum').map((c) => [c.verdict, c.text]);
    expect(sums('Giảm 42 hội viên (do từ trần 41, chuyển nơi khác 01).')).toEqual([['consistent', '42 hội viên (do từ trần 41, chuyển nơi khác 01']]);
    // the causes listed need not be all of them
    expect(sums('Giảm 42 hội viên (do từ trần 40, chuyển nơi khác 01).')).toEqual([]);
  });

  it('parts that make an approximate total exactly bear it out; others are not flagged against it', () => {
    const sums = (t: string) => extractClaims(t).claims.filter((c) => c.kind === 'sum').map((c) => c.verdict);
    expect(sums('Phấn đấu vận động đạt trên 14 tỷ đồng; trong đó, cấp tỉnh đạt 6 tỷ đồng; cấp huyện và xã đạt 8 tỷ đồng.')).toEqual(['consistent']);
    expect(sums('Phấn đấu vận động đạt trên 14 tỷ đồng; trong đó, cấp tỉnh đạt 6 tỷ đồng; cấp huyện và xã đạt 9 tỷ đồng.')).toEqual([]);
  });

  it('a unit named by the number after its word ("khối 487") counts nothing', () => {
    const claims = extractClaims('Toàn huyện có 22 Hội cơ sở xã, thị trấn và khối 487 (trong đó có 20 hội cơ sở xã, thị trấn và 02 hội cơ sở khối 487).').claims;
    expect(claims.map((c) => c.text)).not.toContain('487');
    expect(claims.find((c) => c.kind === 'sum')?.verdict).toBe('consistent');
  });
});
