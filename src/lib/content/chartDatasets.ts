import type { ChartSpec } from '../../schemas/chart.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';

/** The dataset ids a list of charts and figure references draws on, in first-use order. */
export function datasetsCited(charts: readonly ChartSpec[], refs: readonly string[] = []): string[] {
  const all = [...refs, ...charts.flatMap((chart) => (chart.type === 'timeline' ? chart.milestones : chart.figures))];
  return [...new Set(all.map((ref) => parseFigureRef(ref)?.dataset).filter((id): id is string => id !== undefined))];
}
