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
  const i = scales.findIndex(({ size }) => abs >= size);
  if (i >= 0) {
    const scaled = roundTo(abs / scales[i]!.size, digits);
    // 99,999,999 rounds to “10000万”: carry it up to “1亿”.
    if (scaled >= 1e4 && i > 0) return sign + trim(roundTo(abs / scales[i - 1]!.size, digits)) + scales[i - 1]!.suffix;
    return sign + trim(scaled) + scales[i]!.suffix;
  }
  const plain = roundTo(abs, digits);
  if (plain >= 1e4) return sign + '1万';
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
