import type { ChartSpec } from '../../schemas/chart.ts';
import type { DatasetIndex } from '../content/datasetIndex.ts';
import { lookupRef } from '../content/datasetIndex.ts';
import type { ChartFigure, ChartMilestone, ChartOutput, BuiltChart } from './types.ts';
import { chartId } from './chartId.ts';
import { ChartInputError, type ChartInputProblem } from './chartInput.ts';
import { indexBars } from './indexBars.ts';
import { multiBaseline } from './multiBaseline.ts';
import { slope } from './slope.ts';
import { bullet } from './bullet.ts';
import { tiles } from './tiles.ts';
import { crossCase } from './crossCase.ts';
import { providerScale } from './providerScale.ts';
import { timeline } from './timeline.ts';

export interface RenderChartOptions {
  /** Overrides the id computed from the spec (two identical charts on one page). */
  id?: string | undefined;
  /** Where the spec is written (`content/cases/x.mdx`, `charts[0]`), so a failure names the file and field. */
  where?: { file: string; field: string } | undefined;
}

/** A chart spec the build cannot draw: names the file, the field and what is wrong, like `npm run check`. */
export class ChartSpecError extends Error {
  readonly problems: readonly ChartInputProblem[];
  constructor(spec: ChartSpec, problems: readonly ChartInputProblem[], where?: { file: string; field: string }) {
    const at = (field: string) => (where ? `${where.file} › ${where.field}${field ? `.${field}` : ''}` : `chart “${spec.title}” (${spec.type})${field ? ` › ${field}` : ''}`);
    super(problems.map((p) => `${at(p.field)}：${p.message} / ${p.gloss}`).join('\n'));
    this.name = 'ChartSpecError';
    this.problems = problems;
  }
}

/**
 * Looks up every figure a chart spec cites and draws it with the builder for
 * its type. A reference that names nothing stops the build with the chart's title.
 */
export function renderChart(spec: ChartSpec, index: DatasetIndex, options: RenderChartOptions = {}): ChartOutput {
  const id = options.id ?? chartId(spec);
  const fail = (field: string, message: string, gloss: string): never => {
    throw new ChartSpecError(spec, [{ field, message, gloss }], options.where);
  };
  const figures = (refs: readonly string[]): ChartFigure[] =>
    refs.map((ref, i) => {
      const found = lookupRef(index, 'fig', ref);
      if ('error' in found) return fail(`figures[${i}]`, `引用 ${ref} 找不到`, found.error);
      return { ref, datasetId: found.dataset.id, datasetTitle: found.dataset.data.title, entry: found.entry, siblings: found.dataset.entries };
    });
  const milestones = (refs: readonly string[]): ChartMilestone[] =>
    refs.map((ref, i) => {
      const found = lookupRef(index, 'date', ref);
      if ('error' in found) return fail(`milestones[${i}]`, `引用 ${ref} 找不到`, found.error);
      return { ref, datasetId: found.dataset.id, datasetTitle: found.dataset.data.title, milestone: found.milestone };
    });

  let built: BuiltChart;
  let used: { datasetId: string; datasetTitle: string }[];
  try {
    const common = { id, labels: spec.labels };
    if (spec.type === 'timeline') {
      const m = milestones(spec.milestones);
      used = m;
      built = timeline(m, common);
    } else {
      const f = figures(spec.figures);
      used = f;
      built = buildFigureChart(spec, f, common);
    }
  } catch (error) {
    if (error instanceof ChartSpecError) throw error;
    if (error instanceof ChartInputError) throw new ChartSpecError(spec, error.problems, options.where);
    return fail('', '这张图画不出来', error instanceof Error ? error.message : String(error));
  }

  const datasets: ChartOutput['datasets'] = [];
  for (const { datasetId, datasetTitle } of used) {
    if (!datasets.some((d) => d.id === datasetId)) datasets.push({ id: datasetId, title: datasetTitle });
  }
  const description = spec.note ? `${built.description}${spec.note}` : built.description;
  return { ...built, description, id, type: spec.type, title: spec.title, takeaway: spec.takeaway, note: spec.note, datasets };
}

/** The builder of a chart drawn from dataset entries (every type but the timeline). */
function buildFigureChart(
  spec: Exclude<ChartSpec, { type: 'timeline' }>,
  figures: ChartFigure[],
  common: { id: string; labels: readonly string[] | undefined },
): BuiltChart {
  switch (spec.type) {
    case 'indexBars':
      return indexBars(figures, { ...common, baselineLabel: spec.baselineLabel, currentLabel: spec.currentLabel });
    case 'multiBaseline':
      return multiBaseline(figures, { ...common, baselineLabel: spec.baselineLabel });
    case 'slope':
      return slope(figures, common);
    case 'bullet':
      return bullet(figures, common);
    case 'tiles':
      return tiles(figures, common);
    case 'crossCase':
      return crossCase(figures, common);
    case 'providerScale':
      return providerScale(figures, common);
  }
}
