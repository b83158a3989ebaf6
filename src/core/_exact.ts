import type { IssueFacts, IssuePath, ErrorCode } from './errors.js';
import type { Fail } from './errors.js';
import { describe } from './factCodes.js';

/**
 * An exact number read from the caller: its canonical plain-decimal text, the rational n/d behind it
 * (d a power of ten, d > 0), and the same value as a JS number when it is a safe integer, so hot paths
 * can stay on integer arithmetic.
 */
export interface ExactNumber {
  readonly text: string;
  readonly n: bigint;
  readonly d: bigint;
  readonly int: number | undefined;
}

/** A problem found while reading a number, before it is turned into an issue with a path. */
export interface ReadProblem {
  readonly code: ErrorCode;
  readonly facts: IssueFacts;
}

/** Longest decimal string accepted: long enough for any real figure, short enough to stay cheap. */
export const MAX_NUMBER_TEXT = 400;

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/;

/** Builds the ExactNumber for a validated sign, integer digits and fraction digits. */
function fromParts(negative: boolean, intDigits: string, fracDigits: string): ExactNumber {
  let frac = fracDigits;
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  let start = 0;
  while (start < intDigits.length - 1 && intDigits.charCodeAt(start) === 48) start++;
  const whole = intDigits.slice(start);
  const isZero = whole === '0' && frac === '';
  const sign = negative && !isZero ? '-' : '';
  const text = frac === '' ? sign + whole : `${sign}${whole}.${frac}`;
  const n = BigInt(sign + whole + frac);
  const d = 10n ** BigInt(frac.length);
  let int: number | undefined;
  if (frac === '' && whole.length <= 16) {
    const x = Number(sign + whole);
    if (Number.isSafeInteger(x)) int = x;
  }
  return { text, n, d, int };
}

/**
 * Plain digits of a finite JS number that is not a whole number and is below 2^53 in size, without
 * exponent. Such a number prints either plainly ("97.35") or, below 10^-6, with a negative exponent
 * ("1.5e-7"), never with a positive one.
 */
function numberToParts(x: number): [boolean, string, string] {
  const s = String(Math.abs(x));
  const e = s.indexOf('e-');
  if (e < 0) {
    const dot = s.indexOf('.');
    return [x < 0, s.slice(0, dot), s.slice(dot + 1)];
  }
  // d.ddd × 10^-k: k − 1 zeros after the point, then the digits of d.ddd
  return [x < 0, '0', '0'.repeat(Number(s.slice(e + 2)) - 1) + s.slice(0, e).replace('.', '')];
}

/**
 * Reads a finite JS number or a plain decimal string exactly. JS numbers are taken at their shortest
 * round-trip value (97.35 is 97.35, not the binary double behind it), which is what the caller wrote.
 */
export function readNumber(v: unknown): ExactNumber | ReadProblem {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { code: 'not_finite', facts: describe(v) };
    if (Number.isSafeInteger(v)) return { text: String(v === 0 ? 0 : v), n: BigInt(v), d: 1n, int: v === 0 ? 0 : v };
    if (Math.abs(v) > Number.MAX_SAFE_INTEGER) return { code: 'unsafe_number', facts: { value: String(v) } };
    const [neg, i, f] = numberToParts(v);
    return fromParts(neg, i, f);
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return { code: 'empty_string', facts: {} };
    if (s.length > MAX_NUMBER_TEXT) return { code: 'too_long', facts: { length: s.length, limit: MAX_NUMBER_TEXT } };
    const m = PLAIN.exec(s);
    if (m !== null) return fromParts(m[1] === '-', m[2] ?? '0', m[3] ?? '');
    if (EXPONENT.test(s)) return { code: 'exponent_not_allowed', facts: { value: s } };
    const comma = /^[+-]?[\d.]*,[\d.,]*$/.test(s);
    return { code: 'malformed_number', facts: { value: s, hint: comma ? 'comma-decimal' : 'plain-decimal' } };
  }
  return { code: 'invalid_type', facts: { expected: 'number-or-decimal-string', ...describe(v) } };
}

/** Whether a read produced a problem rather than a number. */
export function isProblem(r: ExactNumber | ReadProblem): r is ReadProblem {
  return 'code' in r;
}

const FRACTION = /^\s*([+-]?\d+)\s*\/\s*(\d+)\s*$/;

/**
 * Reads a value to re-round: a number, a plain decimal string, or an exact fraction "p/q" as results
 * carry it. Returns a rational with a positive denominator; `failWith` writes the issue (an area's own
 * tables, or the core's).
 */
export function readExactValue(v: unknown, path: IssuePath, failWith: Fail): { n: bigint; d: bigint } {
  if (typeof v === 'string' && v.length <= 2 * MAX_NUMBER_TEXT) {
    const m = FRACTION.exec(v);
    if (m !== null) {
      const d = BigInt(m[2] ?? '1');
      if (d === 0n) failWith('malformed_number', path, { value: v, hint: 'zero-denominator' });
      return { n: BigInt(m[1] ?? '0'), d };
    }
  }
  const r = readNumber(v);
  if (isProblem(r)) failWith(r.code, path, r.facts);
  return { n: r.n, d: r.d };
}

/** The greatest common divisor of two non-negative BigInts. */
export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The greatest common divisor of two non-negative safe integers; on int32 while both fit, as that is far cheaper. */
function gcdNumber(a: number, b: number): number {
  if (a <= 0x7fffffff && b <= 0x7fffffff) {
    let x = a | 0;
    let y = b | 0;
    while (y !== 0) { const t = x % y; x = y; y = t; }
    return x;
  }
  while (b !== 0) { const t = a % b; a = b; b = t; }
  return a;
}

/**
 * The reduced fractions n/d and n/d − k (safe integers, d > 0, whole k, every product safe) as text,
 * with one gcd and one denominator: n/d − k = (n − k·d)/d, and gcd(n − k·d, d) = gcd(n, d), so the
 * reduced denominator is the same. A percentage and its excess over 100 are such a pair.
 */
export function fractionTextsMinus(n: number, d: number, k: number): [string, string] {
  const g = gcdNumber(Math.abs(n), d);
  const p = n / g + 0; // + 0: never "-0"
  const q = d / g;
  const r = p - k * q + 0;
  if (q === 1) return [String(p), String(r)];
  const under = `/${q}`;
  return [p + under, r + under];
}

/**
 * An exact fraction as its reduced string, "p/q", or "p" when q is 1. Safe integers (d > 0) are reduced
 * on doubles, which is exact and much cheaper than BigInt; anything else on BigInt.
 */
export function fractionText(n: bigint | number, d: bigint | number): string {
  if (typeof n === 'number' && typeof d === 'number' && d > 0) {
    const g = gcdNumber(Math.abs(n), d);
    const p = n / g + 0; // + 0: never "-0"
    const q = d / g;
    return q === 1 ? String(p) : `${p}/${q}`;
  }
  let bn = BigInt(n);
  let bd = BigInt(d);
  if (bd < 0n) { bn = -bn; bd = -bd; }
  const g = gcd(bn < 0n ? -bn : bn, bd);
  if (g > 1n) { bn /= g; bd /= g; }
  return bd === 1n ? String(bn) : `${bn}/${bd}`;
}
