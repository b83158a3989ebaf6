import type { TargetInput } from '../attainment/index.js';

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
