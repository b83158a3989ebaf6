import type { RoundingMode } from '../core/roundingModes.js';
import { daysBetween } from '../core/_calendar.js';
import { rational, roundTo } from '../core/_rational.js';
import { figure } from './_rational.js';
import type { Elapsed, Period } from './types.js';

/**
 * Days of `period` passed at `asOf`, the `asOf` day included, clamped to the period: before the start
 * it is 0 ("not-started"), from the last day on it is the whole period ("ended"), never negative and
 * never above 1.
 */
export function elapsedDaysOf(period: Period, asOf: string): { elapsed: number; total: number } {
  const total = daysBetween(period.start, period.end) + 1;
  const raw = daysBetween(period.start, asOf) + 1;
  return { elapsed: raw < 0 ? 0 : raw > total ? total : raw, total };
}

export function computeElapsed(period: Period, asOf: string, decimals: number, rounding: RoundingMode): Elapsed {
  const { elapsed, total } = elapsedDaysOf(period, asOf);
  const status = asOf < period.start ? 'not-started' : asOf >= period.end ? 'ended' : 'in-progress';
  const fraction = rational(elapsed, total);
  const percent = roundTo(rational(BigInt(elapsed) * 100n, BigInt(total)), decimals, rounding);
  return Object.freeze({
    status,
    asOf,
    elapsedDays: elapsed,
    totalDays: total,
    remainingDays: total - elapsed,
    fraction: figure(fraction, decimals + 2, rounding),
    percent,
    percentNumber: Number(percent),
  });
}
