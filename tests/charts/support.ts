import { existsSync, readFileSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { renderChart } from '../../src/lib/charts/renderChart.ts';
import type { ChartOutput } from '../../src/lib/charts/types.ts';
import type { ChartSpec } from '../../src/schemas/chart.ts';
import { realFigureIndex } from '../fixtures/charts/figureIndex.ts';
import { specs } from '../fixtures/charts/specs.ts';

export const snapshotDir = join(import.meta.dirname, '..', 'fixtures', 'charts', 'snapshots');

/** The fixture chart of one builder, drawn from the real datasets. */
export function fixtureChart(name: keyof typeof specs): ChartOutput {
  return renderChart(specs[name] as ChartSpec, realFigureIndex());
}

/** One tag a line, so a snapshot diff points at the element that changed. */
function normalize(markup: string): string {
  return `${markup.replace(/></g, '>\n<')}\n`;
}

/**
 * Compares markup with `snapshots/<name>.<ext>`. A missing snapshot is
 * written (outside CI); a mismatch writes `<name>-changed.<ext>` next to it
 * and fails, so the saved snapshot is never silently overwritten.
 */
export function expectSnapshot(name: string, markup: string, ext = 'svg'): void {
  mkdirSync(snapshotDir, { recursive: true });
  const file = join(snapshotDir, `${name}.${ext}`);
  const changed = join(snapshotDir, `${name}-changed.${ext}`);
  const actual = normalize(markup);
  if (!existsSync(file)) {
    if (process.env.CI === 'true') throw new Error(`missing snapshot ${file}; run the tests locally to create it`);
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}: output differs from ${file}; see ${changed}`).toBe(expected);
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
