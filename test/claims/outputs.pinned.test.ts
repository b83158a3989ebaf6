import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaim, checkSum, extractClaims, impliedTargets, ROUNDING_MODES, safeCheckClaim, safeImpliedTargets } from '../../src/index.js';
import { brief, fingerprint, outcome, sweep } from '../helpers/pin.js';

// Claims over a corpus of inputs: each answer (verdict, figures, explanation; or the error's code,
// path, facts and messages) pinned in the snapshot beside this file, and every field of valid inputs
// replaced in turn by hostile values. Extraction is pinned claim by claim: kind, place, verdict and
// the fingerprint of everything else.

const ratios: [number | string, number | string][] = [[16, 15], [14, 13], [103, 80], [501, 902], [65, 90], [1, 3], [2, 3], [80, 80], [0, 5], ['97.5', '90'], [7, 0]];
const printed = ['6,6', '6,7', '7,7', '128,75', '128,8', '55,5', '72,2', '33,3', '33,4', '66,7', '100', '0', '106,7%', '1.000,5', '6.6', 'x', ''];

/** A check in a line: whether it holds, the exact and computed figures, the modes that give the print. */
function claimLine(f: () => unknown): string {
  const b = brief(f);
  if (!b.startsWith('ok')) return b;
  const r = f() as { consistent: boolean; exact: string; computed: string; consistentModes: readonly string[] };
  return `${r.consistent} ${r.exact} → ${r.computed} [${r.consistentModes.join(',')}] | ${b}`;
}

describe('checkClaim', () => {
  it('each ratio, printed figure and way of printing, in every mode', () => {
    const rows: string[] = [];
    for (const [a, t] of ratios) {
      for (const reported of printed) {
        for (const as of ['attainment', 'share', 'over', 'over-points'] as const) {
          rows.push(`${a}/${t} "${reported}" ${as}: ${claimLine(() => checkClaim({ achieved: a, target: t, reported, as }))}`);
        }
      }
    }
    for (const rounding of ROUNDING_MODES) {
      for (const locale of ['vi', 'en'] as const) {
        rows.push(`16/15 6,6 over ${rounding} ${locale}: ${claimLine(() => checkClaim({ achieved: 16, target: 15, reported: locale === 'vi' ? '6,6' : '6.6', as: 'over', rounding, locale }))}`);
      }
    }
    expect(rows).toMatchSnapshot();
  });

  it('whole answers of typical checks', () => {
    const calls: unknown[] = [
      { achieved: 16, target: 15, reported: '6,6', as: 'over' },
      { achieved: 16, target: 15, reported: '6,7', as: 'over' },
      { achieved: 14, target: 13, reported: '7,7', as: 'over', rounding: 'down' },
      { achieved: 103, target: 80, reported: 128.75, as: 'attainment' },
      { achieved: 65, target: 90, reported: '72,2', as: 'attainment', rounding: 'half-even' },
      { achieved: 1, target: 3, reported: '33.3', as: 'share', locale: 'en' },
      { achieved: '97.5', target: '93', reported: '4,5', as: 'over-points' },
      { achieved: 7, target: 0, reported: '0', as: 'over-points' },
      { achieved: 7, target: 0, reported: '0', as: 'attainment' },
      { achieved: 16, target: 15, reported: '6,6666666666666', as: 'over' },
      { achieved: 16, target: 15, reported: 6.6, as: 'over' },
      { achieved: 16, target: 15, reported: '6,6', as: 'excess' },
      { achieved: -1, target: 15, reported: '6,6', as: 'over' },
      { achieved: 16, target: 15, reported: '6,6', as: 'over', extra: true },
      { achieved: 16, target: 15, reported: null, as: 'over' },
      { achieved: 16, target: 15, as: 'over' },
      null,
    ];
    expect(calls.map((c) => outcome(() => checkClaim(c as never)))).toMatchSnapshot();
    expect([outcome(() => safeCheckClaim(calls[0] as never)), outcome(() => safeCheckClaim(calls[12] as never))]).toMatchSnapshot();
  });

  it('every field of a valid input replaced in turn', () => {
    expect(sweep(checkClaim as never, [{ achieved: 16, target: 15, reported: '6,6', as: 'over', rounding: 'down', locale: 'vi' }])).toMatchSnapshot();
  });
});

describe('impliedTargets', () => {
  it('achieved, printed figure, way of printing and mode', () => {
    const rows: string[] = [];
    for (const a of [1, 7, 16, 65, 103, 501, 1000, '97.5']) {
      for (const reported of ['55,5', '72,2', '106,7', '6,6', '100', '50', '0', '33,33', '1.000', '4,5']) {
        for (const as of ['attainment', 'share', 'over', 'over-points'] as const) {
          rows.push(`${a} "${reported}" ${as}: ${outcome2(() => impliedTargets({ achieved: a, reported, as }))}`);
        }
      }
    }
    for (const rounding of ROUNDING_MODES) rows.push(`501 55,5 ${rounding}: ${outcome2(() => impliedTargets({ achieved: 501, reported: '55,5', as: 'attainment', rounding }))}`);
    expect(rows).toMatchSnapshot();
  });

  it('whole answers and errors', () => {
    const calls: unknown[] = [
      { achieved: 501, reported: '55,5', as: 'attainment', rounding: 'down', locale: 'vi' },
      { achieved: '97.5', reported: '4.5', as: 'over-points', locale: 'en' },
      { achieved: 1, reported: '0,001', as: 'attainment' },
      { achieved: 0, reported: '0', as: 'attainment' },
      { achieved: 5, reported: '-10', as: 'over' },
      { achieved: 5, reported: 'x', as: 'over' },
      { achieved: 5, reported: '10', as: 'y' },
      { achieved: 5, reported: '10' },
      { achieved: 5, reported: '10', as: 'over', zz: 1 },
      null,
    ];
    expect(calls.map((c) => outcome(() => impliedTargets(c as never)))).toMatchSnapshot();
    expect([outcome(() => safeImpliedTargets(calls[0] as never)), outcome(() => safeImpliedTargets(calls[5] as never))]).toMatchSnapshot();
  });

  it('every field of a valid input replaced in turn', () => {
    expect(sweep(impliedTargets as never, [{ achieved: 501, reported: '55,5', as: 'attainment', rounding: 'down', locale: 'vi' }])).toMatchSnapshot();
  });
});

