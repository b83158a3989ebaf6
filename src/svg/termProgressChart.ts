import type { ExactNumber } from '../core/_exact.js';
import { localize } from '../core/_format.js';
import type { Locale } from '../core/index.js';
import type { NumberInput } from '../attainment/index.js';
import { COLORS, drawable, esc, painter, idFrom, open, px } from './_svg.js';
import type { ChartOptions } from './types.js';
import { dayNumber } from '../core/_calendar.js';
import { DEFAULT_TOLERANCE_PERCENT, linearExpected, paceOf } from '../period/_pace.js';
import { fromExact } from '../period/_rational.js';
import type { Pace } from '../period/index.js';
import { termDescriptionEn, termWordsEn } from './messages/en.js';
import { termDescriptionVi, termWordsVi } from './messages/vi.js';
import { inputSchema, optionsSchema, type Parsed, type Point } from './_termProgressInput.js';
import { parseWith } from './_errors.js';

/**
 * One cumulative figure (lũy kế) as of the end of a date.
 *
 * @category Pictures
 */
export interface CumulativePoint {
  /** The date, `YYYY-MM-DD`, inside the term. */
  readonly date: string;
  /** The cumulative figure as of the end of that date: a non-negative number or decimal string. */
  readonly cumulative: NumberInput;
}

/**
 * Input of {@link termProgressChart}: plain data, so any source can draw (a term-progress computation,
 * a spreadsheet, a report's figures).
 *
 * @category Pictures
 */
export interface TermProgressChartInput {
  /** First day of the term, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of the term, `YYYY-MM-DD`, inclusive. */
  readonly end: string;
  /** The term target (chỉ tiêu cả nhiệm kỳ): a non-negative number or decimal string. */
  readonly target: NumberInput;
  /** Cumulative figures to date, in any order (they are drawn by date); at most 10,000. */
  readonly points: readonly CumulativePoint[];
  /** Where the cumulative is projected to be at a date, usually the term's end; drawn dashed from the last point. */
  readonly projection?: CumulativePoint;
}

/**
 * Options of {@link termProgressChart}.
 *
 * @category Pictures
 */
export interface TermProgressChartOptions extends ChartOptions {
  /** What is counted, for the description: `'đảng viên'`, or `{ vi, en }`. */
  readonly unit?: string | { readonly vi: string; readonly en: string };
  /**
   * How far from the linear pace the last figure may be and still count as on it, in percent of the
   * figure the pace gives for its date: the same rule and default (5) as `termProgress`'s option.
   */
  readonly tolerancePercent?: NumberInput;
}

const WORDS = { vi: termWordsVi, en: termWordsEn } as const;
const DESCRIPTION = { vi: termDescriptionVi, en: termDescriptionEn } as const;

/**
 * Where a cumulative stands against the linear pace at the end of its date, by termProgress's own
 * rule: the pace figure is target × elapsed days ÷ term days, and within ± tolerance of it is on it.
 */
function paceAt(p: Point, t: Parsed, tolerance: ExactNumber): Pace {
  const expected = linearExpected(fromExact(t.target), p.day - t.startDay + 1, t.endDay - t.startDay + 1);
  return paceOf(fromExact(p.value), expected, tolerance, false).pace;
}

function description(t: Parsed, locale: Locale, unit: string | null, tolerance: ExactNumber): string {
  const last = t.points[t.points.length - 1];
  return DESCRIPTION[locale]({
    start: t.start,
    end: t.end,
    target: t.target.text,
    unit,
    last: last === undefined ? null : { date: last.date, value: last.value.text, pace: paceAt(last, t, tolerance), tolerance: tolerance.text },
    projection: t.projection === undefined ? null : { date: t.projection.date, value: t.projection.value.text },
  });
}

