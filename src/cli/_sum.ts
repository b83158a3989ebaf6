/** Exact sums of plain decimal strings ("103", "-2.5"), as scaled bigints: no float ever rounds a total. */
export class DecimalSum {
  private units = 0n;
  private scale = 0;

  add(plain: string): void {
    const neg = plain.startsWith('-');
    const [i = '0', f = ''] = (neg ? plain.slice(1) : plain).split('.');
    if (f.length > this.scale) { this.units *= 10n ** BigInt(f.length - this.scale); this.scale = f.length; }
    const v = BigInt(i + f.padEnd(this.scale, '0'));
    this.units += neg ? -v : v;
  }

  /** The sum in plain notation, trailing zeros removed. */
  text(): string {
    const neg = this.units < 0n;
    const digits = (neg ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const int = digits.slice(0, digits.length - this.scale);
    const frac = digits.slice(digits.length - this.scale).replace(/0+$/, '');
    return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  }
}
