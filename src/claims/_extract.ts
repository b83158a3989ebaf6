import type { RoundingMode } from '../core/index.js';
import { breakdownClaims } from './_breakdowns.js';
import { readDoc } from './_doc.js';
import { figureClaims } from './_figureClaims.js';
import { findFigures } from './_findFigures.js';
import { pairPercentages } from './_pairFigures.js';
import { reportRounding } from './_reportRounding.js';
import type { ExtractClaimsResult } from './types.js';

/**
 * The pure core of extractClaims: the reading of a report as a few phases, each linear in the text.
 * 1. tokens (_doc.ts);
 * 2. figures: each number token with its unit and keyword, or left out as a date, a document number… (_findFigures.ts; keywords in _keywords.ts, what is no figure in _notFigures.ts);
 * 3. pairing: each keyword percentage with its figure and target, lists in order (_pairFigures.ts);
 * 4. claims of the figures: checks, implied targets, ambiguous lists, plain figures (_figureClaims.ts);
 * 5. totals and their parts (_breakdowns.ts);
 * 6. the report-level rounding check, over at most 2^7 distinct sets of modes (_reportRounding.ts).
 */
export function computeExtract(text: string, rounding: RoundingMode, declared = false): ExtractClaimsResult {
  const doc = readDoc(text);
  const { figs, figAt } = findFigures(doc);
  pairPercentages(doc, figs, figAt);
  const claims = figureClaims(doc, figs, rounding, declared);
  claims.push(...breakdownClaims(doc, figs, figAt));
  claims.sort((x, y) => x.start - y.start || x.end - y.end);
  const { flags, commonModes } = reportRounding(claims);
  return Object.freeze({ claims: Object.freeze(claims), flags: Object.freeze(flags), commonModes: Object.freeze(commonModes) });
}
