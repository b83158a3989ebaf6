import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ChiTieuError, ROUNDING_MODES, attainment, attainmentBatch, describeAttainment, explainAttainment, messageFor } from '../../src/index.js';
import { readNumber, type ExactNumber } from '../../src/core/_exact.js';
import { computeAttainment, computeWhole, type ParsedAttainment } from '../../src/attainment/_attainment.js';
import {
  attainmentInputSchema,
  attainmentOptionsSchema,
  fastAttainment,
  fastRoundOptions,
  parseAttainment,
} from '../../src/attainment/_schema.js';
import { numberLike, parseWith, roundOptionsShape } from '../../src/core/_schema.js';
import { targetSchema } from '../../src/attainment/_schema.js';
import { referenceAttainment, referenceSentences } from './_reference.js';

const mode = fc.constantFrom(...ROUNDING_MODES);
const decimals = fc.integer({ min: 0, max: 10 });
const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e12 }));

/** Figures that are almost valid: edge numbers, strings, wrong types. */
const figure = fc.oneof(
  count,
  fc.constantFrom(-0, -1, 0.5, 2 ** 53, 2 ** 53 - 1, NaN, Infinity, -Infinity, 1e21, '5', '', null, undefined, true, 5n),
  fc.double(),
  fc.anything(),
);
const kind = fc.constantFrom(undefined, 'count', 'rate', 'Count', 1, null);
/** Input objects shaped like the fast path's, with their edges: extra keys, odd prototypes, arrays. */
const nearInput = fc.oneof(
  fc.record({ achieved: figure, target: figure }),
  fc.record({ achieved: figure, target: figure, kind }),
  fc.record({ achieved: figure, target: figure, kind }, { requiredKeys: [] }),
  fc.record({ achieved: figure, target: figure, extra: fc.anything() }),
  fc.tuple(count, count).map(([a, t]) => Object.assign(Object.create(null) as object, { achieved: a, target: t })),
  fc.tuple(count, count).map(([a, t]) => Object.assign(Object.create({ kind: 'rate' }) as object, { achieved: a, target: t })),
  fc.tuple(count, count).map(([a, t]) => Object.assign(new (class Input {})(), { achieved: a, target: t })),
  fc.tuple(count, count).map(([a, t]) => [a, t]),
  fc.anything(),
);
const nearOptions = fc.oneof(
  fc.record({ decimals: fc.oneof(decimals, fc.constantFrom(-0, -1, 11, 1.5, NaN, '2', null, undefined)), rounding: fc.oneof(mode, fc.constantFrom('HALF-UP', '', undefined, null, 3)) }, { requiredKeys: [] }),
  fc.record({ decimals, extra: fc.anything() }),
  fc.constantFrom(undefined, null, {}, [], 'x', 0),
  fc.anything(),
);

