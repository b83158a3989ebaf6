import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attainment, extractClaims, type Claim, type ExtractClaimsResult } from 'chitieu';
import { errorOf as caught } from '../helpers/errors.js';
import { timeBound } from '../helpers/time.js';

interface Expect {
  percent?: string;
  percent2HalfUp?: string;
  percent2Down?: string;
  status?: string;
  consistentModes?: string[];
  impliedTargets?: Record<string, number[]>;
  impliedTargetRate?: string;
  consistent?: boolean;
  sumOfParts?: { total: number; parts: number[] };
}
interface Sub {
  achieved?: number;
  target?: number | { atLeast: number } | { min: number; max: number } | null;
  reported?: string;
  achievedRate?: string;
  reportedExcess?: string;
  expect?: Expect;
}
interface SeedCase extends Sub {
  id: string;
  seed: string;
  kind: string;
  quote: string;
  total?: number;
  parts?: number[];
  reportedAs?: string;
  stages?: Record<string, number>;
  cases?: Sub[];
}

const root = join(__dirname, '../..');
const seed = JSON.parse(readFileSync(join(root, 'test/fixtures/seed-figures.json'), 'utf8')) as { cases: SeedCase[] };
const REPORTS: Record<string, string> = {
  '000_812b27f6b5ee4915.txt': 'binh-thuan-2023.txt',
  '001_50fa5ecdf9a8cc04.txt': 'ha-noi-h1-2024.txt',
  '002_150e383a042668ab.txt': 'binh-duong-2024.txt',
  '003_a1b4536d5dec096f.txt': 'ninh-thuan-2015-2020.txt',
  '004_10fed449002ee0b8.txt': 'hai-phong-kkt.txt',
};
const texts = new Map<string, string>();
for (const [seedName, file] of Object.entries(REPORTS)) texts.set(seedName, readFileSync(join(root, 'examples/reports', file), 'utf8'));
// Extracted afresh inside each test, never at load time nor cached: mutation testing counts library
// code run outside a test as "static" and then reruns every test for each mutant it holds, and a
// cache would credit only the first test with the code behind the results.
const results = {
  get: (name: string): ExtractClaimsResult | undefined => {
    const text = texts.get(name);
    return text === undefined ? undefined : extractClaims(text);
  },
  values: (): ExtractClaimsResult[] => [...texts.values()].map((t) => extractClaims(t)),
  entries: (): [string, ExtractClaimsResult][] => [...texts].map(([name, t]) => [name, extractClaims(t)]),
};


type Of<K extends Claim['kind']> = Extract<Claim, { kind: K }>;
function all<K extends Claim['kind']>(r: ExtractClaimsResult, kind: K): Of<K>[] {
  return r.claims.filter((c): c is Of<K> => c.kind === kind);
}
function one<K extends Claim['kind']>(r: ExtractClaimsResult, kind: K, pred: (c: Of<K>) => boolean): Of<K> {
  const found = all(r, kind).filter(pred);
  expect(found.length, `one ${kind} claim`).toBeGreaterThanOrEqual(1);
  return found[0] as Of<K>;
}
const count = (r: ExtractClaimsResult, value: number, unit?: string) =>
  one(r, 'count', (c) => c.value.value === String(value) && (unit === undefined || c.unit === unit));

/** Checks one achieved/target case of the seed against what the extraction found. */
function checkRatio(r: ExtractClaimsResult, c: Sub): void {
  const achieved = String(c.achieved);
  const target = String(c.target);
  const ratios = r.claims.filter((x): x is Of<'ratio'> | Of<'ratio-percent'> => (x.kind === 'ratio' || x.kind === 'ratio-percent') && x.achieved.value === achieved && x.target.value === target);
  if (ratios.length === 0) {
    // the report prints the percentage and the achieved figure only ("20 đảng viên, đạt 100%")
    const implied = one(r, 'implied-target', (x) => x.achieved.value === achieved);
    expect(implied.impliedTargets).toContain(c.target);
    expect(implied.verdict).toBe('inferred');
    return;
  }
  for (const x of ratios) {
    if (x.kind === 'ratio') {
      if (c.expect?.percent !== undefined) expect(x.percent).toBe(c.expect.percent);
      if (c.expect?.percent2HalfUp !== undefined) expect(x.percent).toBe(c.expect.percent2HalfUp);
      if (c.expect?.status !== undefined) expect(x.status).toBe(c.expect.status);
      expect(x.verdict).toBe('figure');
    } else {
      if (c.reported !== undefined) expect(x.reported.text).toBe(c.reported);
      if (c.expect?.consistentModes !== undefined) expect(x.check.consistentModes).toEqual(c.expect.consistentModes);
      // flagged only when no rounding mode gives the printed figure
      expect(x.verdict).toBe(x.check.consistentModes.length > 0 ? 'consistent' : 'flagged');
      const status = attainment({ achieved: c.achieved as number, target: c.target as number }).status;
      if (c.expect?.status !== undefined) expect(status).toBe(c.expect.status);
    }
  }
}

