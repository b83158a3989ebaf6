import * as z from 'zod/mini';
import { localize } from '../core/_format.js';
import { describe, reader, report, roundOptionsShape } from '../core/_schema.js';
import type { Locale, RoundingMode } from '../core/index.js';
import { attainment, describeAttainment } from '../attainment/index.js';
import { reasonSentence } from '../attainment/_reason.js';
import type { AttainmentInput, AttainmentResult, TargetInput } from '../attainment/index.js';
import { COLORS, chartOptionsShape, drawable, esc, painter, idFrom, open, unitSchema } from './_svg.js';
import { BULLET_WORDS, statusWord } from './_status.js';
import type { ChartOptions } from './types.js';
import { parseWith } from './_errors.js';

/**
 * Options of {@link bulletChart}.
 *
 * @category Pictures
 */
export interface BulletChartOptions extends ChartOptions {
  /** What is counted, for the description: `'đảng viên'`, or `{ vi, en }`. */
  readonly unit?: string | { readonly vi: string; readonly en: string };
  /** When the input is plain figures: decimals of the percent shown, 0 to 10. Default 2. */
  readonly decimals?: number;
  /** When the input is plain figures: the rounding of the percent shown. Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

const optionsSchema = z.strictObject({ ...chartOptionsShape, ...roundOptionsShape, unit: z.optional(unitSchema) });

// A result is redrawn from what it says it was computed from, so a chart can never show figures the
// result does not imply (and a hand-made object with broken figures is caught by attainment's checks).
const resultTarget = reader((v, ctx): TargetInput => {
  const t = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const get = (k: string): unknown => (Object.hasOwn(t, k) ? t[k] : undefined);
  const form = get('form');
  const value = get('value');
  const min = get('min');
  const max = get('max');
  if ((form === 'reach' || form === 'at-least' || form === 'at-most') && typeof value === 'string') {
    return form === 'reach' ? value : form === 'at-least' ? { atLeast: value } : { atMost: value };
  }
  if (form === 'range' && typeof min === 'string' && typeof max === 'string') return { min, max };
  return report(ctx, 'invalid_type', {
    expected: 'result-target',
    ...describe(v),
  });
});

const resultShape = z.object({
  kind: z.enum(['count', 'rate']),
  achieved: z.string(),
  target: resultTarget,
  status: z.enum(['not-met', 'met', 'exceeded']),
  decimals: z.number(),
  rounding: z.string(),
});

/** Either a result of attainment() (it has a `status`) or the plain figures to compute one. */
function toResult(input: unknown, o: { decimals?: number; rounding?: RoundingMode }): AttainmentResult {
  if (input !== null && typeof input === 'object' && Object.hasOwn(input, 'status')) {
    const r = parseWith(resultShape, input);
    return attainment({ achieved: r.achieved, target: r.target as TargetInput, kind: r.kind }, { decimals: r.decimals, rounding: r.rounding as RoundingMode });
  }
  return attainment(input as AttainmentInput, { decimals: o.decimals ?? 2, rounding: o.rounding ?? 'half-up' });
}

/**
 * A bullet chart of an attainment: the achieved figure as a bar (coloured by status) against the target
 * as a marker, a range target (`{ min, max }`) as a band, and a limit (`{ atMost }`) as a marker with the
 * zone beyond it shaded, since there lower is better. Returns an SVG string: no DOM, so it works in Node,
 * workers and any front-end framework. The SVG is accessible (`role="img"`, `<title>` and `<desc>` with
 * the report sentence), and every figure in it is printed from the result's exact strings in the chosen
 * locale; only positions are computed in floating point.
 *
 * @param input - a result of {@link attainment}, or the plain figures `{ achieved, target, kind? }` to compute one
 * @param options - `locale` (default `'vi'`), `width` (default 360), `height` (default 88), `title`,
 *   `unit`, `id`, and for plain figures `decimals` and `rounding`
 * @returns the SVG markup, starting with `<svg`
 * @throws {ChiTieuError} as {@link attainment} for bad figures; `out_of_range` for a size outside its
 *   limits; `invalid_value`, `invalid_type` or `unknown_key` for other bad options
 * @example
 * ```ts
 * import { attainment } from 'chitieu';
 * import { bulletChart } from 'chitieu/svg';
 * const svg = bulletChart(attainment({ achieved: 103, target: 80 }), { unit: 'đảng viên' });
 * svg.startsWith('<svg');
 * //=> true
 * svg.match(/<desc[^>]*>([^<]*)</)?.[1];
 * //=> '103/80 đảng viên, đạt 128,75%, vượt 28,75% chỉ tiêu. 103 vượt chỉ tiêu 80 là 23.'
 * bulletChart({ achieved: 6, target: { min: 5, max: 7 } }, { locale: 'en' }).includes('class="target-band"');
 * //=> true
 * ```
 * @category Pictures
 */
export function bulletChart(input: AttainmentResult | AttainmentInput, options: BulletChartOptions = {}): string {
  const o = parseWith(optionsSchema, options, ['options']);
  const r = toResult(input, o);
  const locale: Locale = o.locale ?? 'vi';
  const width = o.width ?? 360;
  const height = o.height ?? 88;
  const unit = o.unit?.[locale];
  const title = o.title ?? BULLET_WORDS[locale].title;
  const desc = `${describeAttainment(r, unit === undefined ? { locale } : { locale, unit })}. ${reasonSentence(r.reason, locale)}`;
  const id = o.id ?? idFrom(`bullet|${title}|${desc}`);

  const rate = r.kind === 'rate';
  const fig = (plain: string) => localize(plain, locale) + (rate ? '%' : '');
  const t = r.target;
  // Positions only: figures as numbers, scaled together when they are too large for a double.
  const [achieved = 0, low = 0, high = 0] = drawable([r.achieved, t.form === 'range' ? t.min : t.value, t.form === 'range' ? t.max : t.value]);
  const top = Math.max(achieved, high);
  // Room beyond the larger figure so the marker or the bar end is never on the edge; rates keep 100%.
  const domain = rate ? Math.max(100, top * 1.05) : top > 0 ? top * 1.12 : 1;
  const left = 8;
  const right = width - 8;
  const x = (v: number) => left + (Math.min(v, domain) / domain) * (right - left);

  // Three rows: the title, the figures, then the track with its ticks, so a long title never runs
  // into the figures.
  const trackY = height * 0.46;
  const trackH = height * 0.24;
  const barH = trackH * 0.4;
  const barY = trackY + (trackH - barH) / 2;
  const tickY = height - 6;
  const color = COLORS[r.status];

  const { draw, prelude } = painter(o);
  const parts: string[] = [open(id, width, height, title, desc, 'bullet'), prelude(width, height)];
  parts.push(draw('text', { class: 'heading', x: left, y: height * 0.17, fill: COLORS.ink, 'font-weight': '600' }, esc(title)));
  let value = fig(r.achieved);
  if ((t.form === 'reach' || t.form === 'at-least') && r.percent !== null && !rate) value += ` · ${localize(r.percent, locale)}%`;
  value += ` · ${statusWord(r, locale)}`;
  parts.push(draw('text', { class: 'value', x: left, y: height * 0.37, fill: color, 'font-weight': '600' }, esc(value)));
  parts.push(draw('rect', { class: 'track', x: left, y: trackY, width: right - left, height: trackH, fill: COLORS.track }));

  const ticks: { at: number; text: string }[] = [{ at: left, text: '0' }];
  if (t.form === 'range') {
    const x0 = x(low);
    const x1 = x(high);
    parts.push(draw('rect', { class: 'target-band', x: x0, y: trackY, width: Math.max(x1 - x0, 1), height: trackH, fill: COLORS.band }));
    if (x1 - x0 < 40) ticks.push({ at: (x0 + x1) / 2, text: `${fig(t.min)}–${fig(t.max)}` });
    else ticks.push({ at: x0, text: fig(t.min) }, { at: x1, text: fig(t.max) });
  } else if (t.form === 'at-most') {
    const xl = x(high);
    parts.push(draw('rect', { class: 'over-limit', x: xl, y: trackY, width: right - xl, height: trackH, fill: COLORS.overLimit }));
    ticks.push({ at: xl, text: `≤ ${fig(t.value)}` });
  } else {
    ticks.push({ at: x(high), text: t.form === 'at-least' ? `≥ ${fig(t.value)}` : fig(t.value) });
  }
  parts.push(draw('rect', { class: 'achieved', 'data-status': r.status, x: left, y: barY, width: Math.max(x(achieved) - left, 0), height: barH, fill: color }));
  if (t.form !== 'range') {
    const xt = x(high);
    parts.push(draw('line', { class: t.form === 'at-most' ? 'limit' : 'target', x1: xt, y1: trackY - 3, x2: xt, y2: trackY + trackH + 3, stroke: COLORS.ink, 'stroke-width': 2 }));
  }
  for (const tick of ticks) {
    // Keep labels inside the picture: anchored at the start near the left edge, at the end near the right.
    const anchor = tick.at - left < 12 ? 'start' : right - tick.at < 24 ? 'end' : 'middle';
    parts.push(draw('text', { class: 'tick', x: tick.at, y: tickY, 'text-anchor': anchor, fill: COLORS.muted, 'font-size': '11' }, esc(tick.text)));
  }
  parts.push('</svg>');
  return parts.join('');
}
