import type { ChartSpec } from '../../schemas/chart.ts';
import type { FigureIndex } from '../content/figureIndex.ts';
import { lookupEntry, lookupMilestone } from '../content/figureIndex.ts';
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

/** Options for `renderChart`. */
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
export function renderChart(spec: ChartSpec, index: FigureIndex, options: RenderChartOptions = {}): ChartOutput {
  const id = options.id ?? chartId(spec);
  const fail = (message: string): never => {
    throw new ChartSpecError(`chart “${spec.title}” (${spec.type}): ${message}`);
  };
  const figures = (refs: readonly string[]): ChartFigure[] =>
    refs.map((ref) => {
      const found = lookupEntry(index, ref);
      if ('error' in found) return fail(found.error);
      return { ref, datasetId: found.dataset.id, datasetTitle: found.dataset.data.title, entry: found.entry, siblings: found.dataset.entries };
    });
  const milestones = (refs: readonly string[]): ChartMilestone[] =>
    refs.map((ref) => {
      const found = lookupMilestone(index, ref);
      if ('error' in found) return fail(found.error);
      return { ref, datasetId: found.dataset.id, datasetTitle: found.dataset.data.title, milestone: found.milestone };
    });

  let built: BuiltChart;
  let used: { datasetId: string; datasetTitle: string }[];
  try {
    switch (spec.type) {
      case 'indexBars': {
        const f = figures(spec.figures);
        used = f;
        built = indexBars(f, { id, baselineLabel: spec.baselineLabel, currentLabel: spec.currentLabel, labels: spec.labels });
        break;
      }
      case 'multiBaseline': {
        const f = figures(spec.figures);
        used = f;
        built = multiBaseline(f, { id, baselineLabel: spec.baselineLabel, labels: spec.labels });
        break;
      }
      case 'slope': {
        const f = figures(spec.figures);
        used = f;
        built = slope(f, { id, labels: spec.labels });
        break;
      }
      case 'bullet': {
        const f = figures(spec.figures);
        used = f;
        built = bullet(f, { id, labels: spec.labels });
        break;
      }
      case 'tiles': {
        const f = figures(spec.figures);
        used = f;
        built = tiles(f, { id, labels: spec.labels });
        break;
      }
      case 'crossCase': {
        const f = figures(spec.figures);
        used = f;
        built = crossCase(f, { id, labels: spec.labels });
        break;
      }
      case 'providerScale': {
        const f = figures(spec.figures);
        used = f;
        built = providerScale(f, { id, labels: spec.labels });
        break;
      }
      case 'timeline': {
        const m = milestones(spec.milestones);
        used = m;
        built = timeline(m, { id, labels: spec.labels });
        break;
      }
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
