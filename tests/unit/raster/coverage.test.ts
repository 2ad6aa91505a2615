import { describe, expect, it } from 'vitest';
import { rasteriseOutline, type OutlineCommand } from '../../../src/lib/raster/coverage.ts';

/** A rectangle in font units (y up), clockwise or not. */
const rect = (x0: number, y0: number, x1: number, y1: number, reverse = false): OutlineCommand[] => {
  const points = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  if (reverse) points.reverse();
  return [{ type: 'M', values: points[0]! }, ...points.slice(1).map((p) => ({ type: 'L', values: p })), { type: 'Z', values: [] }];
};

const at = (mask: ReturnType<typeof rasteriseOutline>, x: number, y: number) => mask.coverage[(y - mask.top) * mask.width + (x - mask.left)] ?? 0;

describe('rasteriseOutline', () => {
  it('covers whole pixels fully and a half-covered column by half, y flipped about the baseline', () => {
    // 2.5 px wide, 2 px tall, sitting on the baseline y = 10.
    const mask = rasteriseOutline(rect(0, 0, 25, 20), 0.1, 3, 10);
    expect(mask.top).toBe(8);
    expect([at(mask, 3, 8), at(mask, 4, 9), at(mask, 5, 9), at(mask, 6, 9)]).toEqual([255, 255, 128, 0]);
  });

  it('fills overlapping contours once (nonzero), whichever way they turn', () => {
    const same = rasteriseOutline([...rect(0, 0, 40, 40), ...rect(20, 0, 60, 40)], 0.1, 0, 4);
    expect([at(same, 1, 1), at(same, 2, 1), at(same, 5, 1)]).toEqual([255, 255, 255]);
    // A counter (the hole of “口”) turns the other way and stays empty.
    const hole = rasteriseOutline([...rect(0, 0, 60, 60), ...rect(20, 20, 40, 40, true)], 0.1, 0, 6);
    expect([at(hole, 0, 1), at(hole, 2, 3), at(hole, 5, 5)]).toEqual([255, 0, 255]);
  });

  it('keeps quarter-pixel steps, as resvg’s 4×4 supersampling does', () => {
    const mask = rasteriseOutline(rect(0, 0, 10, 10), 0.1, 0.25, 1);
    expect([at(mask, 0, 0), at(mask, 1, 0)]).toEqual([191, 64]);
  });

  it('draws quadratic curves with their true area', () => {
    // Two quadratic arcs over a 10 × 5 px box: each fills 5/6 of its 5 × 5 square, 41.7 px² in all.
    const disc: OutlineCommand[] = [
      { type: 'M', values: [-50, 0] },
      { type: 'Q', values: [-50, 50, 0, 50] },
      { type: 'Q', values: [50, 50, 50, 0] },
      { type: 'Z', values: [] },
    ];
    const mask = rasteriseOutline(disc, 0.1, 10, 10);
    const area = mask.coverage.reduce((a, c) => a + c, 0) / 255;
    // Within the error of sampling four rows a pixel.
    expect(Math.abs(area - 125 / 3)).toBeLessThan(1);
  });
});
