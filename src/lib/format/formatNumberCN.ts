/** Options for `formatNumberCN`. */
export interface FormatNumberOptions {
  /** Most digits after the decimal point, trailing zeros dropped (default 2). */
  maximumFractionDigits?: number;
}

const scales = [
  { size: 1e12, suffix: '万亿' },
  { size: 1e8, suffix: '亿' },
  { size: 1e4, suffix: '万' },
] as const;

/**
 * Writes a number the way Chinese readers count: 1450万, 1.8亿, 5.4万亿.
 * Below 10,000 the digits are written out (9999). NaN and ±Infinity are
 * programming errors, not figures, so they throw.
 */
export function formatNumberCN(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumberCN: expected a finite number, got ${value}`);
  const digits = options.maximumFractionDigits ?? 2;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const { size, suffix } of scales) {
    // Round first so that 99,999,999 does not print as “10000万”.
    const scaled = roundTo(abs / size, digits);
    if (scaled >= 1) {
      const next = scales.find((s) => s.size === size * 1e4);
      if (next && scaled >= 1e4) return sign + trim(roundTo(abs / next.size, digits)) + next.suffix;
      return sign + trim(scaled) + suffix;
    }
  }
  return sign + trim(roundTo(abs, digits));
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function trim(value: number): string {
  // toString never uses exponent notation for the magnitudes handled here.
  return String(value);
}
