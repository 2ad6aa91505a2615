import type { Dataset, Milestone } from '../../schemas/dataset.ts';
import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import { growthBetween } from '../formula/growth.ts';
import { daysInclusive } from '../format/daysInclusive.ts';

/** A relation between stated figures that does not hold. */
export interface RelationProblem {
  /** Path of the failing check inside the dataset (checks[0]). */
  field: string;
  /** In Chinese. */
  message: string;
  /** The same, in English. */
  gloss: string;
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
      if (v === undefined) problems.push({ field: `${field}.${key}`, message: `条目 "${id}" 在这个数据集里没有`, gloss: `names entry "${id}", which this dataset does not have` });
      return v;
    };
    switch (check.kind) {
      case 'growth': {
        const [a, b, g] = [value('earlier', check.earlier), value('later', check.later), value('growth', check.growth)];
        if (a === undefined || b === undefined || g === undefined) return;
        const actual = growthBetween(a, b);
        if (Math.abs(actual - g) > check.tolerance)
          problems.push({
            field,
            message: `原文的增长率 ${g}% 与 ${check.earlier} → ${check.later} 算出的 ${actual.toFixed(2)}% 不符(允许误差 ±${check.tolerance} 个百分点)`,
            gloss: `stated growth ${g}% does not match ${actual.toFixed(2)}%`,
          });
        return;
      }
      case 'multiple': {
        const [a, b, m] = [value('earlier', check.earlier), value('later', check.later), value('multiple', check.multiple)];
        if (a === undefined || b === undefined || m === undefined) return;
        const actual = b / a;
        if (Math.abs(actual - m) > check.tolerance)
          problems.push({
            field,
            message: `原文的倍数 ${m} 倍与 ${check.earlier} → ${check.later} 算出的 ${actual.toFixed(3)} 倍不符(允许误差 ±${check.tolerance})`,
            gloss: `stated multiple ${m}× does not match ${actual.toFixed(3)}×`,
          });
        return;
      }
      case 'lessThan': {
        const [lo, up] = [value('lower', check.lower), value('upper', check.upper)];
        if (lo === undefined || up === undefined) return;
        if (!(lo < up)) problems.push({ field, message: `${check.lower}(${lo})应小于 ${check.upper}(${up})`, gloss: `expected ${check.lower} to be below ${check.upper}` });
        return;
      }
      case 'daysInWindow': {
        const days = value('days', check.days);
        const window = milestones.find((m) => m.id === check.window);
        if (!window) {
          problems.push({ field: `${field}.window`, message: `时间点 "${check.window}" 在这个数据集里没有`, gloss: `names milestone "${check.window}", which this dataset does not have` });
          return;
        }
        if (days === undefined) return;
        if (!window.end || window.date.length !== 10 || window.end.length !== 10) {
          problems.push({ field: `${field}.window`, message: `时间点 "${check.window}" 要写明精确到日的开始(date)和结束(end)`, gloss: 'the window needs a start and an end given to the day' });
          return;
        }
        const actual = daysInclusive(window.date, window.end);
        if (actual !== days) problems.push({ field, message: `原文说 ${days} 天，但 ${window.date} 到 ${window.end} 首尾都算是 ${actual} 天`, gloss: `stated ${days} days, but the window is ${actual} days` });
        return;
      }
    }
  });
  return problems;
}