describe('extractClaims over the five sample reports finds and checks every figure of seed-figures.json', () => {
  for (const c of seed.cases) {
    it(`${c.id} (${c.kind})`, () => {
      const r = results.get(c.seed) as ExtractClaimsResult;
      expect(r).toBeDefined();
      switch (c.kind) {
        case 'attainment':
        case 'cumulative-term':
        case 'excess-relative': {
          const subs = c.cases ?? [c];
          for (const s of subs) {
            if (s.target === null) {
              const implied = one(r, 'implied-target', (x) => x.achieved.value === String(s.achieved) && x.reported.text === s.reported);
              expect(implied.impliedTargets).toEqual(s.expect?.impliedTargets?.['half-up']);
            } else {
              checkRatio(r, s);
            }
          }
          if (c.id === 'hn-h1-2024-mass-orgs') {
            const down = extractClaims(texts.get(c.seed) as string, { rounding: 'down' });
            expect(one(down, 'ratio', (x) => x.achieved.value === '17313').percent).toBe(c.cases?.[1]?.expect?.percent2Down);
          }
          break;
        }
        case 'implied-target': {
          const as = c.reportedAs === 'excess-relative' ? 'over' : 'attainment';
          const x = one(r, 'implied-target', (y) => y.achieved.value === String(c.achieved) && y.reported.text === c.reported);
          expect([x.as, x.unit]).toEqual([as, 'đảng viên'.length > 0 ? x.unit : null]);
          expect(x.impliedTargets).toEqual(c.expect?.impliedTargets?.['half-up']);
          for (const [mode, want] of Object.entries(c.expect?.impliedTargets ?? {})) {
            const again = extractClaims(texts.get(c.seed) as string, { rounding: mode as 'down' });
            expect(one(again, 'implied-target', (y) => y.achieved.value === String(c.achieved)).impliedTargets).toEqual(want);
          }
          break;
        }
        case 'scorecard':
          expect(one(r, 'ratio', (x) => x.text === '6/6')).toMatchObject({ percent: '100', status: 'met', unit: 'chỉ tiêu chủ yếu' });
          break;
        case 'sum-of-parts': {
          const s = one(r, 'sum', (x) => x.total.value === String(c.total));
          expect(s.parts.map((p) => Number(p.value))).toEqual(c.parts);
          expect([s.verdict, s.check.consistent]).toEqual(['consistent', c.expect?.consistent]);
          break;
        }
        case 'pipeline': {
          for (const v of Object.values(c.stages ?? {})) count(r, v);
          const s = c.expect?.sumOfParts;
          if (s !== undefined) {
            const sum = one(r, 'sum', (x) => x.total.value === String(s.total));
            expect(sum.parts.map((p) => Number(p.value))).toEqual(s.parts);
            expect(sum.verdict).toBe('consistent');
          }
          break;
        }
        case 'eligibility-batch':
          count(r, 81, 'doanh nghiệp');
          count(r, 153, 'doanh nghiệp');
          expect(one(r, 'range', (x) => x.text === 'từ 1-2')).toMatchObject({ unit: 'đảng viên', verdict: 'figure' });
          break;
        case 'min-target': {
          const t = c.target as { atLeast: number };
          const target = one(r, 'at-least', (x) => x.value.value === String(t.atLeast));
          expect(target.unit).toBe('đảng viên');
          const achieved = count(r, c.achieved as number, 'đảng viên');
          // pairing a target with a figure printed elsewhere in the report is the reader's call
          const a = attainment({ achieved: Number(achieved.value.value), target: { atLeast: Number(target.value.value) } });
          expect([a.percent, a.status, a.shortfall]).toEqual([c.expect?.percent, c.expect?.status, '342']);
          break;
        }
        case 'excess-points':
          for (const s of c.cases ?? []) {
            const x = one(r, 'implied-target', (y) => y.as === 'over-points' && y.achieved.value === s.achievedRate && y.reported.text === s.reportedExcess);
            expect(x.impliedTargets).toEqual([Number(s.expect?.impliedTargetRate)]);
            expect(x.verdict).toBe('inferred');
          }
          break;
        case 'distribution':
          expect(one(r, 'range', (x) => x.percent && x.min.value === '100' && x.max.value === '275').verdict).toBe('figure');
          count(r, 95, 'tổ chức công đoàn');
          break;
        case 'range-target':
          for (const s of c.cases ?? []) {
            const t = s.target as { min: number; max: number };
            one(r, 'range', (x) => !x.percent && x.min.value === String(t.min) && x.max.value === String(t.max));
          }
          break;
        default:
          throw new Error(`no check for the seed kind ${c.kind}`);
      }
    });
  }

  it('flags the 16/15 "vượt 6,6%" against 14/13 "vượt 7,7%": no single rounding mode gives both', () => {
    const r = results.get('000_812b27f6b5ee4915.txt') as ExtractClaimsResult;
    expect(r.commonModes).toEqual([]);
    expect(r.flags.map((f) => f.code)).toEqual(['mixed-rounding']);
    const involved = (r.flags[0]?.claims ?? []).map((i) => r.claims[i]?.text.slice(0, 5));
    expect(involved).toEqual(['16/15', '14/13']);
    expect(r.flags[0]?.en).toBe(
      'No single rounding mode gives both 16/15 printed as 6.6% over target (only down, floor) and 14/13 printed as 7.7% over target (only half-up, half-down, half-even, up, ceil): the report rounds inconsistently.',
    );
    const trade = one(r, 'ratio-percent', (x) => x.achieved.value === '16');
    expect(trade.flags.map((f) => f.code)).toEqual(['rounding-mismatch']);
  });

  it('the other reports have no report-level flag, and no claim is flagged', () => {
    for (const [name, r] of results.entries()) {
      if (name.startsWith('000')) continue;
      expect(r.flags).toEqual([]);
      expect(r.claims.filter((c) => c.verdict === 'flagged').map((c) => c.text)).toEqual([]);
    }
  });

  it('every claim and figure points at its own text', () => {
    for (const [name, r] of results.entries()) {
      const text = texts.get(name) as string;
      for (const c of r.claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        const refs = [
          'achieved' in c ? c.achieved : null, 'target' in c ? c.target : null, 'reported' in c ? c.reported : null,
          'value' in c ? c.value : null, 'min' in c ? c.min : null, 'max' in c ? c.max : null,
          'total' in c ? c.total : null, 'part' in c ? c.part : null, ...('parts' in c ? c.parts : []),
        ];
        for (const f of refs) {
          if (f === null) continue;
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start >= c.start && f.end <= c.end).toBe(true);
        }
        expect(c.explanation.vi.length * c.explanation.en.length).toBeGreaterThan(0);
      }
      for (let i = 1; i < r.claims.length; i++) expect((r.claims[i] as Claim).start).toBeGreaterThanOrEqual((r.claims[i - 1] as Claim).start);
    }
  });

  it('leaves out dates, times, years, spans of time and document numbers', () => {
    const values = [...results.values()].flatMap((r) => r.claims.flatMap((c) => ('value' in c ? [c.value.text] : [])));
    for (const noise of ['2023', '2024', '2025', '2020', '27', '28', '09', '29', '5491', '2605', '03', '70', '5199096901222', '08', '10:26']) {
      expect(values, noise).not.toContain(noise);
    }
    // "intNumViewTotal=97", "10MB" and "Chương trình số 25" are not figures either
    const bd = texts.get('002_150e383a042668ab.txt') as string;
    const starts = new Set((results.get('002_150e383a042668ab.txt') as ExtractClaimsResult).claims.map((c) => c.start));
    for (const at of [bd.indexOf('=97') + 1, bd.indexOf('10MB'), bd.indexOf('số 25 ') + 3]) expect(starts.has(at)).toBe(false);
    const hn = results.get('001_50fa5ecdf9a8cc04.txt') as ExtractClaimsResult;
    expect(hn.claims.some((c) => c.text.startsWith('27/'))).toBe(false);
    expect(hn.claims.some((c) => c.text.startsWith('6 '))).toBe(false);
  });
});

