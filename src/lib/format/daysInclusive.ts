/** Days from `start` to `end`, both counted (7.25–8.23 is 30 days). */
export function daysInclusive(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw new RangeError(`daysInclusive: expected two YYYY-MM-DD dates, got "${start}" and "${end}"`);
  return Math.round(ms / 86_400_000) + 1;
}
