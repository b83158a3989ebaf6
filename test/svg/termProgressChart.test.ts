import { describe, expect, it } from 'vitest';
import { ChiTieuError, termProgress } from 'chitieu';
import { termProgressChart, type TermProgressChartInput, type TermProgressChartOptions } from 'chitieu/svg';
import { all, byClass, parseXml, type XmlElement } from './_xml.js';

function codeOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChiTieuError) return { code: e.code, path: e.path };
    throw e;
  }
  throw new Error('did not throw');
}

const one = (root: XmlElement, cls: string): XmlElement => {
  const found = byClass(root, cls);
  expect(found).toHaveLength(1);
  return found[0] as XmlElement;
};
const num = (e: XmlElement, a: string) => Number(e.attrs[a]);

const term: TermProgressChartInput = {
  start: '2020-01-01',
  end: '2025-12-31',
  target: 80,
  points: [
    { date: '2023-12-31', cumulative: 44 },
    { date: '2021-12-31', cumulative: 20 },
    { date: '2024-12-31', cumulative: 72 },
  ],
  projection: { date: '2025-12-31', cumulative: 86 },
};

describe('termProgressChart', () => {
  const svg = termProgressChart(term, { unit: 'đảng viên' });
  const root = parseXml(svg);

  it('is a well-formed, accessible SVG', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs.role).toBe('img');
    expect(root.attrs.viewBox).toBe('0 0 480 260');
    const [title, desc] = root.children;
    expect(root.attrs['aria-labelledby']).toBe(`${title?.attrs.id} ${desc?.attrs.id}`);
    expect(title?.text).toBe('Tiến độ thực hiện chỉ tiêu nhiệm kỳ');
    expect(desc?.text).toBe('Lũy kế 72/80 đảng viên đến 31/12/2024 (nhiệm kỳ 1/1/2020–31/12/2025), vượt tiến độ đều. Dự báo 86 vào 31/12/2025.');
  });

  it('draws the points by date, the pace line, the target and the projection', () => {
    const points = byClass(root, 'point');
    expect(points.map((p) => p.attrs['data-date'])).toEqual(['2021-12-31', '2023-12-31', '2024-12-31']);
    const line = one(root, 'cumulative');
    expect(line.name).toBe('polyline');
    expect(line.attrs.points).toBe(points.map((p) => `${p.attrs.cx},${p.attrs.cy}`).join(' '));
    const pace = one(root, 'pace');
    const target = one(root, 'target');
    // from zero at the start to the target at the end
    expect(num(pace, 'y2')).toBe(num(target, 'y1'));
    expect(num(pace, 'x1')).toBe(44);
    expect(num(pace, 'x2')).toBe(464);
    const proj = one(root, 'projection');
    const last = points[2] as XmlElement;
    expect([proj.attrs.x1, proj.attrs.y1]).toEqual([last.attrs.cx, last.attrs.cy]);
    expect(num(proj, 'x2')).toBe(464);
    expect(one(root, 'projection-label').text).toBe('86');
    expect(one(root, 'cumulative-label').text).toBe('72/80');
    // points at the end of a year sit on the year boundary
    const year2022 = byClass(root, 'year').filter((e) => e.name === 'line')[1] as XmlElement;
    expect(num(year2022, 'x1')).toBeCloseTo(num(points[0] as XmlElement, 'cx'), 1);
  });

  it('labels figures exactly, in the locale', () => {
    const en = parseXml(termProgressChart({ ...term, target: '1549.5', points: [{ date: '2022-06-30', cumulative: '1200.25' }], projection: undefined }, { locale: 'en' }));
    expect(en.children[1]?.text).toBe('Cumulative 1,200.25/1,549.5 as of 2022-06-30 (term 2020-01-01–2025-12-31), ahead of the linear pace.');
    expect(byClass(en, 'tick').map((t) => t.text)).toEqual(['1,549.5', '0', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(byClass(en, 'legend').map((t) => t.text)).toEqual(['Cumulative', 'Linear pace']);
    expect(byClass(en, 'projection')).toHaveLength(0);
  });

  it('decides ahead of / behind / on the pace exactly, with a tolerance of 0', () => {
    // 2020-01-01..2020-12-31 is 366 days; as of 2020-07-01 (day 183), pace is exactly half
    const base = { start: '2020-01-01', end: '2020-12-31', target: 366 };
    const desc = (cumulative: number) => parseXml(termProgressChart({ ...base, points: [{ date: '2020-07-01', cumulative }] }, { locale: 'en', tolerancePercent: 0 })).children[1]?.text;
    expect(desc(183)).toContain('exactly on the linear pace');
    expect(desc(182)).toContain('behind the linear pace');
    expect(desc(184)).toContain('ahead of the linear pace');
  });

  it('uses the pace rule and the default 5% tolerance of termProgress', () => {
    // VSIP with 62 instead of 72 as of the report date: expected 80 × 1659/2192 = 60.55, 62 within 5%
    const input = { start: '2020-01-01', end: '2025-12-31', target: 80, points: [{ date: '2024-07-16', cumulative: 62 }] };
    const desc = (options: TermProgressChartOptions, cumulative = 62) =>
      parseXml(termProgressChart({ ...input, points: [{ date: '2024-07-16', cumulative }] }, { locale: 'en', ...options })).children[1]?.text;
    const pace = (cumulative: number, tolerancePercent?: number) =>
      termProgress({ term: 'nhiệm kỳ 2020-2025', asOf: '2024-07-16', target: 80, cumulative }, tolerancePercent === undefined ? {} : { tolerancePercent }).targets[0]!.pace;
    expect(pace(62)).toBe('on-track');
    expect(desc({})).toBe('Cumulative 62/80 as of 2024-07-16 (term 2020-01-01–2025-12-31), on the linear pace (within ±5%).');
    expect(parseXml(termProgressChart(input)).children[1]?.text).toContain('đúng tiến độ đều (trong khoảng ±5%)');
    // the band's ends: 57.52 and 63.57
    for (const [c, side] of [[57, 'behind'], [58, 'on-track'], [63, 'on-track'], [64, 'ahead']] as const) {
      expect(pace(c)).toBe(side);
      expect(desc({}, c)).toContain(side === 'on-track' ? 'on the linear pace (within' : `${side} ${side === 'ahead' ? 'of ' : ''}the linear pace`);
    }
    // the same option name and meaning as termProgress
    expect(pace(62, 2)).toBe('ahead');
    expect(desc({ tolerancePercent: 2 })).toContain('ahead of the linear pace');
    expect(desc({ tolerancePercent: '2.5' })).toContain('on the linear pace (within ±2.5%)');
    expect(parseXml(termProgressChart(input, { tolerancePercent: '2.5' })).children[1]?.text).toContain('(trong khoảng ±2,5%)');
  });

  it('draws with no points yet and a one-day term', () => {
    const empty = parseXml(termProgressChart({ ...term, points: [], projection: undefined }));
    expect(byClass(empty, 'point')).toHaveLength(0);
    expect(empty.children[1]?.text).toBe('Chưa có số liệu lũy kế trong nhiệm kỳ 1/1/2020–31/12/2025; chỉ tiêu 80.');
    const day = termProgressChart({ start: '2024-05-01', end: '2024-05-01', target: 0, points: [{ date: '2024-05-01', cumulative: 0 }] });
    expect(day).not.toMatch(/NaN|Infinity/);
    parseXml(day);
  });

  it('draws figures too large for a double', () => {
    const big = termProgressChart({ ...term, target: `8${'0'.repeat(398)}`, points: [{ date: '2024-12-31', cumulative: `7${'0'.repeat(398)}` }], projection: undefined });
    expect(big).not.toMatch(/NaN|Infinity/);
    const r = parseXml(big);
    expect(num(one(r, 'point'), 'cy')).toBeGreaterThan(num(one(r, 'target'), 'y1'));
  });

  it('rounds coordinates to 2 decimals', () => {
    for (const e of all(root)) {
      for (const k of ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy']) {
        if (e.attrs[k] !== undefined) expect(e.attrs[k]).toMatch(/^-?\d+(\.\d{1,2})?$/);
      }
    }
    expect(one(root, 'cumulative').attrs.points).toMatch(/^(-?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})? ?)+$/);
  });

  it('does not depend on the time zone', () => {
    // dates are calendar arithmetic: the output is the same string whatever TZ the process runs in
    expect(svg).toBe(termProgressChart(structuredClone(term), { unit: 'đảng viên' }));
  });

  it('leaves its input as it was', () => {
    const input = structuredClone(term);
    termProgressChart(input);
    expect(input).toEqual(term);
    expect(input.points[0]?.date).toBe('2023-12-31');
  });

  it('rejects bad input with the typed error', () => {
    expect(codeOf(() => termProgressChart({ ...term, start: '2020-02-30' }))).toEqual({ code: 'invalid_date', path: ['start'] });
    expect(codeOf(() => termProgressChart({ ...term, end: '31/12/2025' }))).toEqual({ code: 'invalid_date', path: ['end'] });
    expect(codeOf(() => termProgressChart({ ...term, end: '2019-12-31' }))).toEqual({ code: 'date_order', path: ['end'] });
    expect(codeOf(() => termProgressChart({ ...term, target: -80 }))).toEqual({ code: 'negative', path: ['target'] });
    expect(codeOf(() => termProgressChart({ ...term, target: Number.NaN }))).toEqual({ code: 'not_finite', path: ['target'] });
    expect(codeOf(() => termProgressChart({ ...term, target: '80,5' }))).toEqual({ code: 'malformed_number', path: ['target'] });
    expect(codeOf(() => termProgressChart({ ...term, points: [{ date: '2026-01-01', cumulative: 1 }] }))).toEqual({ code: 'out_of_range', path: ['points', 0, 'date'] });
    expect(codeOf(() => termProgressChart({ ...term, points: [{ date: '2021-01-01', cumulative: -1 }] }))).toEqual({ code: 'negative', path: ['points', 0, 'cumulative'] });
    expect(codeOf(() => termProgressChart({ ...term, points: [{ date: '2021-01-01' }] } as never))).toEqual({ code: 'missing', path: ['points', 0, 'cumulative'] });
    expect(codeOf(() => termProgressChart({ ...term, points: [{ date: '2021-01-01', cumulative: 1, note: 'x' }] } as never))).toEqual({ code: 'unknown_key', path: ['points', 0, 'note'] });
    expect(codeOf(() => termProgressChart({ ...term, points: 'many' } as never))).toEqual({ code: 'invalid_type', path: ['points'] });
    expect(codeOf(() => termProgressChart({ ...term, points: Array.from({ length: 10_001 }, () => ({ date: '2021-01-01', cumulative: 1 })) }))).toEqual({ code: 'too_long', path: ['points'] });
    expect(codeOf(() => termProgressChart({ ...term, projection: { date: '2030-01-01', cumulative: 1 } }))).toEqual({ code: 'out_of_range', path: ['projection', 'date'] });
    expect(codeOf(() => termProgressChart(JSON.parse('{"start":"2020-01-01","end":"2020-12-31","target":1,"points":[],"__proto__":{"x":1}}')))).toEqual({ code: 'unknown_key', path: ['__proto__'] });
    expect(codeOf(() => termProgressChart(null as never))).toEqual({ code: 'invalid_type', path: [] });
    expect(codeOf(() => termProgressChart({ start: '2020-01-01' } as never))).toEqual({ code: 'missing', path: ['end'] });
    expect(codeOf(() => termProgressChart(term, { width: 5000 }))).toEqual({ code: 'out_of_range', path: ['options', 'width'] });
    expect(codeOf(() => termProgressChart(term, { unit: ['x'] as never }))).toEqual({ code: 'invalid_type', path: ['options', 'unit'] });
    expect(codeOf(() => termProgressChart(term, { tolerancePercent: -1 }))).toEqual({ code: 'out_of_range', path: ['options', 'tolerancePercent'] });
    expect(codeOf(() => termProgressChart(term, { tolerancePercent: Number.NaN }))).toEqual({ code: 'not_finite', path: ['options', 'tolerancePercent'] });
  });
});