describe('extractClaims: the patterns', () => {
  const kinds = (text: string) => extractClaims(text).claims.map((c) => [c.kind, c.text]);

  it('leaves out what a page copied with the report holds, and names made of numbers', () => {
    for (const text of [
      'Người đăng: Ngày đăng: 10:38 | 26/04 Lượt xem: 666',
      'Tổng truy cập 7.142.338',
      'Truy cập hiện tại 1.574 khách',
      'Điện thoại: 0226 385 2672',
      'Hội LHPN Q.8 phối hợp với Quận ủy Q.8.',
      'cần đưa cán bộ kế cận vào quy hoạch [22, tr.1-4].',
      'Đây là năm thứ 3 liên tiếp tỉnh không hoàn thành chỉ tiêu.',
      'phải đủ tuổi công tác 02 nhiệm kỳ trở lên, ít nhất phải tham gia được trọn 01 nhiệm kỳ',
      'Tải bản đầy đủ (.doc) (10 trang)',
      'chương trình siêu thị mini 0 đồng',
      'Theo Ban Chỉ đạo 07 Tỉnh ủy.',
      'Tối ngày 01/09 Đoàn xã họp.',
    ]) expect(kinds(text), text).toEqual([]);
    // but a committee's work is counted: "đã chỉ đạo 10/12 chi đoàn", "ủng hộ 106 ngày công", "6 nhiệm vụ"
    expect(kinds('Đoàn xã đã chỉ đạo 10/12 chi đoàn tổ chức lễ kết nạp.')).toEqual([['ratio', '10/12']]);
    expect(kinds('ủng hộ 106 ngày công và thực hiện 6 nhiệm vụ')).toEqual([['count', '106'], ['count', '6']]);
  });

  it('a share whose whole is the one count of the sentence before is checked, only when it agrees', () => {
    const ok = extractClaims('Đảng bộ có 41 tổ chức cơ sở Đảng. Qua đánh giá có 24 tổ chức cơ sở Đảng đạt trong sạch vững mạnh, chiếm 58,5%.').claims;
    expect(ok.map((x) => [x.kind, x.verdict, x.kind === 'ratio-percent' && x.target.text])).toEqual([['count', 'figure', false], ['ratio-percent', 'consistent', '41']]);
    // disagreeing, the whole may be another one: it is worked out, never flagged against a guess
    const no = extractClaims('Đảng bộ có 709 tổ chức cơ sở đảng. Qua đánh giá có 439 tổ chức cơ sở đảng đạt trong sạch vững mạnh (chiếm 62,62%).').claims;
    expect(no.map((x) => [x.kind, x.verdict])).toEqual([['count', 'figure'], ['implied-target', 'inferred']]);
    // two counts of the same thing before: no whole is read
    const two = extractClaims('Có 40 chi bộ và 45 chi bộ. Có 20 chi bộ, chiếm 50%.').claims;
    expect(two.some((x) => x.kind === 'ratio-percent')).toBe(false);
  });

  it('a bound or an approximation: "trên", "gần", "khoảng" before the percentage', () => {
    const v = (t: string) => extractClaims(t).claims.map((c) => [c.kind, c.verdict, c.reason.code]);
    // a bound the exact value bears out is consistent, though no rounding gives it
    expect(v('Có 90/100 tổ chức, đạt trên 80%.')).toEqual([['ratio-percent', 'consistent', 'check-bound']]);
    expect(v('Có 90/100 tổ chức, đạt khoảng 91%.')).toEqual([['ratio-percent', 'consistent', 'check-bound']]);
    expect(v('Có 6.659/8.159 đảng viên, đạt trên 81,6%.')).toEqual([['ratio-percent', 'consistent', 'check-matches']]);
    // "trên 95%" of 90% is wrong; "gần 60%" of 58,5% is loose, not called wrong
    expect(v('Có 90/100 tổ chức, đạt trên 95%.')).toEqual([['ratio-percent', 'flagged', 'check-no-rounding']]);
    expect(v('Có 24/41 tổ chức, chiếm gần 60%.')).toEqual([['ratio-percent', 'ambiguous', 'check-loose']]);
    expect(extractClaims('Có 90/100 tổ chức, đạt trên 80%.').claims[0]?.explanation.vi).toBe('90/100 = 90%: lớn hơn 80%, đúng như "trên 80%" đã in.');
  });

  it('a bound with no target printed leaves the targets that bear it out, with no rounding involved', () => {
    const one = (t: string) => extractClaims(t).claims.find((c) => c.kind === 'implied-target');
    // 113/t > 38,1% ⇔ t < 296,5…: every target from 1 to 296
    const above = one('kết nạp 113 quần chúng ưu tú vào Đảng, đạt trên 38,1% so với kế hoạch.');
    expect([above?.verdict, above?.reason.code, above?.reason.facts]).toEqual([
      'inferred', 'implied-bound', { as: 'attainment', achieved: '113', unit: 'quần chúng ưu tú vào Đảng', reported: '38.1', bound: 'above', from: '1', to: '296', count: 296 },
    ]);
    expect(above?.explanation).toEqual({
      vi: '113 quần chúng ưu tú vào Đảng, đạt trên 38,1%: chỉ tiêu là một số nguyên từ 1 đến 296.',
      en: '113 quần chúng ưu tú vào Đảng, above 38.1% of target: the target was a whole number from 1 to 296.',
    });
    // "vượt gần 9,5%": 109,4% ≤ 11.370/t < 109,5% (one unit of the last digit), so t from 10.384 to 10.393
    const below = one('Có 11.370 hộ hội viên đăng ký, vượt gần 9,5% chỉ tiêu kế hoạch năm.');
    expect(below?.reason.facts).toMatchObject({ as: 'over', bound: 'below', from: '10384', to: '10393', count: 10 });
    expect(below?.impliedTargets?.length).toBe(10);
    // "khoảng 80%": within one unit, 79% to 81% (wider than any rounding of 80%)
    expect(one('Kết nạp 40 đảng viên, đạt khoảng 80% kế hoạch.')?.reason.facts).toMatchObject({ bound: 'about', from: '50', to: '50' });
    expect(one('Kết nạp 400 đảng viên, đạt khoảng 80% kế hoạch.')?.reason.facts).toMatchObject({ from: '494', to: '506', count: 13 });
    // no whole target bears a strict "trên" out: an error; a loose "gần" that none bears out says nothing
    const none = one('Kết nạp 1 đảng viên, đạt trên 150% kế hoạch.');
    expect([none?.verdict, none?.reason.code, none?.flags.map((f) => f.code), none?.impliedTargets]).toEqual(['flagged', 'implied-bound-none', ['no-target'], []]);
    const loose = one('Kết nạp 5 đảng viên, đạt gần 113% kế hoạch.');
    expect([loose?.verdict, loose?.reason.code, loose?.flags]).toEqual(['ambiguous', 'implied-bound-none', []]);
    expect(loose?.explanation.vi).toBe('5 đảng viên, đạt gần 113%: không có chỉ tiêu nguyên nào cho ra con số này, nhưng cách nói "gần" không chặt nên không kết luận là sai.');
    // a rate "vượt trên 5%" is in points: the target rate is below 90%
    expect(one('Tỷ lệ đạt 95%, vượt trên 5%.')?.reason.facts).toMatchObject({ as: 'over-points', from: '0', to: '89' });
  });

  it('a later share of a sentence may be of the whole its breakdown opened with, when the arithmetic agrees', () => {
    const v = (t: string) => extractClaims(t).claims.map((c) => [c.kind, c.verdict, c.reason.code]);
    const text = 'Các KCN sử dụng 282.405 lao động, trong đó, 74.657 lao động là người địa phương, chiếm 26,44%; lao động nữ là 176.386 người, chiếm 62,46%.';
    expect(v(text)).toEqual([['ratio-percent', 'consistent', 'check-matches'], ['ratio-percent', 'consistent', 'check-matches']]);
    // at whole percents, a share that counts other things is not taken to be of it, though 30/300 is 10%
    expect(v('Có 300 đoàn viên, trong đó 150 đoàn viên nữ, chiếm 50%; có 30 chi đoàn, chiếm 10%.')).toEqual([['subset', 'consistent', 'part-within'], ['ratio-percent', 'consistent', 'check-matches'], ['implied-target', 'inferred', 'implied']]);
    // nor is a share of something the arithmetic does not bear out
    expect(v(text.replace('62,46%', '61,46%'))[1]).toEqual(['implied-target', 'inferred', 'implied']);
  });

  it('never flags a correct figure through a misreading (found blind in the second held-out part)', () => {
    const flagged = (t: string) => extractClaims(t).claims.filter((c) => c.verdict === 'flagged').map((c) => c.text);
    // a target rate printed further on is not a second percentage of the ratio
    expect(flagged('đã có 925/962 ấp, khu phố có cấp ủy, đạt tỷ lệ 96,15%, vượt mục tiêu nghị quyết đề ra (mục tiêu nghị quyết Tỉnh ủy là năm 2018 đạt 95%).')).toEqual([]);
    // an approximate figure is no total, an increment after the parts is no part, and parts that make a total exactly are its own
    const sum = extractClaims('kết nạp được hơn 61.000 hội viên, nâng tổng số hội viên của toàn hội là 3.014.710 người, trong đó có 2.430.607 hội viên là CCB, 584.103 hội viên là Cựu quân nhân, tăng 79.396 hội viên so với đầu nhiệm kỳ.').claims;
    expect(sum.filter((c) => c.kind === 'sum').map((c) => [c.verdict, c.kind === 'sum' && c.total.text])).toEqual([['consistent', '3.014.710']]);
    // a figure in millions needs no whole-number whole
    expect(flagged('đạt 6,21 triệu lượt hộ đăng ký, chiếm 53,4% so với tổng số hộ nông dân cả nước.')).toEqual([]);
  });

  it('more that only looks like a figure: counters, names, lists of document numbers, how often', () => {
    for (const text of ['dịch COVID-19 và Covid - 19.', 'Số lượt người xem: 4831', 'View count: 646', 'Liên hoan lần 6 diễn ra.', 'Hai phong trào “5 xung kích phát triển kinh tế” và “4 đồng hành với thanh niên”.', 'sinh hoạt 2 lần/tháng.', 'theo các quyết định 290, 188, 142 của Thủ tướng.']) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('", tỷ lệ X%" right after a figure is its share', () => {
    const c = extractClaims('trong đó 6.659/8.159 đảng viên dự đánh giá, xếp loại, tỷ lệ 81,6%.').claims;
    expect(c.map((x) => [x.kind, x.verdict, x.kind === 'ratio-percent' && x.as])).toEqual([['ratio-percent', 'consistent', 'share']]);
    expect(extractClaims('Tỷ lệ 95% đảng viên.').claims.map((x) => x.kind)).toEqual(['rate']);
  });

  it('the criteria of a campaign the slogan names are not a figure', () => {
    expect(kinds('có 906 gia đình đạt 8 tiêu chí "Gia đình 5 không, 3 sạch"')).toEqual([['count', '906']]);
    expect(kinds('Với 12 tiêu chí “chi hội phụ nữ kiểu mẫu”')).toEqual([['count', '12']]);
  });

  it('a target printed after the percentage, named by who set it', () => {
    const c = extractClaims('đã kết nạp 166 đảng viên, đạt 87,4% chỉ tiêu tỉnh giao cả năm (190 đảng viên).').claims;
    expect(c.map((x) => [x.kind, x.verdict, x.kind === 'ratio-percent' && x.target.text])).toEqual([['ratio-percent', 'consistent', '190']]);
  });

  it('full and probationary members are all there is; "Trong <total> …, có …" parts; another total ends the parts', () => {
    const sums = (t: string) => extractClaims(t).claims.filter((c) => c.kind === 'sum').map((c) => [c.verdict, c.reason.code, c.text]);
    // two parts after "trong đó" are claimed only when they make the total, unless they are the whole by definition
    expect(sums('Chi bộ có 24 đảng viên, trong đó có 18 đảng viên chính thức và 7 đảng viên dự bị.')).toEqual([['flagged', 'sum-mismatch', '24 đảng viên, trong đó có 18 đảng viên chính thức và 7']]);
    expect(sums('Chi bộ có 30 đảng viên, trong đó 25 chính thức, 4 dự bị.')).toEqual([['flagged', 'sum-mismatch', '30 đảng viên, trong đó 25 chính thức, 4']]);
    expect(sums('Chi bộ có 184 đồng chí, trong đó có 15 đồng chí tái cử và 1 đồng chí bầu mới.')).toEqual([]);
    // "Trong 4 thôn …, có 1 thôn …, 3 thôn …": claimed when they make the total; a selection says nothing
    expect(sums('Trong 4 thôn xây dựng nông thôn mới kiểu mẫu có 1 thôn đạt 10/10 tiêu chí, 3 thôn đạt 9/10 tiêu chí.')).toEqual([['consistent', 'sum-matches', '4 thôn xây dựng nông thôn mới kiểu mẫu có 1 thôn đạt 10/10 tiêu chí, 3']]);
    expect(sums('Trong 10 thôn có 2 thôn đạt chuẩn, 3 thôn đạt 9 tiêu chí.')).toEqual([]);
    // "…, với tổng số trên 2.500 đoàn viên, 945 thanh niên" is another total, not more parts
    expect(sums('Tổng số cơ sở đoàn là 24, trong đó khối xã 10 cơ sở, khối trường học 4 và 10 cơ sở khối cơ quan, với tổng số trên 2.500 đoàn viên, 945 thanh niên.').map((c) => c[0])).toEqual(['consistent']);
  });

  it('parts that each name what the total names are its breakdown', () => {
    const c = extractClaims('giới thiệu được 67 đoàn viên ưu tú cho cấp ủy Đảng, trong đó, khối dân cư có 62 đoàn viên ưu tú, khối trường học có 5 đoàn viên ưu tú.').claims;
    expect(c.filter((x) => x.kind === 'sum').map((x) => [x.verdict, x.kind === 'sum' && x.parts.map((p) => p.text)])).toEqual([['consistent', ['62', '5']]]);
  });

  it('"X, đạt Z% kế hoạch" and "X (đạt Z%)"', () => {
    const r = extractClaims('đã kết nạp 15 đảng viên, đạt 75% kế hoạch năm 2024; thành lập mới 65 tổ chức Đảng (đạt 72,2%) trong DNNNN');
    expect(r.claims.map((c) => [c.kind, c.text, c.unit, c.kind === 'implied-target' ? c.impliedTargets : null])).toEqual([
      ['implied-target', '15 đảng viên, đạt 75%', 'đảng viên', [20]],
      ['implied-target', '65 tổ chức Đảng (đạt 72,2%)', 'tổ chức Đảng', [90]],
    ]);
    expect(r.claims[0]?.explanation).toEqual({
      vi: '15 đảng viên, đạt 75%: chỉ tiêu là 20 (làm tròn nửa lên (half-up)).',
      en: '15 đảng viên, 75% of target: the target was 20 (rounding half-up).',
    });
  });

  it('a ratio with a percentage in brackets, with or without "đạt"', () => {
    expect(kinds('146/279 (52,3%) tổ chức cơ sở Đảng')).toEqual([['ratio-percent', '146/279 (52,3%)']]);
    expect(one(extractClaims('146/279 (52,3%) tổ chức'), 'ratio-percent', () => true).unit).toBe('tổ chức');
  });

  it('the sentence describeAttainment writes: đạt and vượt on one ratio', () => {
    const r = extractClaims('103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu');
    expect(r.claims.map((c) => [c.kind, c.kind === 'ratio-percent' ? c.as : null, c.verdict])).toEqual([
      ['ratio-percent', 'attainment', 'consistent'],
      ['ratio-percent', 'over', 'consistent'],
    ]);
  });

  it('a rate and its excess in points, after "tỷ lệ … đạt"', () => {
    const r = extractClaims('tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 96,8%, vượt 9,8%.');
    expect(r.claims.map((c) => [c.kind, c.text, c.kind === 'implied-target' ? [c.as, c.impliedTargets] : null])).toEqual([
      ['implied-target', 'đạt 96,8%, vượt 9,8%', ['over-points', [87]]],
    ]);
  });

  it('chiếm: a share of a whole', () => {
    const r = extractClaims('có 45 đảng viên nữ, chiếm 30%.');
    expect(one(r, 'implied-target', () => true)).toMatchObject({ as: 'share', unit: 'đảng viên nữ', impliedTargets: [148, 149, 150, 151, 152] });
  });

  it('a lower bound ("100% chỉ tiêu trở lên") is a rate, not a claim to check', () => {
    expect(kinds('thành lập 15 tổ chức Đảng hoàn thành 100% chỉ tiêu trở lên')).toEqual([['count', '15'], ['rate', '100%']]);
  });

  it('ít nhất, ranges, "từ", percentage ranges', () => {
    expect(extractClaims('phấn đấu phát triển ít nhất 400 đảng viên, từ 5–7 tổ chức; đạt 100-275% chỉ tiêu').claims.map((c) => [c.kind, c.text, c.unit])).toEqual([
      ['at-least', 'ít nhất 400', 'đảng viên'],
      ['range', 'từ 5–7', 'tổ chức'],
      ['range', 'đạt 100-275%', null],
    ]);
  });

  it('flags what does not add up', () => {
    const sum = extractClaims('có 94 tổ chức cơ sở đảng. Trong đó, hành chính 45; sự nghiệp 14 và doanh nghiệp 36.');
    const s = one(sum, 'sum', () => true);
    expect([s.verdict, s.check.difference, s.flags[0]?.code]).toEqual(['flagged', '1', 'sum-mismatch']);
    expect(s.flags[0]?.vi).toBe('45 + 14 + 36 = 95, không khớp với tổng 94 (lệch +1).');
    const sub = one(extractClaims('kết nạp 50 đảng viên, trong đó 60 đảng viên là nữ.'), 'subset', () => true);
    expect([sub.verdict, sub.flags[0]?.code]).toEqual(['flagged', 'part-exceeds-total']);
    const inv = one(extractClaims('phấn đấu 7-5 tổ chức đảng'), 'range', () => true);
    expect([inv.verdict, inv.flags[0]?.code]).toEqual(['flagged', 'range-inverted']);
    const none = one(extractClaims('kết nạp 1 đảng viên, đạt 40%'), 'implied-target', () => true);
    expect([none.verdict, none.impliedTargets, none.flags[0]?.code]).toEqual(['flagged', [], 'no-target']);
    const wrong = one(extractClaims('16/15 tổ chức, vượt 7,7%'), 'ratio-percent', () => true);
    expect([wrong.verdict, wrong.flags[0]?.code]).toEqual(['flagged', 'no-rounding-mode']);
  });

  it('the parts after "trong đó" are matched to their total by unit', () => {
    const r = extractClaims('có 73 tổ chức Đảng với 1.549 đảng viên; trong đó khối doanh nghiệp có 10 tổ chức đảng với 149 đảng viên, các huyện có 63 tổ chức Đảng với 1.400 đảng viên.');
    expect(all(r, 'sum').map((s) => [s.total.value, s.parts.map((p) => p.value)])).toEqual([['73', ['10', '63']]]);
  });

  it('a ratio whose target is 0 is listed and flagged, with the percentage printed after it', () => {
    const r = extractClaims('Kết nạp 5/0 đảng viên, đạt 100%.');
    expect(r.claims.map((c) => [c.kind, c.text, c.verdict, c.flags.map((f) => f.code)])).toEqual([
      ['ratio', '5/0 đảng viên, đạt 100%', 'flagged', ['zero-target']],
    ]);
    const c = one(r, 'ratio', () => true);
    expect([c.achieved.value, c.target.value, c.unit, c.percent, c.status]).toEqual(['5', '0', 'đảng viên', null, 'exceeded']);
    expect(c.explanation).toEqual({
      vi: '5/0: chỉ tiêu bằng 0 nên không tính được tỷ lệ so với chỉ tiêu; không kiểm tra được "đạt 100%" đã in. 5 vượt chỉ tiêu 0 là 5.',
      en: '5/0: the target is 0, so no percentage of it can be computed; the printed 100% of target cannot be checked. 5 exceeds the target of 0 by 5.',
    });
    expect(c.flags[0]).toEqual({ code: 'zero-target', ...c.explanation, reason: c.reason });
    expect(c.reason).toEqual({ code: 'ratio-zero-target', facts: { achieved: '5', target: '0', percent: null, status: 'exceeded', gap: '5', printed: ['100'], printedAs: ['attainment'] } });
    expect(r.flags).toEqual([]);
    // on its own, in brackets, and with đạt and vượt both: the excess is not misread as points over "100%"
    expect(kinds('thành lập 2/0 chi bộ')).toEqual([['ratio', '2/0']]);
    expect(one(extractClaims('thành lập 2/0 chi bộ'), 'ratio', () => true).explanation.en).toBe('2/0: the target is 0, so no percentage of it can be computed. 2 exceeds the target of 0 by 2.');
    expect(kinds('kết nạp 0/0 (đạt 100%) đảng viên')).toEqual([['ratio', '0/0 (đạt 100%)']]);
    const both = extractClaims('kết nạp 5/0 đảng viên, đạt 500%, vượt 400% chỉ tiêu');
    expect(both.claims.map((x) => [x.kind, x.text])).toEqual([['ratio', '5/0 đảng viên, đạt 500%, vượt 400%']]);
    expect(both.claims[0]?.explanation.vi).toContain('không kiểm tra được "đạt 500%", "vượt 400%" đã in');
    // other claims around it are checked as before
    expect(extractClaims('5/0 tổ, đạt 100%; 16/15 tổ, vượt 6,6%').claims.map((x) => [x.kind, x.verdict])).toEqual([['ratio', 'flagged'], ['ratio-percent', 'consistent']]);
  });

  it('too many implied targets to list: found, not flagged', () => {
    const c = one(extractClaims('kết nạp 3 đảng viên, đạt 0%'), 'implied-target', () => true);
    expect([c.verdict, c.impliedTargets]).toEqual(['figure', null]);
  });

  it('the rounding option changes the verdicts', () => {
    const text = '16/15 tổ chức, vượt 6,6%; 14/13 tổ chức, vượt 7,7%';
    const down = extractClaims(text, { rounding: 'down' });
    // a named rounding is the report's own rule: 7,7% is not what rounding down gives, so it is flagged
    // (the flag says another mode would give it)
    expect(down.claims.map((c) => [c.verdict, c.flags.map((f) => f.code)])).toEqual([['consistent', []], ['flagged', ['rounding-mismatch']]]);
    // without a named rounding, every mode the report could use is allowed: a note, not a flag
    expect(extractClaims(text).claims.map((c) => c.verdict)).toEqual(['consistent', 'consistent']);
    expect(one(down, 'ratio-percent', (c) => c.achieved.value === '14').check.computed).toBe('7.6');
  });

  it('English-style or ambiguous numbers are not read as figures', () => {
    expect(kinds('khoảng 1.2 triệu')).toEqual([]);
    // a thousands group after a leading zero ("0.500") is skipped, never read as 500
    expect(kinds('kết nạp 0.500 đảng viên; 00.500 tổ; 0.500/600 chi bộ; 01.500 người, đạt 0.500%')).toEqual([]);
    expect(extractClaims('kết nạp 0,500 đảng viên').claims.map((c) => c.kind === 'count' && c.value.value)).toEqual(['0.5']);
    expect(extractClaims('kết nạp 1.500 đảng viên').claims.map((c) => c.kind === 'count' && c.value.value)).toEqual(['1500']);
  });

  it('an empty text has no claims; the result is frozen plain data', () => {
    expect(extractClaims('')).toEqual({ claims: [], flags: [], commonModes: ['half-up', 'half-down', 'half-even', 'up', 'down', 'ceil', 'floor'] });
    const r = results.get('000_812b27f6b5ee4915.txt') as ExtractClaimsResult;
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(Object.isFrozen(r) && Object.isFrozen(r.claims) && Object.isFrozen(r.claims[0]) && Object.isFrozen(r.flags[0]?.claims)).toBe(true);
  });

  it('reads decomposed (NFD) Vietnamese the same', () => {
    const nfc = 'kết nạp mới 501 đảng viên (đạt 55,5%)';
    const r = extractClaims(nfc.normalize('NFD'));
    expect(one(r, 'implied-target', () => true).impliedTargets).toEqual([902, 903]);
  });
});

describe('extractClaims is linear on hostile input', () => {
  // Inputs built to trip a backtracking parser: each finishes well under a second.
  const hostile: [string, string][] = [
    ['digits', '1'.repeat(1e5)],
    ['ratios chained', '1/'.repeat(5e4)],
    ['keywords', 'đạt '.repeat(3e4)],
    ['keywords and percent signs', 'đạt %'.repeat(2e4)],
    ['decimal commas', '1,'.repeat(5e4)],
    ['thousands dots', '1.'.repeat(5e4)],
    ['dashes', '1-'.repeat(5e4)],
    ['brackets', '('.repeat(1e5)],
    ['brackets and percentages', '(đạt '.repeat(2e4)],
    ['trong đó without figures', 'trong đó '.repeat(1e4)],
    ['ít nhất without figures', 'ít nhất '.repeat(1e4)],
    ['letters and digits', 'a1'.repeat(5e4)],
    ['dots', '.'.repeat(1e5)],
    ['one long word', 'đ'.repeat(1e5)],
  ];
  for (const [name, text] of hostile) {
    it(`${name} (${text.length} characters)`, () => {
      const t0 = performance.now();
      extractClaims(text);
      expect(performance.now() - t0).toBeLessThan(timeBound(1000));
    });
  }
  // Inputs that are all figures: tens of thousands of claims, each checked and explained. The work
  // grows with the claims found, linearly; a quadratic scan of these would take minutes, not seconds.
  const dense: [string, string, number][] = [
    ['percent signs', '1%'.repeat(5e4), 50_000],
    ['trong đó', 'trong đó 1 '.repeat(1e4), 10_000],
    ['claims everywhere', '1/2 đạt 3%, vượt 4% '.repeat(5e3), 10_000],
    ['implied everywhere', '7 người, đạt 5,5% '.repeat(5e3), 5_000],
    ['sums everywhere', '9 tổ; trong đó 4 tổ, 5 tổ. '.repeat(4e3), 4_000],
    ['ít nhất', 'ít nhất 1 '.repeat(1e4), 10_000],
  ];
  for (const [name, text, least] of dense) {
    it(`${name} (${text.length} characters)`, () => {
      const t0 = performance.now();
      const r = extractClaims(text);
      expect(performance.now() - t0).toBeLessThan(timeBound(4000));
      expect(r.claims.length).toBeGreaterThanOrEqual(least);
    });
  }
  it('the mixed-rounding check stays cheap with thousands of conflicting claims', () => {
    const text = '16/15 tổ, vượt 6,6%; 14/13 tổ, vượt 7,7%; '.repeat(2000);
    const t0 = performance.now();
    const r = extractClaims(text);
    expect(performance.now() - t0).toBeLessThan(timeBound(4000));
    expect(r.flags[0]?.claims.length).toBe(4000);
  });
});

describe('extractClaims: bad input', () => {
  it('text must be a string', () => {
    const e = caught(() => extractClaims(42 as unknown as string));
    expect([e.code, e.path]).toEqual(['invalid_type', ['text']]);
  });
  it('unknown options', () => {
    const e = caught(() => extractClaims('x', { locale: 'en' } as never));
    expect([e.code, e.path]).toEqual(['unknown_key', ['options', 'locale']]);
  });
  it('unknown rounding', () => {
    const e = caught(() => extractClaims('x', { rounding: 'nearest' as never }));
    expect([e.code, e.path]).toEqual(['unknown_rounding', ['options', 'rounding']]);
  });
});
