import { describe, expect, it } from 'vitest';
import { timeTickLabels, timeTicks } from '../../../src/lib/charts/timeTicks.ts';
import { textWidth } from '../../../src/lib/svgText/textWidth.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('timeTicks', () => {
  it('writes the year (or month) only where it changes', () => {
    expect(timeTickLabels([d('2021-07-01'), d('2021-10-01'), d('2022-01-01'), d('2022-04-01')], 'month')).toEqual(['2021年7月', '10月', '2022年1月', '4月']);
    expect(timeTickLabels([d('2022-07-24'), d('2022-07-31'), d('2022-08-07')], 'day')).toEqual(['7月24日', '31日', '8月7日']);
  });

  it('keeps every label clear of its neighbours and inside the drawing, at any width', () => {
    for (const width of [200, 300, 400, 800]) {
      const range = [36, width - 44] as const;
      const { ticks, labels } = timeTicks({ domain: [d('2021-06-15'), d('2022-09-10')], range, precision: 'month', fontSize: 14, bounds: [0, width] });
      expect(ticks.length).toBeGreaterThan(0);
      const x = (t: Date) => range[0] + ((t.getTime() - d('2021-06-15').getTime()) / (d('2022-09-10').getTime() - d('2021-06-15').getTime())) * (range[1] - range[0]);
      const boxes = ticks.map((t, i) => ({ x0: x(t) - textWidth(labels[i]!, 14) / 2, x1: x(t) + textWidth(labels[i]!, 14) / 2 }));
      for (const [i, b] of boxes.entries()) {
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(width);
        if (i > 0) expect(b.x0).toBeGreaterThan(boxes[i - 1]!.x1);
      }
    }
  });
});
