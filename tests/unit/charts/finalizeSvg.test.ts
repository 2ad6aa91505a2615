import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { finalizeSvg, roundAttributeNumbers } from '../../../src/lib/charts/finalizeSvg.ts';
import { plotDocument } from '../../../src/lib/charts/plotChart.ts';
import type { SvgElement } from '../../../src/lib/charts/svgDom.ts';

const draw = () =>
  Plot.plot({ document: plotDocument() as unknown as Document, width: 300, height: 100, y: { type: 'band' }, marks: [Plot.barX([1, 2, 3], { x: (d: number) => d / 3, y: (d: number) => `${d}` })] }) as unknown as SvgElement;

describe('finalizeSvg', () => {
  it('moves Plot’s inline style and font-variant out, and renames its class', () => {
    const raw = draw().outerHTML;
    expect(raw).toMatch(/<style>/);
    expect(raw).toMatch(/font-variant="tabular-nums"/);
    const out = finalizeSvg(draw(), { labelledBy: 'x-title', describedBy: 'x-desc' });
    expect(out).not.toMatch(/<style|font-variant=|plot-[0-9a-f]{6}/);
    expect(out).toMatch(/class="bc-plot"/);
    expect(out).toMatch(/class="bc-tnum"/);
    expect(out).toMatch(/role="img"/);
    expect(out).toMatch(/aria-labelledby="x-title"/);
    expect(out).toMatch(/xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('is the same on every call', () => {
    expect(finalizeSvg(draw())).toBe(finalizeSvg(draw()));
  });

  it('rounds numbers in attributes, never in text', () => {
    expect(roundAttributeNumbers('<g transform="translate(91.32743362831857,170)"><text>3.14159</text></g>')).toBe(
      '<g transform="translate(91.33,170)"><text>3.14159</text></g>',
    );
    expect(roundAttributeNumbers('<path d="M-0.0001234,0"/>')).toBe('<path d="M0,0"/>');
  });
});
