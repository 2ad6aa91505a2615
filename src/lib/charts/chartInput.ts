import type { ChartType } from '../../schemas/chart.ts';

/** What a chart builder needs to know of each figure (or milestone) to tell whether it can draw it. */
export interface ChartInputItem {
  /** How the spec cites it: `<dataset>/<entry>`. */
  ref: string;
  /** The entry's unit; absent for a timeline's milestones. */
  unit?: string;
  /** The entry's value (derived values computed). */
  value?: number;
}

/** Something a chart cannot draw, at a field of its spec (`figures[1]`, `labels`, `figures`). */
export interface ChartInputProblem {
  /** Path inside the chart spec. */
  field: string;
  /** In Chinese: what is wrong and what the chart expects. */
  message: string;
  /** The same, in English. */
  gloss: string;
}

/** Thrown by a chart builder given input it cannot draw; carries the field of the spec. */
export class ChartInputError extends Error {
  readonly problems: readonly ChartInputProblem[];
  constructor(type: string, problems: readonly ChartInputProblem[]) {
    super(problems.map((p) => `${type} › ${p.field}：${p.message} / ${p.gloss}`).join('\n'));
    this.name = 'ChartInputError';
    this.problems = problems;
  }
}

/** How many figures each type draws, and which units it can draw. */
const rules: Record<ChartType, { min: number; max?: number; units?: readonly string[]; oneUnit?: boolean; positive?: string }> = {
  indexBars: { min: 1, units: ['percentChange', 'index'] },
  multiBaseline: { min: 1, units: ['index'], positive: '指数要大于 0 才能互相比较' },
  slope: { min: 2, max: 2, oneUnit: true },
  bullet: { min: 3, max: 3, oneUnit: true },
  tiles: { min: 1 },
  crossCase: { min: 2, oneUnit: true, positive: '对数刻度只能画大于 0 的数' },
  providerScale: { min: 1, oneUnit: true },
  timeline: { min: 1 },
};

const countWords: Partial<Record<ChartType, string>> = {
  slope: '(前、后)',
  bullet: '(之前、之后、门槛)',
};

/**
 * Whether a chart of `type` can draw these figures with these labels: the
 * number of figures, their units, values a scale can show, one label per
 * figure. The same rules the builders enforce, as data, so `npm run check`
 * finds what the build would stop on. Empty when the chart can be drawn.
 */
export function chartInputProblems(type: ChartType, items: readonly ChartInputItem[], labels?: readonly string[]): ChartInputProblem[] {
  const rule = rules[type];
  const key = type === 'timeline' ? 'milestones' : 'figures';
  const problems: ChartInputProblem[] = [];
  const n = items.length;
  if (n < rule.min || (rule.max !== undefined && n > rule.max)) {
    const wanted = rule.max === rule.min ? `${rule.min} 个${countWords[type] ?? ''}` : `至少 ${rule.min} 个`;
    problems.push({ field: key, message: `${type} 图要 ${wanted}${type === 'timeline' ? '时间点' : '数字'}，实际 ${n} 个`, gloss: `${type} needs ${rule.max === rule.min ? 'exactly' : 'at least'} ${rule.min}, got ${n}` });
  }
  if (rule.units) {
    items.forEach((item, i) => {
      if (item.unit !== undefined && !rule.units!.includes(item.unit))
        problems.push({
          field: `${key}[${i}]`,
          message: `${item.ref} 的单位是 ${item.unit}，${type} 图只能画 ${rule.units!.join(' 或 ')} 的数字`,
          gloss: `${type} cannot draw unit "${item.unit}"; expected ${rule.units!.join(' or ')}`,
        });
    });
  }
  if (rule.oneUnit) {
    const units = [...new Set(items.map((item) => item.unit).filter((u) => u !== undefined))];
    if (units.length > 1) {
      const first = items[0]!.unit;
      items.forEach((item, i) => {
        if (i > 0 && item.unit !== first)
          problems.push({
            field: `${key}[${i}]`,
            message: `${item.ref} 的单位是 ${item.unit}，与第一个数字(${first})不同：${type} 图的数字要用同一个单位`,
            gloss: `${type} needs one unit for all figures (got ${units.join(', ')})`,
          });
      });
    }
  }
  if (rule.positive) {
    items.forEach((item, i) => {
      if (item.value !== undefined && !(item.value > 0))
        problems.push({ field: `${key}[${i}]`, message: `${item.ref} 是 ${item.value}：${rule.positive}`, gloss: `${type} needs values above 0` });
    });
  }
  if (labels && labels.length !== n)
    problems.push({ field: 'labels', message: `labels 有 ${labels.length} 个名字，但图里有 ${n} 个${type === 'timeline' ? '时间点' : '数字'}：请按顺序每个写一个`, gloss: `labels has ${labels.length} names for ${n} items` });
  return problems;
}

/** Throws a `ChartInputError` when a builder is given input it cannot draw. */
export function assertChartInput(type: ChartType, items: readonly ChartInputItem[], labels?: readonly string[]): void {
  const problems = chartInputProblems(type, items, labels);
  if (problems.length) throw new ChartInputError(type, problems);
}

/** A figure as `chartInputProblems` reads it. */
export function figureInput(figure: { ref: string; entry: { unit: string; value: number } }): ChartInputItem {
  return { ref: figure.ref, unit: figure.entry.unit, value: figure.entry.value };
}
