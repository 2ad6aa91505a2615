import type { Dataset, Milestone } from '../../schemas/dataset.ts';
import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import { growthBetween } from '../formula/growth.ts';
import { daysInclusive } from '../format/daysInclusive.ts';

/** A relation between stated figures that does not hold. */
export interface RelationProblem {
  /** Path of the failing check inside the dataset (checks[0]). */
  field: string;
  message: string;
}

/**
 * Verifies the relations a dataset declares between its figures (rule 4):
 * a stated growth against stated absolutes, a stated multiple, an ordering,
 * a stated number of days against its window.
 */
export function checkRelations(
  dataset: Pick<Dataset, 'checks'>,
  entries: readonly ResolvedEntry[],
  milestones: readonly Milestone[],
): RelationProblem[] {
  const problems: RelationProblem[] = [];
  const values = new Map(entries.map((entry) => [entry.id, entry.value]));
  dataset.checks.forEach((check, i) => {
    const field = `checks[${i}]`;
    const value = (key: string, id: string): number | undefined => {
      const v = values.get(id);
      if (v === undefined) problems.push({ field: `${field}.${key}`, message: `names entry "${id}", which this dataset does not have` });
      return v;
    };
    switch (check.kind) {
      case 'growth': {
        const [a, b, g] = [value('earlier', check.earlier), value('later', check.later), value('growth', check.growth)];
        if (a === undefined || b === undefined || g === undefined) return;
        const actual = growthBetween(a, b);
        if (Math.abs(actual - g) > check.tolerance)
          problems.push({ field, message: `stated growth ${g}% does not match ${check.earlier} → ${check.later}, which is ${actual.toFixed(2)}% (tolerance ±${check.tolerance} points)` });
        return;
      }
      case 'multiple': {
        const [a, b, m] = [value('earlier', check.earlier), value('later', check.later), value('multiple', check.multiple)];
        if (a === undefined || b === undefined || m === undefined) return;
        const actual = b / a;
        if (Math.abs(actual - m) > check.tolerance)
          problems.push({ field, message: `stated multiple ${m}× does not match ${check.earlier} → ${check.later}, which is ${actual.toFixed(3)}× (tolerance ±${check.tolerance})` });
        return;
      }
      case 'lessThan': {
        const [lo, up] = [value('lower', check.lower), value('upper', check.upper)];
        if (lo === undefined || up === undefined) return;
        if (!(lo < up)) problems.push({ field, message: `expected ${check.lower} (${lo}) to be below ${check.upper} (${up})` });
        return;
      }
      case 'daysInWindow': {
        const days = value('days', check.days);
        const window = milestones.find((m) => m.id === check.window);
        if (!window) {
          problems.push({ field: `${field}.window`, message: `names milestone "${check.window}", which this dataset does not have` });
          return;
        }
        if (days === undefined) return;
        if (!window.end || window.date.length !== 10 || window.end.length !== 10) {
          problems.push({ field: `${field}.window`, message: `milestone "${check.window}" needs a start and an end given to the day` });
          return;
        }
        const actual = daysInclusive(window.date, window.end);
        if (actual !== days) problems.push({ field, message: `stated ${days} days, but ${window.date} to ${window.end} is ${actual} days counting both ends` });
        return;
      }
    }
  });
  return problems;
}
