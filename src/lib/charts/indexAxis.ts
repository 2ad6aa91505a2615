import * as Plot from '@observablehq/plot';
import { palette } from './palette.ts';
import { plainTick } from './zhLocale.ts';

/**
 * The x scale of an index chart (baseline = 100): from 0 to `max`, a tick
 * every `step`, labelled with what 100 stands for.
 */
export function indexAxis(baselineLabel: string, max: number, step: number): Plot.ScaleOptions {
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return {
    domain: [0, max],
    ticks,
    tickFormat: plainTick,
    label: `指数（${baselineLabel} = 100）`,
    labelArrow: 'none',
    labelAnchor: 'left',
  };
}

/** The dashed rule at 100, where the baseline stands. */
export function baselineRule(): Plot.Markish {
  return Plot.gridX({ ticks: [100], stroke: palette.baseline, strokeOpacity: 0.6, strokeDasharray: '3,3' });
}
