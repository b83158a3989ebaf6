import { describe, expect, it } from 'vitest';
import { attainment, ChiTieuError } from 'chitieu';
import { bulletChart } from 'chitieu/svg';
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

describe('bulletChart', () => {
  const svg = bulletChart(attainment({ achieved: 103, target: 80 }), { unit: 'đảng viên' });
  const root = parseXml(svg);

  it('is a well-formed, accessible SVG', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.role).toBe('img');
    expect(root.attrs.viewBox).toBe('0 0 360 88');
    const [title, desc] = root.children;
    expect(title?.name).toBe('title');
    expect(desc?.name).toBe('desc');
    expect(root.attrs['aria-labelledby']).toBe(`${title?.attrs.id} ${desc?.attrs.id}`);
    expect(title?.text).toBe('Kết quả so với chỉ tiêu');
    expect(desc?.text).toBe('103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu. 103 vượt chỉ tiêu 80 là 23.');
  });

  it('prints figures from the exact strings, in the locale', () => {
    expect(one(root, 'value').text).toBe('103 · 128,75% · vượt');
    expect(byClass(root, 'tick').map((t) => t.text)).toEqual(['0', '80']);
    const en = parseXml(bulletChart({ achieved: 103, target: 80 }, { locale: 'en' }));
    expect(one(en, 'value').text).toBe('103 · 128.75% · exceeded');
    expect(en.children[0]?.text).toBe('Result against target');
    // 16/15 at 1 decimal: half-up gives 106,7, down gives 106,6
    expect(one(parseXml(bulletChart({ achieved: 16, target: 15 }, { decimals: 1 })), 'value').text).toBe('16 · 106,7% · vượt');
    expect(one(parseXml(bulletChart({ achieved: 16, target: 15 }, { decimals: 1, rounding: 'down' })), 'value').text).toBe('16 · 106,6% · vượt');
    const big = parseXml(bulletChart({ achieved: '1234567890123456789', target: '1000000000000000000' }));
    expect(one(big, 'value').text).toBe('1.234.567.890.123.456.789 · 123,46% · vượt');
  });

  it('draws the bar and the target marker to scale', () => {
    const bar = one(root, 'achieved');
    const target = one(root, 'target');
    expect(bar.attrs['data-status']).toBe('exceeded');
    const left = num(bar, 'x');
    const ratio = (num(target, 'x1') - left) / num(bar, 'width');
    expect(ratio).toBeCloseTo(80 / 103, 2);
    expect(num(bar, 'x') + num(bar, 'width')).toBeLessThan(352);
  });

  it('draws a range target as a band, with its edges labelled', () => {
    const r = parseXml(bulletChart({ achieved: 4, target: { min: 50, max: 100 } }, { locale: 'en' }));
    const band = one(r, 'target-band');
    expect(byClass(r, 'target')).toHaveLength(0);
    expect(num(band, 'width')).toBeGreaterThan(0);
    expect(byClass(r, 'tick').map((t) => t.text)).toEqual(['0', '50', '100']);
    expect(one(r, 'value').text).toBe('4 · below the range');
    expect(one(r, 'achieved').attrs['data-status']).toBe('not-met');
    const narrow = parseXml(bulletChart({ achieved: 51, target: { min: 50, max: 52 } }));
    expect(byClass(narrow, 'tick').map((t) => t.text)).toEqual(['0', '50–52']);
    expect(one(narrow, 'value').text).toBe('51 · trong khoảng');
  });

  it('draws an at-most target as a limit with the zone beyond it shaded', () => {
    const r = parseXml(bulletChart({ achieved: 2, target: { atMost: 4 } }));
    const limit = one(r, 'limit');
    const zone = one(r, 'over-limit');
    expect(num(zone, 'x')).toBe(num(limit, 'x1'));
    expect(one(r, 'value').text).toBe('2 · dưới mức tối đa');
    expect(byClass(r, 'tick').map((t) => t.text)).toEqual(['0', '≤ 4']);
    const over = parseXml(bulletChart({ achieved: 5, target: { atMost: 4 } }, { locale: 'en' }));
    expect(one(over, 'value').text).toBe('5 · over the limit');
    expect(one(over, 'achieved').attrs['data-status']).toBe('not-met');
  });

  it('writes rates with % and keeps the 0–100 scale', () => {
    const r = parseXml(bulletChart({ achieved: '97.5', target: '93', kind: 'rate' }));
    expect(one(r, 'value').text).toBe('97,5% · vượt');
    expect(byClass(r, 'tick').map((t) => t.text)).toEqual(['0', '93%']);
  });

  it('draws figures too large for a double', () => {
    const s = bulletChart({ achieved: '9'.repeat(399), target: `1${'0'.repeat(398)}` });
    expect(s).not.toMatch(/NaN|Infinity/);
    const r = parseXml(s);
    expect(num(one(r, 'achieved'), 'width')).toBeGreaterThan(num(one(r, 'target'), 'x1') - 8);
    expect(one(r, 'value').text).toMatch(/^(999\.){132}999 · 1\.000% · vượt$/);
  });

  it('copes with zero figures', () => {
    const r = parseXml(bulletChart({ achieved: 0, target: 0 }));
    expect(one(r, 'value').text).toBe('0 · đạt');
    expect(bulletChart({ achieved: 0, target: { atMost: 0 } })).not.toContain('NaN');
  });

  it('draws a result exactly as the figures it was computed from', () => {
    const r = attainment({ achieved: 16, target: 15 }, { decimals: 1, rounding: 'down' });
    expect(bulletChart(r)).toBe(bulletChart({ achieved: 16, target: 15 }, { decimals: 1, rounding: 'down' }));
    expect(bulletChart(JSON.parse(JSON.stringify(r)))).toBe(bulletChart(r));
  });

  it('rounds coordinates to 2 decimals and never prints NaN', () => {
    for (const s of [svg, bulletChart({ achieved: 1, target: 3 }), bulletChart({ achieved: 7, target: { min: 1, max: 3 } })]) {
      expect(s).not.toMatch(/NaN|Infinity|undefined/);
      for (const e of all(parseXml(s))) {
        for (const k of ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height']) {
          if (e.attrs[k] !== undefined) expect(e.attrs[k]).toMatch(/^-?\d+(\.\d{1,2})?$/);
        }
      }
    }
  });

  it('escapes text', () => {
    const title = `<script>alert("x")</script> & 'q'`;
    const s = bulletChart({ achieved: 1, target: 2 }, { title, unit: '<b>' });
    expect(s).not.toContain('<script>');
    expect(s).not.toContain('<b>');
    const r = parseXml(s);
    expect(r.children[0]?.text).toBe(title);
    expect(r.children[1]?.text).toContain('<b>');
    expect(all(r).map((e) => e.name)).not.toContain('script');
  });

  it('gives different charts different ids, and takes an id', () => {
    const a = parseXml(bulletChart({ achieved: 1, target: 2 }));
    const b = parseXml(bulletChart({ achieved: 2, target: 2 }));
    expect(a.children[0]?.attrs.id).not.toBe(b.children[0]?.attrs.id);
    const c = parseXml(bulletChart({ achieved: 1, target: 2 }, { id: 'unit-7' }));
    expect(c.children[0]?.attrs.id).toBe('unit-7-title');
    expect(c.attrs['aria-labelledby']).toBe('unit-7-title unit-7-desc');
  });

  it('takes a width and height', () => {
    const r = parseXml(bulletChart({ achieved: 1, target: 2 }, { width: 200, height: 50 }));
    expect([r.attrs.width, r.attrs.height, r.attrs.viewBox]).toEqual(['200', '50', '0 0 200 50']);
  });

  it('does not touch its input', () => {
    const input = Object.freeze({ achieved: 3, target: Object.freeze({ min: 1, max: 5 }) });
    expect(() => bulletChart(input)).not.toThrow();
  });

  it('rejects bad figures and options with the typed error', () => {
    expect(codeOf(() => bulletChart({ achieved: -1, target: 80 }))).toEqual({ code: 'negative', path: ['achieved'] });
    expect(codeOf(() => bulletChart({ achieved: Number.NaN, target: 80 }))).toEqual({ code: 'not_finite', path: ['achieved'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: { min: 7, max: 5 } }))).toEqual({ code: 'range_inverted', path: ['target'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { width: 10 }))).toEqual({ code: 'out_of_range', path: ['options', 'width'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { height: Number.POSITIVE_INFINITY }))).toEqual({ code: 'out_of_range', path: ['options', 'height'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { width: '300' as never }))).toEqual({ code: 'invalid_type', path: ['options', 'width'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { locale: 'fr' as never }))).toEqual({ code: 'invalid_value', path: ['options', 'locale'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { id: '1"><script>' }))).toEqual({ code: 'invalid_value', path: ['options', 'id'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { colour: 'red' } as never))).toEqual({ code: 'unknown_key', path: ['options', 'colour'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { title: 'x'.repeat(501) }))).toEqual({ code: 'too_long', path: ['options', 'title'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { unit: 5 as never }))).toEqual({ code: 'invalid_type', path: ['options', 'unit'] });
    expect(codeOf(() => bulletChart({ achieved: 1, target: 2 }, { rounding: 'nearest' as never }))).toEqual({ code: 'unknown_rounding', path: ['options', 'rounding'] });
    expect(codeOf(() => bulletChart(null as never))).toMatchObject({ code: 'invalid_type' });
  });

  it('rejects a hand-made result whose figures do not hold', () => {
    const r = attainment({ achieved: 103, target: 80 });
    expect(codeOf(() => bulletChart({ ...r, achieved: 'lots' }))).toEqual({ code: 'malformed_number', path: ['achieved'] });
    expect(codeOf(() => bulletChart({ ...r, target: { form: 'reach', value: '-5' } } as never))).toEqual({ code: 'negative', path: ['target'] });
    expect(codeOf(() => bulletChart({ ...r, rounding: 'sideways' } as never))).toEqual({ code: 'unknown_rounding', path: ['options', 'rounding'] });
    expect(codeOf(() => bulletChart({ ...r, target: { form: 'somewhere' } } as never))).toEqual({ code: 'invalid_type', path: ['target'] });
    expect(codeOf(() => bulletChart({ ...r, decimals: undefined } as never))).toEqual({ code: 'missing', path: ['decimals'] });
  });
});
