import type { Claim, ExtractClaimsResult, FigureRef } from '../../src/index.js';

// One line per claim with every field a reader would check, for tests that pin extractClaims in full.

export const ref = (f: FigureRef) => `${f.value}|${f.text}@${f.start}-${f.end}|${f.unit}`;
export function line(c: Claim): string {
  const head = `${c.kind} ${c.start}-${c.end} ${JSON.stringify(c.text)} unit=${c.unit} ${c.verdict}`;
  const flags = c.flags.map((f) => ` !${f.code}: ${f.vi} / ${f.en}`).join('');
  let extra = '';
  switch (c.kind) {
    case 'ratio-percent': extra = `a=${ref(c.achieved)} t=${ref(c.target)} r=${ref(c.reported)} as=${c.as} modes=${c.check.consistentModes.join(',')} computed=${c.check.computed}`; break;
    case 'ratio': extra = `a=${ref(c.achieved)} t=${ref(c.target)} percent=${c.percent} status=${c.status}`; break;
    case 'implied-target': extra = `a=${ref(c.achieved)} r=${ref(c.reported)} as=${c.as} targets=${c.impliedTargets === null ? 'null' : c.impliedTargets.length > 6 ? `${c.impliedTargets.length}:${c.impliedTargets[0]}..${c.impliedTargets[c.impliedTargets.length - 1]}` : c.impliedTargets.join(',')}`; break;
    case 'sum': extra = `total=${ref(c.total)} parts=${c.parts.map(ref).join(' ')} sum=${c.check.sum} diff=${c.check.difference} tol=${c.check.tolerance} ok=${c.check.consistent}`; break;
    case 'subset': extra = `total=${ref(c.total)} part=${ref(c.part)}`; break;
    case 'range': extra = `min=${ref(c.min)} max=${ref(c.max)} percent=${c.percent}`; break;
    case 'ambiguous': extra = `r=${ref(c.reported)} as=${c.as} candidates=${c.candidates.map((x) => `${ref(x.achieved)}/${ref(x.target)}`).join(' ')}`; break;
    default: extra = `value=${ref(c.value)}`;
  }
  return `${head} ${extra}${flags} | ${c.explanation.vi} | ${c.explanation.en}`;
}
export function lines(r: ExtractClaimsResult): string[] {
  return [...r.claims.map(line), ...r.flags.map((f) => `FLAG ${f.code} [${f.claims.join(',')}] ${f.vi} / ${f.en}`), `modes ${r.commonModes.join(',')}`];
}
