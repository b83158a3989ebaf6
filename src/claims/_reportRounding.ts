import { ROUNDING_MODES, type RoundingMode } from '../core/index.js';
import { reasoned } from './_render.js';
import type { RoundedFigure } from './reasons.js';
import type { Claim, RatioPercentClaim, ReportFlag } from './types.js';

/**
 * The report as a whole: one rounding mode should give every printed percentage whose ratio is
 * checked. Claims are grouped by their set of modes (at most 2^7 distinct sets), so this stays linear.
 */
export function reportRounding(claims: readonly Claim[]): { flags: ReportFlag[]; commonModes: RoundingMode[] } {
  const full = (1 << ROUNDING_MODES.length) - 1;
  let common = full;
  const byMask = new Map<number, number[]>();
  claims.forEach((c, idx) => {
    if (c.kind !== 'ratio-percent') return;
    let mask = 0;
    for (const m of c.check.consistentModes) mask |= 1 << ROUNDING_MODES.indexOf(m);
    if (mask === 0) return; // wrong under every mode: flagged on its own
    common &= mask;
    const list = byMask.get(mask);
    if (list === undefined) byMask.set(mask, [idx]);
    else list.push(idx);
  });
  const flags: ReportFlag[] = [];
  if (byMask.size > 0 && common === 0) {
    const masks = [...byMask.keys()];
    const involved = new Set<number>();
    let pair: [number, number] | null = null;
    for (const m1 of masks) {
      for (const m2 of masks) {
        if ((m1 & m2) !== 0) continue;
        for (const idx of byMask.get(m1) as number[]) involved.add(idx);
        if (pair === null) pair = [(byMask.get(m1) as number[])[0] as number, (byMask.get(m2) as number[])[0] as number];
      }
    }
    if (involved.size === 0) for (const l of byMask.values()) for (const idx of l) involved.add(idx);
    const figure = (idx: number): RoundedFigure => {
      const c = claims[idx] as RatioPercentClaim;
      return { as: c.as, ratio: `${c.achieved.text}/${c.target.text}`, reported: c.check.reported, modes: [...c.check.consistentModes] };
    };
    const { reason, explanation } = reasoned('mixed-rounding', { pair: pair === null ? null : [figure(pair[0]), figure(pair[1])] });
    flags.push(Object.freeze({ code: 'mixed-rounding', vi: explanation.vi, en: explanation.en, reason, claims: Object.freeze([...involved].sort((x, y) => x - y)) }));
  }
  const commonModes = ROUNDING_MODES.filter((_m, k) => (common & (1 << k)) !== 0);
  return { flags, commonModes };
}