/**
 * A chart of progress over a term (nhiệm kỳ): the cumulative figures (lũy kế) as a line with points, the
 * linear pace from zero at the start to the target at the end, the target as a level, and an optional
 * projection drawn dashed from the last point. Returns an SVG string: no DOM needed. Accessible
 * (`role="img"`, `<title>`, and a `<desc>` that says whether the last figure is ahead of, on or behind
 * the pace, decided exactly by the rule of `termProgress`: within ± `tolerancePercent` % of the pace
 * figure for its date, 5% by default, is on it); figures in labels are the exact inputs in the
 * locale's notation.
 *
 * @param input - `start` and `end` of the term (`YYYY-MM-DD`, end inclusive), `target`, `points`
 *   (`{ date, cumulative }`, each as of the end of its date) and an optional `projection`
 * @param options - `locale` (default `'vi'`), `width` (default 480), `height` (default 260), `title`, `unit`, `id`,
 *   `tolerancePercent` (0–100, default 5)
 * @returns the SVG markup, starting with `<svg`
 * @throws {ChiTieuError} `invalid_date` for a date that is not a real `YYYY-MM-DD` date, `date_order`
 *   when the end is before the start, `out_of_range` for a point outside the term, `negative`,
 *   `not_finite`, `malformed_number` for bad figures, `too_long` beyond 10,000 points, `unknown_key`;
 *   `out_of_range` for a `tolerancePercent` outside 0–100
 * @example
 * ```ts
 * import { termProgressChart } from 'chitieu/svg';
 * const svg = termProgressChart({
 *   start: '2020-01-01', end: '2025-12-31', target: 80,
 *   points: [{ date: '2021-12-31', cumulative: 20 }, { date: '2023-12-31', cumulative: 44 }, { date: '2024-12-31', cumulative: 72 }],
 *   projection: { date: '2025-12-31', cumulative: 86 },
 * }, { unit: 'đảng viên' });
 * svg.match(/<desc[^>]*>([^<]*)</)?.[1];
 * //=> 'Lũy kế 72/80 đảng viên đến 31/12/2024 (nhiệm kỳ 1/1/2020–31/12/2025), vượt tiến độ đều. Dự báo 86 vào 31/12/2025.'
 * (svg.match(/<circle /g) ?? []).length;
 * //=> 4
 * ```
 * @category Pictures
 */
