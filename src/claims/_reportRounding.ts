import { ROUNDING_MODES, type Bilingual, type RoundingMode } from '../core/index.js';
import { both, modesText, unitOf } from './_explain.js';
import type { Claim, ClaimAs, RatioPercentClaim, ReportFlag } from './types.js';

/** The keyword of a percentage, in both languages, for explanations. */
export const KEYWORD: Readonly<Record<ClaimAs, Bilingual>> = {
  attainment: { vi: 'đạt', en: 'of target' },
  share: { vi: 'chiếm', en: 'of the whole' },
  over: { vi: 'vượt', en: 'over target' },
  'over-points': { vi: 'vượt', en: 'over target' },
  decrease: { vi: 'giảm', en: 'down' },
  growth: { vi: 'tăng', en: 'up' },
  multiple: { vi: 'gấp', en: 'times' },
};

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
    const describe = (idx: number): Bilingual => {
      const c = claims[idx] as RatioPercentClaim;
      const u = unitOf(c.as);
      const m = modesText(c.check.consistentModes);
      const r = both(c.check.reported);
      const ab = `${c.achieved.text}/${c.target.text}`;
      return { vi: `${ab} in thành "${KEYWORD[c.as].vi} ${r.vi}${u.vi}" (chỉ làm tròn ${m.vi})`, en: `${ab} printed as ${r.en}${u.en} ${KEYWORD[c.as].en} (only ${m.en})` };
    };
    let explanation: Bilingual;
    if (pair !== null) {
      const p = describe(pair[0]);
      const q = describe(pair[1]);
      explanation = {
        vi: `Không có cách làm tròn nào cho ra cùng lúc ${p.vi} và ${q.vi}: báo cáo làm tròn không nhất quán.`,
        en: `No single rounding mode gives both ${p.en} and ${q.en}: the report rounds inconsistently.`,
      };
    } else {
      explanation = {
        vi: 'Không có cách làm tròn nào cho ra cùng lúc mọi tỷ lệ đã in: báo cáo làm tròn không nhất quán.',
        en: 'No single rounding mode gives every printed percentage: the report rounds inconsistently.',
      };
    }
    flags.push(Object.freeze({ code: 'mixed-rounding', vi: explanation.vi, en: explanation.en, claims: Object.freeze([...involved].sort((x, y) => x - y)) }));
  }
  const commonModes = ROUNDING_MODES.filter((_m, k) => (common & (1 << k)) !== 0);
  return { flags, commonModes };
}
