import type { ChartSpec } from '../../schemas/chart.ts';
import type { DatasetIndex } from '../content/datasetIndex.ts';
import { lookupRef } from '../content/datasetIndex.ts';
import type { ChartFigure, ChartMilestone, ChartOutput, BuiltChart } from './types.ts';
import { chartId } from './chartId.ts';
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
  id?: string;
}

/** A problem with a chart spec, naming the chart. */
export class ChartSpecError extends Error {}

/**
 * Looks up every figure a chart spec cites and draws it with the builder for
 * its type. A reference that names nothing stops the build with the chart's title.
 */
export function renderChart(spec: ChartSpec, index: DatasetIndex, options: RenderChartOptions = {}): ChartOutput {
  const id = options.id ?? chartId(spec);
  const fail = (message: string): never => {
    throw new ChartSpecError(`chart “${spec.title}” (${spec.type}): ${message}`);
  };
  const figures = (refs: readonly string[]): ChartFigure[] =>
    refs.map((ref) => {
      const found = lookupRef(index, 'fig', ref);
      if ('error' in found) return fail(found.error);
      return { ref, datasetId: found.dataset.id, datasetTitle: found.dataset.data.title, entry: found.entry, siblings: found.dataset.entries };
    });
  const milestones = (refs: readonly string[]): ChartMilestone[] =>
    refs.map((ref) => {
      const found = lookupRef(index, 'date', ref);
      if ('error' in found) return fail(found.error);
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
    return fail(error instanceof Error ? error.message : String(error));
  }

  const datasets: ChartOutput['datasets'] = [];
  for (const { datasetId, datasetTitle } of used) {
    if (!datasets.some((d) => d.id === datasetId)) datasets.push({ id: datasetId, title: datasetTitle });
  }
  return { ...built, id, type: spec.type, title: spec.title, takeaway: spec.takeaway, datasets };
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
