import * as z from 'zod/mini';
import { describe, reader, report, localeSchema } from '../core/_schema.js';

import type { ChartColorRole } from './types.js';

/** Text for an SVG text node or attribute value: the five XML specials escaped, control characters dropped. */
export function esc(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '"') out += '&quot;';
    else if (c === "'") out += '&#39;';
    // XML 1.0 forbids most C0 controls even when escaped; tabs and newlines are kept.
    else if (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') continue;
    else out += c;
  }
  return out;
}

/**
 * A coordinate for drawing, rounded to 2 decimals. Only positions go through here: every figure a reader
 * sees in a label comes from the exact strings, never from these floats.
 */
export function px(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Non-negative plain decimal figures as numbers, for positions only, all divided by one power of ten
 * when needed so that even 400-digit figures stay finite: a chart needs their ratios, never their size.
 */
export function drawable(texts: readonly string[]): number[] {
  const intLength = (t: string) => (t.includes('.') ? t.indexOf('.') : t.length);
  const shift = Math.max(0, ...texts.map(intLength)) - 300;
  if (shift <= 0) return texts.map(Number);
  return texts.map((t) => {
    const [whole = '0', frac = ''] = t.split('.');
    const padded = whole.padStart(shift + 1, '0');
    return Number(`${padded.slice(0, padded.length - shift)}.${padded.slice(padded.length - shift)}${frac}`);
  });
}

/** An element with attributes in the given order; `undefined` attributes are left out. */
export function el(name: string, attrs: Record<string, string | number | undefined>, children?: string): string {
  let s = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    s += ` ${k}="${esc(typeof v === 'number' ? px(v) : v)}"`;
  }
  return children === undefined ? `${s}/>` : `${s}>${children}</${name}>`;
}

/**
 * A short deterministic id from the chart's text (FNV-1a), so two different charts on one page get
 * different `title`/`desc` ids without any global counter.
 */
export function idFrom(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `chitieu-${h.toString(36)}`;
}

/** The opening of an accessible chart: `role="img"`, named by its `<title>` and described by its `<desc>`. */
export function open(id: string, width: number, height: number, title: string, desc: string, kind: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chitieu-chart chitieu-${kind}" width="${px(width)}" height="${px(height)}"` +
    ` viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc"` +
    ` font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">` +
    `<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(desc)}</desc>`
  );
}

/** The colour roles of every chart, each also a CSS custom property `--chitieu-<role>` (kebab case). */
const COLOR_ROLES = ['notMet', 'met', 'exceeded', 'track', 'band', 'overLimit', 'ink', 'muted', 'pace', 'surface', 'background'] as const satisfies readonly ChartColorRole[];
type ColorRole = ChartColorRole;

/** The two palettes; each keeps at least 4.5:1 contrast for text (ink, muted, status) on its background. */
const THEMES: Readonly<Record<'light' | 'dark', Readonly<Record<ColorRole, string>>>> = {
  light: {
    notMet: '#b3261e', met: '#1e7b34', exceeded: '#0b57d0', track: '#eceff1', band: '#a5d6a7', overLimit: '#f8d7d4',
    ink: '#263238', muted: '#546e7a', pace: '#8d6e63', surface: '#ffffff', background: '#ffffff',
  },
  dark: {
    notMet: '#f2b8b5', met: '#81c995', exceeded: '#a8c7fa', track: '#37474f', band: '#2e5e3a', overLimit: '#5c2b29',
    ink: '#eceff1', muted: '#b0bec5', pace: '#d7ccc8', surface: '#1e1f22', background: '#1e1f22',
  },
};

/** Drawing code names colours by role (`COLORS.ink`); the painter of a chart turns them into its theme's. */
export const COLORS = {
  'not-met': '@notMet', met: '@met', exceeded: '@exceeded', track: '@track', band: '@band', overLimit: '@overLimit',
  ink: '@ink', muted: '@muted', pace: '@pace', surface: '@surface',
} as const;

const kebab = (role: string) => role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The chart options that choose colours, as read by {@link chartOptionsShape}. */
interface PaintOptions {
  readonly theme?: 'light' | 'dark' | 'auto' | undefined;
  readonly colors?: Readonly<Partial<Record<ColorRole, string>>> | undefined;
  readonly background?: boolean | undefined;
}

