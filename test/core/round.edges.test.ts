import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POW10, divRoundBigInt, divRoundNumber, scaledToString } from '../../src/core/_round.js';
import { ROUNDING_MODES, type RoundingMode } from '../../src/index.js';
import { plain, referenceRound } from '../helpers/reference.js';

// The rounding primitives held directly against a slow reference, so that any change to a comparison,
// a sign or a step in src/core/_round.ts fails here (mutation testing: docs/mutation-testing.md).

const MAX = Number.MAX_SAFE_INTEGER;
const mode = fc.constantFrom(...ROUNDING_MODES);

/** num and den > 0 within divRoundNumber's precondition |num| + den ≤ 2^53 − 1, small and large. */
const numberPair = fc
  .oneof(
    fc.tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: 1, max: 12 })),
    fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e4 })),
    fc.tuple(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: 1, max: 2 ** 30 })),
    fc.tuple(fc.integer({ min: -(MAX - 2 ** 20), max: MAX - 2 ** 20 }), fc.integer({ min: 1, max: 2 ** 20 })),
  )
  .filter(([n, d]) => Math.abs(n) + d <= MAX);

describe('divRoundNumber and divRoundBigInt', () => {
  it('agree with the reference on every mode, both signs, small and near 2^53', () => {
    fc.assert(
      fc.property(numberPair, mode, ([n, d], m) => {
        const want = referenceRound(BigInt(n), BigInt(d), 0, m);
        expect(String(divRoundNumber(n, d, m))).toBe(want);
        expect(String(divRoundBigInt(BigInt(n), BigInt(d), m))).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });

  it('divRoundBigInt agrees with the reference far past 2^53', () => {
    const big = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
    fc.assert(
      fc.property(big, fc.bigInt({ min: 1n, max: 10n ** 25n }), mode, (n, d, m) => {
        expect(String(divRoundBigInt(n, d, m))).toBe(referenceRound(n, d, 0, m));
      }),
      { numRuns: 2000 },
    );
  });

  // Every mode at every kind of remainder: exact, below, at and above one half; an odd and an even
  // truncated quotient; both signs. Written out so a failure names the case.
  const table: [number, number, Record<RoundingMode, number>][] = [
    // value      half-up half-down half-even up down ceil floor
    [25, 10, { 'half-up': 3, 'half-down': 2, 'half-even': 2, up: 3, down: 2, ceil: 3, floor: 2 }], // 2.5
    [35, 10, { 'half-up': 4, 'half-down': 3, 'half-even': 4, up: 4, down: 3, ceil: 4, floor: 3 }], // 3.5
    [-25, 10, { 'half-up': -3, 'half-down': -2, 'half-even': -2, up: -3, down: -2, ceil: -2, floor: -3 }],
    [-35, 10, { 'half-up': -4, 'half-down': -3, 'half-even': -4, up: -4, down: -3, ceil: -3, floor: -4 }],
    [24, 10, { 'half-up': 2, 'half-down': 2, 'half-even': 2, up: 3, down: 2, ceil: 3, floor: 2 }], // 2.4
    [26, 10, { 'half-up': 3, 'half-down': 3, 'half-even': 3, up: 3, down: 2, ceil: 3, floor: 2 }], // 2.6
    [-24, 10, { 'half-up': -2, 'half-down': -2, 'half-even': -2, up: -3, down: -2, ceil: -2, floor: -3 }],
    [-26, 10, { 'half-up': -3, 'half-down': -3, 'half-even': -3, up: -3, down: -2, ceil: -2, floor: -3 }],
    [1, 3, { 'half-up': 0, 'half-down': 0, 'half-even': 0, up: 1, down: 0, ceil: 1, floor: 0 }], // 0.33
    [2, 3, { 'half-up': 1, 'half-down': 1, 'half-even': 1, up: 1, down: 0, ceil: 1, floor: 0 }], // 0.67
    [-1, 3, { 'half-up': 0, 'half-down': 0, 'half-even': 0, up: -1, down: 0, ceil: 0, floor: -1 }],
    [-2, 3, { 'half-up': -1, 'half-down': -1, 'half-even': -1, up: -1, down: 0, ceil: 0, floor: -1 }],
    [1, 2, { 'half-up': 1, 'half-down': 0, 'half-even': 0, up: 1, down: 0, ceil: 1, floor: 0 }], // 0.5
    [-1, 2, { 'half-up': -1, 'half-down': 0, 'half-even': 0, up: -1, down: 0, ceil: 0, floor: -1 }],
    [30, 10, { 'half-up': 3, 'half-down': 3, 'half-even': 3, up: 3, down: 3, ceil: 3, floor: 3 }], // exact
    [-30, 10, { 'half-up': -3, 'half-down': -3, 'half-even': -3, up: -3, down: -3, ceil: -3, floor: -3 }],
    [0, 7, { 'half-up': 0, 'half-down': 0, 'half-even': 0, up: 0, down: 0, ceil: 0, floor: 0 }],
    [7, 1, { 'half-up': 7, 'half-down': 7, 'half-even': 7, up: 7, down: 7, ceil: 7, floor: 7 }],
  ];
  for (const [n, d, want] of table) {
    it(`${n}/${d} in every mode`, () => {
      for (const m of ROUNDING_MODES) {
        // + 0: a quotient rounded to zero from below may be −0; every caller adds 0 before use.
        expect([m, divRoundNumber(n, d, m) + 0]).toEqual([m, want[m]]);
        expect([m, divRoundBigInt(BigInt(n), BigInt(d), m)]).toEqual([m, BigInt(want[m])]);
      }
    });
  }

  it('ties and near-ties right at the edge of the precondition', () => {
    // (2^53 − 3)/2 = 2^52 − 1.5 and (2^53 − 5)/2 = 2^52 − 2.5: exact ties with an even and an odd
    // truncated quotient, and thirds of large odd numbers, in every mode and both signs.
    for (const [n, d] of [[MAX - 2, 2], [MAX - 4, 2], [MAX - 3, 3], [MAX - 4, 3], [MAX - 7, 7]] as const) {
      for (const m of ROUNDING_MODES) {
        for (const v of [n, -n]) {
          const want = referenceRound(BigInt(v), BigInt(d), 0, m);
          expect([v, d, m, String(divRoundNumber(v, d, m) + 0)]).toEqual([v, d, m, want]);
        }
      }
    }
    expect(divRoundNumber(MAX - 2, 2, 'half-even')).toBe(2 ** 52 - 2);
    expect(divRoundNumber(MAX - 4, 2, 'half-even')).toBe(2 ** 52 - 2);
    expect(divRoundNumber(MAX - 2, 2, 'half-up')).toBe(2 ** 52 - 1);
  });

  // Why the off-by-one correction in divRoundNumber never fires (its mutants are equivalent, see
  // docs/mutation-testing.md): under the precondition the double quotient always truncates to the
  // true quotient. Checked here on the inputs most likely to break it: near 2^53, all denominators.
  it('the double quotient truncates to the true quotient under the precondition', () => {
    const check = (n: number, d: number) => {
      const q = Math.trunc(n / d);
      expect(q * d <= Math.abs(n) || n < 0).toBe(true);
      expect(BigInt(q)).toBe(BigInt(n) / BigInt(d));
    };
    fc.assert(fc.property(numberPair, ([n, d]) => check(n, d)), { numRuns: 5000 });
    for (let d = 1; d <= 4096; d++) {
      for (const n of [MAX - d, MAX - d - 1, MAX - 2 * d, MAX - d - 7, 2 ** 52 - 1, 2 ** 52 + 1]) {
        if (n + d <= MAX) { check(n, d); check(-n, d); }
      }
    }
  });
});

describe('scaledToString', () => {
  it('agrees with the reference for numbers and BigInts, every decimals 0–10', () => {
    const q = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -MAX, max: MAX }), fc.constantFrom(0, 1, -1, 10, -10, 100, 1000, -1000, 10 ** 10, -(10 ** 10), MAX - 10 ** 10, -(MAX - 10 ** 10), 900719 * 10 ** 10 - 1, 90071992547409 * 100 - 1, MAX - 10 ** 10 + 1));
    fc.assert(
      fc.property(q, fc.integer({ min: 0, max: 10 }), (v, d) => {
        expect(scaledToString(v, d)).toBe(plain(BigInt(v), d));
        expect(scaledToString(BigInt(v), d)).toBe(plain(BigInt(v), d));
      }),
      { numRuns: 3000 },
    );
  });

  it('integers past 2^53 held in a double are written from their own digits, never divided on doubles', () => {
    // the double path's bound must keep them out: on doubles, 2^60 / 10 is not exact
    for (const v of [2 ** 60, -(2 ** 60), 2 ** 53, 2 ** 53 + 2, 2 ** 69, Number.MAX_SAFE_INTEGER + 1]) {
      for (let d = 0; d <= 10; d++) expect(scaledToString(v, d), `${v} @${d}`).toBe(plain(BigInt(String(v)), d));
    }
  });

  it('writes every decimal part at 0–3 decimals (the lazily built tables) as the digits do', () => {
    for (let d = 0; d <= 3; d++) {
      const p = POW10[d] as number;
      for (const whole of [0, 1, 9, 10, 123, 100_000, Math.floor((MAX - p) / p) - 1]) {
        for (let f = 0; f < p; f++) {
          const v = whole * p + f;
          expect(scaledToString(v, d), `${v} @${d}`).toBe(plain(BigInt(v), d));
          if (v !== 0) expect(scaledToString(-v, d), `${-v} @${d}`).toBe(plain(BigInt(-v), d));
        }
      }
    }
  });

  it('pads, cuts trailing zeros and keeps the sign', () => {
    expect(scaledToString(5, 3)).toBe('0.005');
    expect(scaledToString(-5, 3)).toBe('-0.005');
    expect(scaledToString(50, 3)).toBe('0.05');
    expect(scaledToString(500, 3)).toBe('0.5');
    expect(scaledToString(5000, 3)).toBe('5');
    expect(scaledToString(-5000, 3)).toBe('-5');
    expect(scaledToString(123, 3)).toBe('0.123');
    expect(scaledToString(1230, 3)).toBe('1.23');
    expect(scaledToString(1203, 3)).toBe('1.203');
    expect(scaledToString(10203, 2)).toBe('102.03');
    expect(scaledToString(0, 2)).toBe('0');
    expect(scaledToString(0, 0)).toBe('0');
    expect(scaledToString(120, 0)).toBe('120');
    expect(scaledToString(-120, 0)).toBe('-120');
    expect(scaledToString(-7n, 10)).toBe('-0.0000000007');
    expect(scaledToString(12345678901234567890123n, 4)).toBe('1234567890123456789.0123');
    expect(scaledToString(-100n, 2)).toBe('-1');
  });
});

describe('POW10', () => {
  it('holds 10^0 … 10^10, frozen in use', () => {
    expect(POW10).toEqual(Array.from({ length: 11 }, (_, k) => 10 ** k));
  });
});
