import type { Target, TargetInput } from '../attainment/index.js';
import type { Locale } from '../core/index.js';
import { localize } from '../core/_format.js';
import { readFigure } from './_shared.js';

/**
 * Reads a target as an analyst types it: `80` (reach it), `>=400` (at least), `<=4` (at most) or
 * `5..7` (a range). The figures stay text, so attainment() validates them and reports the exact path.
 */
export function readTarget(text: string): TargetInput {
  const s = text.trim();
  if (s.startsWith('>=') || s.startsWith('≥')) return { atLeast: s.slice(s.startsWith('>=') ? 2 : 1).trim() };
  if (s.startsWith('<=') || s.startsWith('≤')) return { atMost: s.slice(s.startsWith('<=') ? 2 : 1).trim() };
  const dots = s.indexOf('..');
  if (dots > 0) return { min: s.slice(0, dots).trim(), max: s.slice(dots + 2).trim() };
  return s;
}

/** A target cell (`80`, `>=1.500`, `<=4`, `5..7`) with each figure read in the input notation. */
export function readTargetIn(cell: string | undefined, input: Locale, header: string): TargetInput {
  const t = readTarget(cell ?? '');
  if (typeof t === 'string') return readFigure(t, input, header);
  if (typeof t === 'number') return t;
  if ('atLeast' in t) return { atLeast: readFigure(String(t.atLeast), input, header) };
  if ('atMost' in t) return { atMost: readFigure(String(t.atMost), input, header) };
  return { min: readFigure(String(t.min), input, header), max: readFigure(String(t.max), input, header) };
}

/** A target as a table shows it: `80`, `≥ 400`, `≤ 4`, `5–7`, in the output notation. */
export function targetText(t: Target, locale: Locale): string {
  const n = (x: string) => localize(x, locale);
  switch (t.form) {
    case 'reach': return n(t.value);
    case 'at-least': return `≥ ${n(t.value)}`;
    case 'at-most': return `≤ ${n(t.value)}`;
    default: return `${n(t.min)}–${n(t.max)}`;
  }
}
