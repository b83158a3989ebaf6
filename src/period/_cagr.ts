import Decimal from 'decimal.js';
import type { RoundingMode } from '../core/roundingModes.js';
import type { Rational } from '../core/_rational.js';

// A private constructor: decimal.js's global configuration belongs to the caller's application.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 60 });
type Dec = InstanceType<typeof D>;

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

const dec = (x: Rational): Dec => new D(x.n.toString()).div(x.d.toString());

/** Plain notation rounded once, trailing zeros removed. */
function plain(x: Dec, decimals: number, rounding: RoundingMode): string {
  const s = x.toFixed(decimals, MODES[rounding]);
  const t = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  return t === '-0' ? '0' : t;
}

/**
 * Compound annual growth from `from` to `to` over `days`, a year being 365.25 days:
 * (to ÷ from)^(365.25 ÷ days) − 1. `from` must be positive and `days` above zero.
 */
function cagr(from: Rational, to: Rational, days: number): Dec {
  return D.pow(dec(to).div(dec(from)), new D(1461).div(4 * days)).minus(1);
}

interface CagrFigures {
  readonly observed: Dec;
  readonly required: Dec;
}

/** The observed and required rates of the Statistics Canada / Open SDG progress measure. */
export function cagrRates(base: Rational, current: Rational, target: Rational, observedDays: number, requiredDays: number): CagrFigures {
  return { observed: cagr(base, current, observedDays), required: cagr(base, target, requiredDays) };
}

export const isPositive = (x: Dec): boolean => x.gt(0);
export const ratioOf = (a: Dec, b: Dec): Dec => a.div(b);
/** −1, 0 or 1 as x compares to a decimal string. */
export const compareTo = (x: Dec, min: string): number => x.cmp(min);
export const percentText = (x: Dec, decimals: number, rounding: RoundingMode): string => plain(x.times(100), decimals, rounding);
export const decimalText = (x: Dec, decimals: number, rounding: RoundingMode): string => plain(x, decimals, rounding);
export type { Dec };
