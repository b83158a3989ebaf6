import type { RoundingMode } from '../../src/index.js';

/**
 * A slow, obviously correct reference for rounding p/q (q > 0) to `d` decimals: it takes the
 * mathematical floor and decides between floor and floor + 1, a different route from the library's
 * truncate-and-step code.
 */
export function referenceRound(p: bigint, q: bigint, d: number, mode: RoundingMode): string {
  if (q <= 0n) throw new Error('q must be positive');
  const scaled = p * 10n ** BigInt(d);
  let lo = scaled / q;
  if (scaled % q !== 0n && scaled < 0n) lo -= 1n; // floor for negatives
  const frac = scaled - lo * q; // 0 <= frac < q
  let pick = lo;
  if (frac !== 0n) {
    const hi = lo + 1n;
    const positive = scaled > 0n;
    const twice = 2n * frac;
    switch (mode) {
      case 'ceil': pick = hi; break;
      case 'floor': pick = lo; break;
      case 'up': pick = positive ? hi : lo; break;
      case 'down': pick = positive ? lo : hi; break;
      case 'half-up': pick = twice > q ? hi : twice < q ? lo : positive ? hi : lo; break;
      case 'half-down': pick = twice > q ? hi : twice < q ? lo : positive ? lo : hi; break;
      case 'half-even': pick = twice > q ? hi : twice < q ? lo : lo % 2n === 0n ? lo : hi; break;
    }
  }
  return plain(pick, d);
}

/** A scaled integer as a plain decimal string without trailing zeros. */
export function plain(scaled: bigint, d: number): string {
  const neg = scaled < 0n;
  const abs = (neg ? -scaled : scaled).toString().padStart(d + 1, '0');
  const int = abs.slice(0, abs.length - d);
  const frac = abs.slice(abs.length - d).replace(/0+$/, '');
  const s = frac ? `${int}.${frac}` : int;
  return neg && s !== '0' ? `-${s}` : s;
}

/** A plain decimal string as a fraction n / 10^k. */
export function decimalToFraction(s: string): [bigint, bigint] {
  const [i = '0', f = ''] = s.split('.');
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}
