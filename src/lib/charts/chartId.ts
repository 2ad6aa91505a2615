import { createHash } from 'node:crypto';
import type { ChartSpec } from '../../schemas/chart.ts';

/**
 * A stable id for a chart, from what it shows: the same spec gives the same
 * id in every build, so ids inside the SVG and links to it never churn.
 */
export function chartId(spec: ChartSpec): string {
  const refs = spec.type === 'timeline' ? spec.milestones : spec.figures;
  const hash = createHash('sha256').update(JSON.stringify([spec.type, spec.title, refs])).digest('hex');
  return `bc-${hash.slice(0, 8)}`;
}
