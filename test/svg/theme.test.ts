import { describe, expect, it } from 'vitest';
import { attainment, ChiTieuError } from 'chitieu';
import { bulletChart, termProgressChart } from 'chitieu/svg';
import { all, byClass, parseXml } from './_xml.js';

const result = attainment({ achieved: 103, target: 80 });
const term = { start: '2020-01-01', end: '2025-12-31', target: 80, points: [{ date: '2024-07-16', cumulative: 62 }] };
const fills = (svg: string) => all(parseXml(svg)).map((e) => e.attrs.fill).filter((f): f is string => f !== undefined && f !== 'none');

describe('chart themes and colours', () => {
  it('light (the default) draws dark ink on a transparent chart', () => {
    const root = parseXml(bulletChart(result));
    expect(byClass(root, 'background')).toEqual([]);
    expect(byClass(root, 'heading')[0]?.attrs.fill).toBe('#263238');
  });

  it('dark draws light ink on its own background, for both charts', () => {
    for (const svg of [bulletChart(result, { theme: 'dark' }), termProgressChart(term, { theme: 'dark' })]) {
      const root = parseXml(svg);
      expect(byClass(root, 'background')[0]?.attrs.fill).toBe('#1e1f22');
      expect(byClass(root, 'heading')[0]?.attrs.fill).toBe('#eceff1');
      expect(fills(svg)).not.toContain('#263238');
    }
  });

  it('every painted colour can be restyled by a page through --chitieu-* custom properties', () => {
    const root = parseXml(bulletChart(result));
    const achieved = byClass(root, 'achieved')[0];
    expect(achieved?.attrs.style).toBe(`fill:var(--chitieu-exceeded,${achieved?.attrs.fill})`);
    for (const e of all(root)) {
      if (e.attrs.fill !== undefined && e.attrs.fill !== 'none') expect(e.attrs.style, e.attrs.class).toMatch(/fill:var\(--chitieu-[a-z-]+,#[0-9a-f]+\)/);
    }
  });

  it("'auto' follows the reader's colour scheme with a prefers-color-scheme rule", () => {
    const svg = termProgressChart(term, { theme: 'auto' });
    expect(svg).toContain('<style>@media (prefers-color-scheme: dark){.chitieu-chart{--chitieu-not-met:#f2b8b5;');
    parseXml(svg);
  });

  it('takes colours by role, and a background on request', () => {
    const root = parseXml(bulletChart(result, { colors: { exceeded: '#123456' }, background: true }));
    expect(byClass(root, 'achieved')[0]?.attrs.fill).toBe('#123456');
    expect(byClass(root, 'background')[0]?.attrs.fill).toBe('#ffffff');
  });

  it('refuses colours that are not hex, unknown roles and unknown themes', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        if (e instanceof ChiTieuError) return [e.code, e.path];
        throw e;
      }
      return null;
    };
    expect(codeOf(() => bulletChart(result, { colors: { ink: 'red;}</style><script>' } }))).toEqual(['invalid_value', ['options', 'colors', 'ink']]);
    expect(codeOf(() => bulletChart(result, { colors: { paper: '#fff' } as never }))?.[1]).toEqual(['options', 'colors', 'paper']);
    expect(codeOf(() => bulletChart(result, { theme: 'sepia' as never }))?.[1]).toEqual(['options', 'theme']);
    expect(codeOf(() => termProgressChart(term, { background: 'yes' as never }))?.[1]).toEqual(['options', 'background']);
  });

  it('writes the date axis in years only, each year once', () => {
    const ticks = byClass(parseXml(termProgressChart(term)), 'year').filter((e) => e.name === 'text').map((e) => e.text);
    expect(ticks).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    const half = byClass(parseXml(termProgressChart({ ...term, start: '2020-07-15', end: '2025-06-30' })), 'year').filter((e) => e.name === 'text').map((e) => e.text);
    expect(half).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
  });
});
