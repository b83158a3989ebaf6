import * as z from 'zod/mini';
import { describe, reader, report } from '../core/_schema.js';
import { LOCALES } from '../core/index.js';

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

/** Colours by status: the same in every chart, with enough contrast on white. */
export const COLORS = {
  'not-met': '#b3261e',
  met: '#1e7b34',
  exceeded: '#0b57d0',
  track: '#eceff1',
  band: '#a5d6a7',
  overLimit: '#f8d7d4',
  ink: '#263238',
  muted: '#607d8b',
  pace: '#8d6e63',
} as const;

const idSchema = reader((v, ctx) => {
  // Ids end up in attributes and in aria references: keep them to a safe, readable alphabet.
  if (typeof v === 'string' && /^[A-Za-z][\w-]{0,63}$/.test(v)) return v;
  return report(ctx, 'invalid_value', { allowed: 'a letter followed by up to 63 letters, digits, _ or -', value: describe(v) });
});

function sizeSchema(min: number, max: number) {
  return reader((v, ctx) => {
    if (typeof v !== 'number') return report(ctx, 'invalid_type', { expected: 'a number', expected_vi: 'một số', received: describe(v) });
    if (!Number.isFinite(v) || v < min || v > max) return report(ctx, 'out_of_range', { min, max, value: String(v) });
    return v;
  });
}

/** A caption or title: a string of at most 500 characters. */
export const textSchema = reader((v, ctx) => {
  if (typeof v !== 'string') return report(ctx, 'invalid_type', { expected: 'a string', expected_vi: 'một chuỗi', received: describe(v) });
  if (v.length > 500) return report(ctx, 'too_long', { length: v.length, limit: 500 });
  return v;
});

/** What is counted, for a chart's description: one text for both languages, or `{ vi, en }`. */
export const unitSchema = reader((v, ctx) => {
  if (typeof v === 'string') return { vi: v, en: v };
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, 'vi') && Object.hasOwn(v, 'en')) {
    const u = v as Record<string, unknown>;
    if (typeof u.vi === 'string' && typeof u.en === 'string') return { vi: u.vi, en: u.en };
  }
  return report(ctx, 'invalid_type', { expected: 'a string or { vi, en }', expected_vi: 'một chuỗi hoặc { vi, en }', received: describe(v) });
});

/** The options every chart takes. */
export const chartOptionsShape = {
  locale: z.optional(z.enum(LOCALES as ['vi', 'en'])),
  width: z.optional(sizeSchema(120, 4000)),
  height: z.optional(sizeSchema(40, 4000)),
  title: z.optional(textSchema),
  id: z.optional(idSchema),
};

