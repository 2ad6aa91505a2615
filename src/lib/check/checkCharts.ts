import { chartSpecSchema, type ChartSpec } from '../../schemas/chart.ts';
import { chartInputProblems, figureInput, type ChartInputItem } from '../charts/chartInput.ts';
import { lookupRef } from '../content/datasetIndex.ts';
import type { ContentProblem } from './contentProblem.ts';
import { refProblem, type RefIndex } from './refProblem.ts';

/** A chart spec and where it is written. */
export interface PlacedChart {
  file: string;
  /** Its field in that file (`charts[0]`). */
  field: string;
  spec: ChartSpec;
}

/** The charts of a frontmatter `charts` list (as read, valid or not) that pass their schema one by one, each at its place. */
export function placedCharts(file: string, list: unknown): PlacedChart[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((spec: unknown, i): PlacedChart[] => {
    const parsed = chartSpecSchema.safeParse(spec);
    return parsed.success ? [{ file, field: `charts[${i}]`, spec: parsed.data }] : [];
  });
}

/**
 * Every chart as the build would draw it: each reference resolves, and the
 * chart's builder can draw what they name (number of figures, units, values,
 * labels), by the same rules the builders enforce (`chartInputProblems`).
 * A chart citing a dataset with problems of its own is checked for its
 * references only.
 */
export function checkCharts(charts: readonly PlacedChart[], index: RefIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, field, spec } of charts) {
    const kind = spec.type === 'timeline' ? 'date' : 'fig';
    const key = spec.type === 'timeline' ? 'milestones' : 'figures';
    const refs = spec.type === 'timeline' ? spec.milestones : spec.figures;
    const items: ChartInputItem[] = [];
    let drawable = true;
    refs.forEach((ref, i) => {
      const problem = refProblem(index, kind, ref);
      if (problem) problems.push({ file, field: `${field}.${key}[${i}]`, ...problem });
      const found = lookupRef(index.datasets, kind, ref);
      if ('error' in found) drawable = false;
      else items.push('entry' in found ? figureInput({ ref, entry: found.entry }) : { ref });
    });
    if (!drawable) continue;
    for (const p of chartInputProblems(spec.type, items, spec.labels)) problems.push({ file, field: `${field}.${p.field}`, message: p.message, gloss: p.gloss });
  }
  return problems;
}
