/**
 * Growth maths for figures the source gives as ratios. Percentages are in
 * percent (126 means +126%), indexes put the earlier period at 100.
 */

/** The later period as an index where the earlier one is 100: +126% → 226. */
export function indexFromGrowth(growthPercent: number): number {
  assertFinite(growthPercent, 'growthPercent');
  return 100 * (1 + growthPercent / 100);
}

/** Growth in percent from `earlier` to `later`: 100 → 226 is +126%. */
export function growthBetween(earlier: number, later: number): number {
  assertFinite(earlier, 'earlier');
  assertFinite(later, 'later');
  if (earlier === 0) throw new RangeError('growthBetween: the earlier value is 0, so growth is undefined');
  return (later / earlier - 1) * 100;
}

/**
 * One later period grew `overEarlier`% over an earlier baseline and
 * `overNearer`% over a nearer one. Where does the nearer baseline stand when
 * the earlier one is 100? For 乐栩: +61.23% vs June, +40.15% vs July →
 * July = 100 × 1.6123 / 1.4015 ≈ 115.04.
 */
export function indexBetweenBaselines(overEarlier: number, overNearer: number): number {
  assertFinite(overEarlier, 'overEarlier');
  assertFinite(overNearer, 'overNearer');
  if (overNearer <= -100) throw new RangeError('indexBetweenBaselines: growth over the nearer baseline must be above -100%');
  return (100 * (1 + overEarlier / 100)) / (1 + overNearer / 100);
}

function assertFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name}: expected a finite number, got ${value}`);
}
