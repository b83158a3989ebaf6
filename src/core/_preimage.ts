// The other half of a rounding mode: not how it rounds (core/_round.ts) but which exact values it
// rounds to a given figure. impliedTargets turns a printed figure back into the targets that give it.
import type { RoundingMode } from './roundingModes.js';

/**
 * The exact values that round to the integer m in a mode, as m + lo/2 … m + hi/2, in halves so every
 * bound is an integer; `loOpen`/`hiOpen` say whether the bound itself is excluded. Ties go as the mode
 * says (half-up sends m + ½ away from zero, so for m > 0 it belongs to m + 1).
 */
export function preimage(mode: RoundingMode, m: bigint): { lo: bigint; hi: bigint; loOpen: boolean; hiOpen: boolean } {
  const sign = m > 0n ? 1 : m < 0n ? -1 : 0;
  switch (mode) {
    case 'half-up':
      return { lo: -1n, hi: 1n, loOpen: sign <= 0, hiOpen: sign >= 0 };
    case 'half-down':
      return { lo: -1n, hi: 1n, loOpen: sign > 0, hiOpen: sign < 0 };
    case 'half-even': {
      const odd = m % 2n !== 0n;
      return { lo: -1n, hi: 1n, loOpen: odd, hiOpen: odd };
    }
    case 'up':
      if (sign > 0) return { lo: -2n, hi: 0n, loOpen: true, hiOpen: false };
      if (sign < 0) return { lo: 0n, hi: 2n, loOpen: false, hiOpen: true };
      return { lo: 0n, hi: 0n, loOpen: false, hiOpen: false };
    case 'down':
      if (sign > 0) return { lo: 0n, hi: 2n, loOpen: false, hiOpen: true };
      if (sign < 0) return { lo: -2n, hi: 0n, loOpen: true, hiOpen: false };
      return { lo: -2n, hi: 2n, loOpen: true, hiOpen: true };
    case 'ceil':
      return { lo: -2n, hi: 0n, loOpen: true, hiOpen: false };
    case 'floor':
      return { lo: 0n, hi: 2n, loOpen: false, hiOpen: true };
  }
}