/**
 * An {@link el} for one chart: colour roles in `fill`/`stroke` become the theme's colours, and a `style`
 * with `var(--chitieu-<role>, colour)` lets a page restyle an inline chart with CSS custom properties.
 */
export function painter(o: PaintOptions): {
  draw: (name: string, attrs: Record<string, string | number | undefined>, children?: string) => string;
  prelude: (width: number, height: number) => string;
} {
  const palette: Record<ColorRole, string> = { ...THEMES[o.theme === 'dark' ? 'dark' : 'light'], ...o.colors };
  const resolve = (v: string | number | undefined, prop: string, styles: string[]) => {
    if (typeof v !== 'string' || !v.startsWith('@')) return v;
    const role = v.slice(1) as ColorRole;
    styles.push(`${prop}:var(--chitieu-${kebab(role)},${palette[role]})`);
    return palette[role];
  };
  const draw = (name: string, attrs: Record<string, string | number | undefined>, children?: string) => {
    const styles: string[] = [];
    const out: Record<string, string | number | undefined> = {};
    for (const [k, v] of Object.entries(attrs)) out[k] = k === 'fill' || k === 'stroke' ? resolve(v, k, styles) : v;
    if (styles.length > 0) out.style = styles.join(';');
    return el(name, out, children);
  };
  const prelude = (width: number, height: number) => {
    let s = '';
    // 'auto' follows the reader's colour scheme: the dark palette as custom properties when the page is dark.
    if (o.theme === 'auto') {
      const vars = COLOR_ROLES.map((r) => `--chitieu-${kebab(r)}:${THEMES.dark[r]}`).join(';');
      s += `<style>@media (prefers-color-scheme: dark){.chitieu-chart{${vars}}}</style>`;
    }
    if (o.background ?? o.theme === 'dark') s += draw('rect', { class: 'background', x: 0, y: 0, width, height, rx: 4, fill: '@background' });
    return s;
  };
  return { draw, prelude };
}

const idSchema = reader((v, ctx) => {
  // Ids end up in attributes and in aria references: keep them to a safe, readable alphabet.
  if (typeof v === 'string' && /^[A-Za-z][\w-]{0,63}$/.test(v)) return v;
  return report(ctx, 'invalid_value', { expected: 'element-id', ...describe(v) });
});

function sizeSchema(min: number, max: number) {
  return reader((v, ctx) => {
    if (typeof v !== 'number') return report(ctx, 'invalid_type', { expected: 'number', ...describe(v) });
    if (!Number.isFinite(v) || v < min || v > max) return report(ctx, 'out_of_range', { min, max, value: String(v) });
    return v;
  });
}

/** A caption or title: a string of at most 500 characters. */
export const textSchema = reader((v, ctx) => {
  if (typeof v !== 'string') return report(ctx, 'invalid_type', { expected: 'string', ...describe(v) });
  if (v.length > 500) return report(ctx, 'too_long', { length: v.length, limit: 500 });
  return v;
});

/** What is counted, for a chart's description: one text for both languages, or `{ vi, en }`. */
export const unitSchema = reader((v, ctx) => {
  if (typeof v === 'string') return { vi: v, en: v };
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, 'vi') && Object.hasOwn(v, 'en')) {
    // Each text is read once: a getter or Proxy could give another value on a second read.
    const { vi, en } = v as Record<string, unknown>;
    if (typeof vi === 'string' && typeof en === 'string') return { vi, en };
  }
  return report(ctx, 'invalid_type', { expected: 'text-or-bilingual', ...describe(v) });
});

const colorSchema = reader((v, ctx) => {
  // Colours end up in attributes and CSS: hex only, so no markup or CSS can be injected through them.
  if (typeof v === 'string' && /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(v)) return v;
  return report(ctx, 'invalid_value', { expected: 'hex-colour', ...describe(v) });
});

/** The options every chart takes. */
export const chartOptionsShape = {
  theme: z.optional(z.enum(['light', 'dark', 'auto'])),
  colors: z.optional(z.partialRecord(z.enum(COLOR_ROLES), colorSchema)),
  background: z.optional(z.boolean()),
  locale: z.optional(localeSchema),
  width: z.optional(sizeSchema(120, 4000)),
  height: z.optional(sizeSchema(40, 4000)),
  title: z.optional(textSchema),
  id: z.optional(idSchema),
};

