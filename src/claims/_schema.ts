import * as z from 'zod/mini';
import type { ExactNumber } from '../core/_exact.js';
import { describe, numberLike, reader, report, roundingSchema, localeSchema } from '../core/_schema.js';
import type { Locale, RoundingMode } from '../core/index.js';
import { readReported, type Reported } from './_reported.js';
import type { ClaimAs } from './types.js';
import { fail, parseWith } from './_errors.js';

const CLAIM_AS: readonly ClaimAs[] = ['attainment', 'share', 'over', 'over-points', 'under-points', 'decrease', 'growth', 'multiple', 'excess'];

/** The options of checkClaim and impliedTargets: how the report rounds and writes its figures. */
const claimOptionsSchema = z.strictObject({ rounding: z.optional(roundingSchema), locale: z.optional(localeSchema) });

/**
 * The input with the options folded in. `rounding` and `locale` were input fields before they became
 * options (docs/conventions.md §5); the input fields are still read, and one given in both places with
 * two values is an error rather than a choice between them.
 */
export function withClaimOptions(input: unknown, options: unknown): unknown {
  const o = parseWith(claimOptionsSchema, options ?? {}, ['options']);
  if (o.rounding === undefined && o.locale === undefined) return input;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const own = input as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...own };
  for (const key of ['rounding', 'locale'] as const) {
    const given = o[key];
    if (given === undefined) continue;
    if (Object.prototype.hasOwnProperty.call(own, key) && own[key] !== undefined && own[key] !== given) {
      fail('invalid_value', [key], { allowed: [given], ...describe(own[key]) });
    }
    merged[key] = given;
  }
  return merged;
}

const optionalLocale = z.optional(localeSchema);
/** What a figure claims; a missing `as` is reported as missing, not as a wrong value. */
const asSchema = reader((v, ctx): ClaimAs => {
  if (v === undefined) return report(ctx, 'missing');
  if (typeof v === 'string' && (CLAIM_AS as readonly string[]).includes(v)) return v as ClaimAs;
  return report(ctx, 'invalid_value', { allowed: CLAIM_AS, ...describe(v) });
});

type Ctx = z.core.ParsePayload<unknown>;

/** Reads `reported` in the input's own locale, reporting under `reported`. */
function reportedOf(v: unknown, locale: Locale, ctx: Ctx): Reported | undefined {
  if (v === undefined) { report(ctx, 'missing', {}, ['reported']); return undefined; }
  const r = readReported(v, locale);
  if ('code' in r) { report(ctx, r.code, r.facts, ['reported']); return undefined; }
  return r;
}

/** Figures are non-negative: counts and rates. */
function nonNegative(x: ExactNumber, key: string, ctx: Ctx): boolean {
  if (x.n >= 0n) return true;
  report(ctx, 'negative', { value: x.text }, [key]);
  return false;
}

/** Validated input of checkClaim. */
interface ParsedClaim {
  readonly achieved: ExactNumber;
  readonly target: ExactNumber;
  readonly reported: Reported;
  readonly as: ClaimAs;
  readonly rounding: RoundingMode;
}

export const checkClaimSchema = z.pipe(
  z.strictObject({ achieved: numberLike, target: numberLike, reported: z.unknown(), as: asSchema, rounding: z.optional(roundingSchema), locale: optionalLocale }),
  z.transform((v, ctx0): ParsedClaim => {
    const ctx = ctx0 as Ctx;
    const achieved = v.achieved as ExactNumber;
    const target = v.target as ExactNumber;
    const as = v.as as ClaimAs;
    let ok = nonNegative(achieved, 'achieved', ctx);
    ok = nonNegative(target, 'target', ctx) && ok;
    // A percentage of nothing has no value; differences (points, an excess in units) are fine against 0.
    if (target.n === 0n && as !== 'over-points' && as !== 'under-points' && as !== 'excess') { report(ctx, 'zero_total', {}, ['target']); ok = false; }
    const reported = reportedOf(v.reported, v.locale ?? 'vi', ctx);
    if (!ok || reported === undefined) return z.NEVER;
    return { achieved, target, reported, as, rounding: (v.rounding as RoundingMode | undefined) ?? 'half-up' };
  }),
);

/** Validated input of impliedTargets. */
interface ParsedImplied {
  readonly achieved: ExactNumber;
  readonly reported: Reported;
  readonly as: ClaimAs;
  readonly rounding: RoundingMode;
}

export const impliedTargetsSchema = z.pipe(
  z.strictObject({ achieved: numberLike, reported: z.unknown(), as: asSchema, rounding: z.optional(roundingSchema), locale: optionalLocale }),
  z.transform((v, ctx0): ParsedImplied => {
    const ctx = ctx0 as Ctx;
    const achieved = v.achieved as ExactNumber;
    const ok = nonNegative(achieved, 'achieved', ctx);
    const reported = reportedOf(v.reported, v.locale ?? 'vi', ctx);
    if (!ok || reported === undefined) return z.NEVER;
    return { achieved, reported, as: v.as as ClaimAs, rounding: (v.rounding as RoundingMode | undefined) ?? 'half-up' };
  }),
);
