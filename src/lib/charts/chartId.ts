import { createHash } from 'node:crypto';
import { chartRefs, type ChartSpec } from '../../schemas/chart.ts';

/**
 * A stable id for a chart, from what it shows: the same spec gives the same
 * id in every build, so ids inside the SVG and links to it never churn.
 */
export function chartId(spec: ChartSpec): string {
  const hash = createHash('sha256').update(JSON.stringify([spec.type, spec.title, chartRefs(spec)])).digest('hex');
  return `bc-${hash.slice(0, 8)}`;
}
