/**
 * Every chart the site draws, from whatever content exists, built through the
 * same builders at the same size as on the pages: no two text labels overlap
 * and none is cut off by the edge of the drawing, measured with the text-width
 * function the builders themselves use to make room.
 */
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/lib/charts/renderChart.ts';
import { labelBoxes, labelProblems } from '../../../src/lib/charts/labelBoxes.ts';
import { siteCharts } from '../../support/siteCharts.ts';

const {
  check: { content, problems },
  placed,
} = siteCharts();

describe('labelProblems', () => {
  const svg = (body: string) => `<svg viewBox="0 0 200 100" font-size="14" text-anchor="middle">${body}</svg>`;
  it('measures translated, anchored lines and their tspans', () => {
    const { boxes } = labelBoxes(svg('<g transform="translate(10,20)" text-anchor="start"><text x="5" y="0.71em">2021年7月</text><text transform="translate(0,40)"><tspan x="0" y="0.86em">一行</tspan><tspan x="0" dy="1.2em">第二行</tspan></text></g>'));
    expect(boxes.map((b) => b.text)).toEqual(['2021年7月', '一行', '第二行']);
    expect(boxes[0]!.x0).toBe(15);
    expect(boxes[0]!.x1).toBeCloseTo(15 + (5 * 0.6 + 2) * 14);
    expect(boxes[2]!.y0).toBeGreaterThan(boxes[1]!.y1);
  });
  it('finds tick labels that run into each other and a label past the edge', () => {
    const ticks = svg('<text transform="translate(40,80)">2021年7月</text><text transform="translate(100,80)">2021年10月</text><text transform="translate(190,20)">末尾</text>');
    const problems = labelProblems(ticks);
    expect(problems.map((p) => p.kind).sort()).toEqual(['clipped', 'overlap']);
    expect(labelProblems(svg('<text transform="translate(40,80)">7月</text><text transform="translate(100,80)">10月</text>'))).toEqual([]);
  });
  it('sets a big number and its smaller unit on one line', () => {
    const { boxes } = labelBoxes(svg('<text x="12" y="44" font-size="30"><tspan font-size="16">超</tspan>1450万<tspan font-size="16">元</tspan></text>'));
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.x1 - boxes[0]!.x0).toBeCloseTo(16 + (4 * 0.6 + 1) * 30 + 16);
  });
});

describe('every chart of the site', () => {
  it('finds the content’s charts', () => {
    expect(problems).toEqual([]);
    expect(placed.length).toBeGreaterThan(content.cases.size);
  });
  it.each(placed.map((p) => [`${p.page}: ${p.spec.title}`, p] as const))('%s: no label overlaps another or is cut off', (_, { spec }) => {
    const chart = renderChart(spec, content.datasets);
    expect(labelProblems(chart.imageSvg).map((p) => p.message)).toEqual([]);
  });
});