/** An implied-targets answer in a line: the list when short, else its length, ends and fingerprint. */
function outcome2(f: () => unknown): string {
  const b = brief(f);
  if (!b.startsWith('ok')) return b;
  const r = f() as { targets?: readonly number[] } | readonly number[];
  const list = Array.isArray(r) ? r : ((r as { targets?: readonly number[] }).targets ?? []);
  return `${list.length <= 8 ? JSON.stringify(list) : `${list.length} from ${list[0]} to ${list[list.length - 1]}`} | ${b}`;
}

describe('checkSum', () => {
  it('totals and parts, exact and within rounding', () => {
    const calls: unknown[] = [
      { total: 100, parts: ['33.3', 33, -1] },
      { total: 100, parts: ['33.3', '33.3', '33.3'], tolerance: 'rounding' },
      { total: 100, parts: ['33.3', '33.3', '33.3'], tolerance: 'exact' },
      { total: '99.9', parts: ['33.3', '33.3', '33.3'] },
      { total: 94, parts: [45, 14, 35] },
      { total: 94, parts: [45, 14, 36] },
      { total: 10, parts: [] },
      { total: 10, parts: [10] },
      { total: '10.05', parts: ['5.02', '5.02'], tolerance: 'rounding' },
      { total: 0, parts: [1, -1] },
      { total: 120, parts: [150, -30] },
      { total: 10, parts: ['x'] },
      { total: 10, parts: 5 },
      { total: 10, parts: [1], tolerance: 'loose' },
      { parts: [1] },
      null,
    ];
    expect(calls.map((c) => outcome(() => checkSum(c as never)))).toMatchSnapshot();
  });

  it('every field of a valid input replaced in turn', () => {
    expect(sweep(checkSum as never, [{ total: 100, parts: ['33.3', 33, -1], tolerance: 'rounding' }])).toMatchSnapshot();
  });
});

describe('extractClaims', () => {
  const root = join(__dirname, '../..');
  const reports = ['binh-thuan-2023.txt', 'ha-noi-h1-2024.txt', 'binh-duong-2024.txt', 'ninh-thuan-2015-2020.txt', 'hai-phong-kkt.txt'];
  /** One line per claim and flag: kind, place, verdict, figures, and the fingerprint of the whole claim. */
  const lines = (r: { claims: readonly Record<string, unknown>[]; flags: readonly Record<string, unknown>[]; commonModes: readonly string[] }) => [
    `modes ${r.commonModes.join(',')}`,
    ...r.claims.map((c) => `${c.kind} ${c.start}-${c.end} ${c.verdict} ${JSON.stringify(c.unit)} "${String(c.text).slice(0, 60)}" ${fingerprint(c)}`),
    ...r.flags.map((f) => `flag ${fingerprint(f)}`),
  ];
  for (const file of reports) {
    it(`the sample report ${file}, in the default mode and rounding down`, () => {
      const text = readFileSync(join(root, 'examples/reports', file), 'utf8');
      expect(lines(extractClaims(text) as never)).toMatchSnapshot();
      expect(lines(extractClaims(text, { rounding: 'down' }) as never)).toMatchSnapshot();
    });
  }

  it('short texts of every pattern, in full', () => {
    const texts = [
      'Kết nạp 103/80 đảng viên, vượt 28,75%; 65 tổ chức (đạt 72,2%); có 94 tổ. Trong đó 45; 14 và 35; 97,5% chi, vượt 4,5%; ít nhất 400 đảng viên; từ 5-7 tổ',
      'Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu; 14/13 tổ chức Đoàn, vượt 7,7% chỉ tiêu.',
      'kết nạp mới 501 đảng viên (đạt 55,5%)',
      'Tỷ lệ tập hợp đạt 96,8%, vượt 1,8% so với chỉ tiêu; chiếm 45,5% tổng số.',
      'Có 94 tổ chức cơ sở đảng, trong đó 45 chi bộ, 14 đảng bộ và 35 chi bộ trực thuộc.',
      'đạt 100-275% chỉ tiêu; 100% chỉ tiêu trở lên; từ 50-100 đảng viên; 5 - 7 tổ chức',
      '1.234 đảng viên, 1,5%, 12.5%, 3/4 (75%), 3/4 (đạt 80%), 2/3 (66,67%)',
      'Ngày 15/7/2024, Quyết định số 123/QĐ-TU, năm 2023, 6 tháng đầu năm, lúc 8 giờ 30',
      '',
    ];
    expect(texts.map((t) => outcome(() => extractClaims(t)))).toMatchSnapshot();
    expect(texts.slice(0, 3).map((t) => outcome(() => extractClaims(t, { rounding: 'half-even' })))).toMatchSnapshot();
  });

  it('bad input', () => {
    expect([
      outcome(() => extractClaims(5 as never)),
      outcome(() => extractClaims(null as never)),
      outcome(() => extractClaims('x', { rounding: 'x' } as never)),
      outcome(() => extractClaims('x', { locale: 'vi' } as never)),
      outcome(() => extractClaims('x', null as never)),
    ]).toMatchSnapshot();
  });
});