describe('the fast path of attainment accepts only what zod accepts, and reads it the same', () => {
  it('input and options: never accepts what the schemas reject; the same result as the schema path when it accepts', () => {
    fc.assert(
      fc.property(nearInput, nearOptions, (input, options) => {
        const fast = fastAttainment(input, options);
        if (fast === undefined) return;
        const slow = z.safeParse(attainmentInputSchema, input);
        const o = z.safeParse(attainmentOptionsSchema, options ?? {});
        expect(slow.success && o.success).toBe(true);
        expect(fast).toEqual(computeAttainment(slow.data as ParsedAttainment, o.data?.decimals ?? 2, o.data?.rounding ?? 'half-up'));
      }),
      { numRuns: 5000 },
    );
  });

  it('options: the same', () => {
    fc.assert(
      fc.property(nearOptions, (options) => {
        const fast = fastRoundOptions(options);
        if (fast === undefined) return;
        const slow = z.safeParse(attainmentOptionsSchema, options ?? {});
        expect(slow.success).toBe(true);
        expect(fast).toEqual({ decimals: slow.data?.decimals ?? 2, rounding: slow.data?.rounding ?? 'half-up' });
      }),
      { numRuns: 3000 },
    );
  });

  it('attainment() gives what the schema path gives: the same result, or the same error', () => {
    const outcome = (run: () => unknown): unknown => {
      try { return run(); } catch (e) {
        if (!(e instanceof ChiTieuError)) throw e;
        return { code: e.code, path: e.path, issues: e.issues, message: e.message };
      }
    };
    fc.assert(
      fc.property(nearInput, nearOptions, (input, options) => {
        const viaCall = outcome(() => attainment(input as never, options as never));
        const viaSchema = outcome(() => { const p = parseAttainment(input, options); return computeAttainment(p.input, p.decimals, p.rounding); });
        expect(viaCall).toEqual(viaSchema);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts the common input, so the speed is real', () => {
    expect(fastAttainment({ achieved: 103, target: 80 }, undefined)).toBeDefined();
    expect(fastAttainment({ achieved: 97, target: 93, kind: 'rate' }, { decimals: 1 })).toBeDefined();
    expect(fastRoundOptions({ decimals: 1, rounding: 'down' })).toBeDefined();
    expect(fastRoundOptions(undefined)).toBeDefined();
  });

  it('results are identical either way, and errors still come from zod', () => {
    fc.assert(
      fc.property(nearInput, nearOptions, (input, options) => {
        let viaParse: unknown;
        let viaZod: unknown;
        try { viaParse = parseAttainment(input, options); } catch (e) { viaParse = e; }
        try {
          const p = z.safeParse(attainmentInputSchema, input);
          const o = z.safeParse(attainmentOptionsSchema, options ?? {});
          viaZod = p.success && o.success ? { input: p.data, decimals: o.data.decimals ?? 2, rounding: o.data.rounding ?? 'half-up' } : 'error';
        } catch (e) { viaZod = e; }
        if (viaZod === 'error') expect(viaParse).toBeInstanceOf(Error);
        else expect(viaParse).toEqual(viaZod);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('attainment reads its input and options field by field, as z.strictObject would', () => {
  // The declarations attainment had before readFields (kept out of its bundle for size): the same
  // issues, paths, facts and messages, in the same order, for anything.
  const declaredInput = z.strictObject({ achieved: numberLike, target: targetSchema, kind: z.optional(z.enum(['count', 'rate'])) });
  const declaredOptions = z.strictObject(roundOptionsShape);
  const issues = (run: () => unknown): unknown => {
    try { return { data: run() }; } catch (e) {
      if (!(e instanceof ChiTieuError)) throw e;
      return e.issues;
    }
  };
  it('input: what the declaration rejects is rejected alike; what it accepts is read alike, then checked for the kind', () => {
    fc.assert(
      fc.property(nearInput, (input) => {
        const declared = issues(() => parseWith(declaredInput, input));
        const read = issues(() => parseWith(attainmentInputSchema, input));
        if (!('data' in (declared as object))) { expect(read).toEqual(declared); return; }
        const d = (declared as { data: { achieved: ExactNumber; target: unknown; kind?: 'count' | 'rate' } }).data;
        if ('data' in (read as object)) expect((read as { data: unknown }).data).toEqual({ kind: d.kind ?? 'count', achieved: d.achieved, target: d.target });
        else for (const i of read as { code: string }[]) expect(['negative', 'not_integer']).toContain(i.code);
      }),
      { numRuns: 5000 },
    );
  });
  it('options: the same issues or the same options', () => {
    fc.assert(
      fc.property(nearOptions, (options) => {
        expect(issues(() => parseWith(attainmentOptionsSchema, options, ['options']))).toEqual(issues(() => parseWith(declaredOptions, options, ['options'])));
      }),
      { numRuns: 3000 },
    );
  });
});

/** A non-negative decimal string with up to 10 decimals, e.g. "97.35". */
const rate = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 10 }))
  .map(([m, k]) => {
    const s = m.toString().padStart(k + 1, '0');
    return k === 0 ? s : `${s.slice(0, s.length - k)}.${s.slice(s.length - k)}`;
  });
const target = <T>(v: fc.Arbitrary<T>) =>
  fc.oneof(v, v.map((x) => ({ atLeast: x })), v.map((x) => ({ atMost: x })), fc.tuple(v, v).map(([x, y]) => ({ min: x, max: y })));

describe('attainment writes its errors with the common tables alone, as the full tables would', () => {
  /** Every issue of what `run` throws, written again by messageFor, which has every table. */
  const same = (run: () => unknown) => {
    try { run(); } catch (e) {
      if (!(e instanceof ChiTieuError)) throw e;
      for (const issue of e.issues) {
        expect(issue.messages.vi).toBe(messageFor(issue, { locale: 'vi' }));
        expect(issue.messages.en).toBe(messageFor(issue, { locale: 'en' }));
        expect(issue.messages.en).not.toBe(issue.code);
      }
    }
  };
  it('attainment, attainmentBatch, describeAttainment and explainAttainment', () => {
    fc.assert(fc.property(nearInput, nearOptions, (input, options) => {
      same(() => attainment(input as never, options as never));
      same(() => attainmentBatch(input as never, options as never));
      same(() => attainmentBatch({ achieved: [input as never, 1], target: [2], max: input, targetForm: input, kind: input } as never));
      same(() => describeAttainment(input as never, options as never));
      same(() => explainAttainment(input as never, options as never));
      same(() => explainAttainment({ code: 'at-target', facts: input } as never));
    }), { numRuns: 3000 });
  });
});

describe('the fast core of attainment equals the first, BigInt-only core in full', () => {
  const same = (input: unknown, d: number, m: (typeof ROUNDING_MODES)[number]) => {
    const p = z.safeParse(attainmentInputSchema, input);
    if (!p.success) return; // inverted ranges
    const want = referenceAttainment(p.data, d, m);
    expect(computeAttainment(p.data, d, m)).toEqual(want);
    const r = attainment(input as never, { decimals: d, rounding: m });
    expect(r).toEqual(want);
    expect({ vi: explainAttainment(r), en: explainAttainment(r.reason, { locale: 'en' }) }).toEqual(referenceSentences(want));
  };
  it('counts up to 10^12, every target form, mode and decimals 0–10', () => {
    fc.assert(fc.property(count, target(count), fc.constantFrom('count', 'rate'), decimals, mode, (a, t, k, d, m) => same({ achieved: a, target: t, kind: k }, d, m)), { numRuns: 4000 });
  });
  it('rates with decimals', () => {
    fc.assert(fc.property(fc.oneof(rate, count), target(fc.oneof(rate, count)), decimals, mode, (a, t, d, m) => same({ achieved: a, target: t, kind: 'rate' }, d, m)), { numRuns: 3000 });
  });
});

describe('the common call (whole numbers, plain target) equals the BigInt-only core', () => {
  /** Every object of a result is frozen, all the way down. */
  const deeplyFrozen = (v: unknown): boolean => v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(deeplyFrozen));
  const read = (a: number, t: number, k: 'count' | 'rate'): ParsedAttainment => ({ kind: k, achieved: readNumber(a) as ExactNumber, target: { form: 'reach', value: readNumber(t) as ExactNumber } });
  // At or above the target, the excess is taken from the percent's scaled integer (q − 100·10^d);
  // below it, it is rounded by itself. Sizes up to 2^53 − 1 cross the kernel's switch to BigInt.
  const big = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
  const pair = fc.oneof(
    fc.tuple(count, count),
    fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 })).map(([t, k]) => [t + k, t] as [number, number]),
    fc.tuple(big, big),
    fc.tuple(big, fc.integer({ min: 1, max: 1000 })),
    fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 100 })).map(([t, k]) => [t * k, t] as [number, number]),
  );
  it('every mode and decimals 0–10, through attainment() and computeWhole, results deeply frozen', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom('count', 'rate'), decimals, mode, ([a, t], k, d, m) => {
        const want = referenceAttainment(read(a, t, k), d, m);
        const viaCall = attainment({ achieved: a, target: t, kind: k }, { decimals: d, rounding: m });
        expect(viaCall).toEqual(want);
        expect(JSON.stringify(viaCall)).toBe(JSON.stringify(want));
        expect(deeplyFrozen(viaCall)).toBe(true);
        expect(computeWhole(k, a, t, d, m)).toEqual(want);
      }),
      { numRuns: 5000 },
    );
  });
  it('without options, as the default half-up at 2 decimals', () => {
    fc.assert(
      fc.property(pair, ([a, t]) => {
        expect(JSON.stringify(attainment({ achieved: a, target: t }))).toBe(JSON.stringify(referenceAttainment(read(a, t, 'count'), 2, 'half-up')));
      }),
      { numRuns: 3000 },
    );
  });
});
