import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { renderChart } from '../../src/lib/charts/renderChart.ts';
import type { ChartOutput } from '../../src/lib/charts/types.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import { realFigureIndex } from '../fixtures/charts/figureIndex.ts';
import { branchSpecs, specs } from '../fixtures/charts/specs.ts';

export const snapshotDir = join(import.meta.dirname, '..', 'fixtures', 'charts', 'snapshots');

const fixtureSpecs: Record<keyof typeof specs | keyof typeof branchSpecs, ChartSpec> = { ...specs, ...branchSpecs };

/** A fixture chart (one per builder, or one per branch), drawn from the real datasets. */
export function fixtureChart(name: keyof typeof fixtureSpecs): ChartOutput {
  return renderChart(fixtureSpecs[name], realFigureIndex());
}

/**
 * Compares a chart's markup, one tag a line so a diff points at the element
 * that changed, with `tests/fixtures/charts/snapshots/<name>.<ext>`. The
 * builders already make it deterministic (rounded numbers, fixed ids and class
 * names: src/lib/charts/finalizeSvg.ts). A missing file fails (vitest.config.ts
 * sets `update: 'none'`); a mismatch fails with the diff and leaves the file as it is.
 */
export async function expectSnapshot(name: string, markup: string, ext = 'svg'): Promise<void> {
  await expect(`${markup.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot(
    join(snapshotDir, `${name}.${ext}`),
    `chart ${name} differs from its saved snapshot, or has none: review the change, then save it with \`npm run test:unit -- --update\``,
  );
}

/** The chart's SVG as a DOM. */
export function svgDom(markup: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg') as unknown as SVGSVGElement;
}

/** All text drawn in an SVG, one string per <text>. */
export function texts(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

/** Rules every chart's SVG keeps: valid, CSP-friendly, accessible, legible. */
export function expectCleanSvg(chart: ChartOutput): void {
  const { markup } = chart;
  expect(markup).not.toMatch(/<style/);
  expect(markup).not.toMatch(/font-variant=/);
  expect(markup).not.toMatch(/\sstyle="/);
  expect(markup).not.toMatch(/plot-[0-9a-f]{6}/);
  expect(markup).not.toMatch(/javascript:/i);
  expect(markup).not.toMatch(/\d\.\d{3,}/);
  const svg = svgDom(markup);
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('aria-labelledby')).toBe(`${chart.id}-title`);
  expect(svg.getAttribute('aria-describedby')).toBe(`${chart.id}-desc`);
  for (const child of svg.children) expect(child.getAttribute('aria-hidden')).toBe('true');
  // No text below 14 units in a 400-wide chart: ≥ 11 px at a 360 px screen.
  expect(Number(svg.getAttribute('font-size'))).toBeGreaterThanOrEqual(14);
  for (const node of svg.querySelectorAll('[font-size]')) expect(Number(node.getAttribute('font-size'))).toBeGreaterThanOrEqual(14);
  expect(svg.getAttribute('viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`);
}