export function termProgressChart(input: TermProgressChartInput, options: TermProgressChartOptions = {}): string {
  const o = parseWith(optionsSchema, options, ['options']);
  const t = parseWith(inputSchema, input);
  const locale: Locale = o.locale ?? 'vi';
  const w = WORDS[locale];
  const width = o.width ?? 480;
  const height = o.height ?? 260;
  const title = o.title ?? w.title;
  const desc = description(t, locale, o.unit === undefined ? null : o.unit[locale], o.tolerancePercent ?? DEFAULT_TOLERANCE_PERCENT);
  const id = o.id ?? idFrom(`term|${title}|${desc}`);
  const n = (x: ExactNumber) => localize(x.text, locale);

  // Plot area; a point dated d stands at the end of day d, so the term spans [start, end + 1).
  const x0 = 44;
  const x1 = width - 16;
  const y0 = 52;
  const y1 = height - 30;
  const d0 = t.startDay;
  const d1 = t.endDay + 1;
  // Positions only: figures as numbers, scaled together when they are too large for a double.
  const drawn = [...t.points, ...(t.projection ? [t.projection] : [])];
  const [targetN = 0, ...values] = drawable([t.target.text, ...drawn.map((p) => p.value.text)]);
  const valueOf = new Map(drawn.map((p, i) => [p, values[i] ?? 0]));
  const top = Math.max(targetN, ...values);
  const ymax = top > 0 ? top * 1.12 : 1;
  const x = (day: number) => x0 + ((day - d0) / (d1 - d0)) * (x1 - x0);
  const y = (v: number) => y1 - (v / ymax) * (y1 - y0);
  const at = (p: Point) => ({ cx: x(p.day + 1), cy: y(valueOf.get(p) ?? 0) });

  const { draw, prelude } = painter(o);
  const parts: string[] = [open(id, width, height, title, desc, 'term-progress'), prelude(width, height)];
  parts.push(draw('text', { class: 'heading', x: 8, y: 18, fill: COLORS.ink, 'font-weight': '600' }, esc(title)));

  // Legend on its own line under the heading, so a long title never runs into it.
  const legend: [string, string, string | undefined][] = [[w.cumulative, COLORS.exceeded, undefined], [w.pace, COLORS.pace, '4 3']];
  if (t.projection) legend.push([w.projection, COLORS.exceeded, '2 3']);
  let lx = 8;
  for (const [label, color, dash] of legend) {
    parts.push(draw('line', { class: 'legend-key', x1: lx, y1: 30, x2: lx + 18, y2: 30, stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash }));
    parts.push(draw('text', { class: 'legend', x: lx + 22, y: 34, fill: COLORS.muted, 'font-size': '11' }, esc(label)));
    lx += 22 + label.length * 6.5 + 16;
  }

  // Axes, the target level and the year boundaries.
  parts.push(draw('line', { class: 'axis', x1: x0, y1: y1, x2: x1, y2: y1, stroke: COLORS.muted }));
  parts.push(draw('line', { class: 'axis', x1: x0, y1: y0 - 6, x2: x0, y2: y1, stroke: COLORS.muted }));
  const ty = y(targetN);
  parts.push(draw('line', { class: 'target', x1: x0, y1: ty, x2: x1, y2: ty, stroke: COLORS.met, 'stroke-dasharray': '1 3', 'stroke-width': 1.5 }));
  parts.push(draw('text', { class: 'tick', x: x0 - 4, y: ty + 4, 'text-anchor': 'end', fill: COLORS.met, 'font-size': '11' }, esc(n(t.target))));
  parts.push(draw('text', { class: 'tick', x: x0 - 4, y: y1 + 4, 'text-anchor': 'end', fill: COLORS.muted, 'font-size': '11' }, '0'));
  // The date axis: a tick at each 1 January inside the term and each year written once, at the middle of
  // its part of the term, so the axis never mixes full dates with years (the exact start and end dates
  // are in the description). A year too narrow to hold its label keeps its ticks and goes unlabelled.
  const startYear = Number(t.start.slice(0, 4));
  const endYear = Number(t.end.slice(0, 4));
  if (endYear - startYear < 40) {
    for (let year = startYear; year <= endYear; year++) {
      const from = Math.max(d0, dayNumber(year, 1, 1));
      const to = Math.min(d1, dayNumber(year + 1, 1, 1));
      if (year > startYear) parts.push(draw('line', { class: 'year', x1: x(from), y1: y1, x2: x(from), y2: y1 + 4, stroke: COLORS.muted }));
      if (x(to) - x(from) >= 30) {
        parts.push(draw('text', { class: 'tick year', x: (x(from) + x(to)) / 2, y: y1 + 16, 'text-anchor': 'middle', fill: COLORS.muted, 'font-size': '11' }, String(year)));
      }
    }
  }

  // Linear pace: nothing at the start, the whole target at the end of the last day.
  parts.push(draw('line', { class: 'pace', x1: x(d0), y1: y(0), x2: x(d1), y2: ty, stroke: COLORS.pace, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }));

  const last = t.points[t.points.length - 1];
  if (t.projection !== undefined) {
    const from = last === undefined ? { cx: x(d0), cy: y(0) } : at(last);
    const to = at(t.projection);
    parts.push(draw('line', { class: 'projection', x1: from.cx, y1: from.cy, x2: to.cx, y2: to.cy, stroke: COLORS.exceeded, 'stroke-width': 2, 'stroke-dasharray': '2 3' }));
    parts.push(draw('circle', { class: 'projection-point', cx: to.cx, cy: to.cy, r: 3.5, fill: COLORS.surface, stroke: COLORS.exceeded, 'stroke-width': 1.5 }));
    parts.push(draw('text', { class: 'label projection-label', x: to.cx - 6, y: to.cy - 8, 'text-anchor': 'end', fill: COLORS.exceeded, 'font-size': '11' }, esc(n(t.projection.value))));
  }
  if (t.points.length > 1) {
    parts.push(draw('polyline', { class: 'cumulative', points: t.points.map((p) => { const c = at(p); return `${px(c.cx)},${px(c.cy)}`; }).join(' '), fill: 'none', stroke: COLORS.exceeded, 'stroke-width': 2 }));
  }
  for (const p of t.points) {
    const c = at(p);
    parts.push(draw('circle', { class: 'point', 'data-date': p.date, cx: c.cx, cy: c.cy, r: 3, fill: COLORS.exceeded }));
  }
  if (last !== undefined) {
    const c = at(last);
    parts.push(draw('text', { class: 'label cumulative-label', x: c.cx - 6, y: c.cy - 8, 'text-anchor': 'end', fill: COLORS.ink, 'font-size': '11', 'font-weight': '600' }, esc(`${n(last.value)}/${n(t.target)}`)));
  }
  parts.push('</svg>');
  return parts.join('');
}
