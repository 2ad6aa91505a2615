/**
 * Writes an ISO date at the precision it carries: 2013 → 2013年,
 * 2022-05 → 2022年5月, 2022-08-14 → 2022年8月14日 (or 8月14日 without the year).
 */
export function formatDateCN(iso: string, options: { withYear?: boolean } = {}): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new RangeError(`formatDateCN: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${iso}"`);
  const [, year, month, day] = match;
  const withYear = options.withYear ?? true;
  if (!month) return `${year}年`;
  const m = `${Number(month)}月`;
  const d = day ? `${Number(day)}日` : '';
  return (withYear || !day ? `${year}年` : '') + m + d;
}

/** Days from `start` to `end`, both counted (7.25–8.23 is 30 days). */
export function daysInclusive(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw new RangeError(`daysInclusive: expected two YYYY-MM-DD dates, got "${start}" and "${end}"`);
  return Math.round(ms / 86_400_000) + 1;
}
