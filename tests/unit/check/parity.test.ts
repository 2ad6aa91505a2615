import { describe, expect, it } from 'vitest';
import { assertChartInput, ChartInputError, chartInputProblems } from '../../../src/lib/charts/chartInput.ts';
import { ChartSpecError, renderChart } from '../../../src/lib/charts/renderChart.ts';
import type { LoadedDataset } from '../../../src/lib/content/datasetIndex.ts';
import { checkCharts } from '../../../src/lib/check/checkCharts.ts';
import { checkMdxSyntax } from '../../../src/lib/check/checkMdxSyntax.ts';
import { isMarkdownBody, markdownBodyFolders } from '../../../src/lib/content/markdownBody.ts';
import { misplacedSectionMarkers } from '../../../src/lib/handbook/parseSections.ts';
import { chartSpecSchema } from '../../../src/schemas/chart.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';

/** A tiny dataset (test data, invented): a growth rate and an amount in yuan. */
const data: Dataset = {
  title: '测试数据',
  description: '测试用',
  unit: 'yuan',
  entries: [
    { id: 'growth', label: '增长', period: { label: '期间' }, unit: 'percentChange', kind: 'stated', value: 35, bound: 'exact', source: { document: 'x', quote: '增长35%' } },
    { id: 'gmv', label: '成交额', period: { label: '期间' }, unit: 'yuan', kind: 'stated', value: 1_200_000, bound: 'atLeast', source: { document: 'x', quote: '突破120万' } },
  ],
  milestones: [],
  checks: [],
} as unknown as Dataset;
const dataset: LoadedDataset = { id: 't', file: 'data/t.json', data, entries: data.entries.map((e) => ({ ...e, value: (e as { value: number }).value })) as LoadedDataset['entries'] };
const index = new Map([['t', dataset]]);
const spec = (figures: string[], extra: object = {}) => chartSpecSchema.parse({ type: 'indexBars', title: '图', takeaway: '要点', figures, baselineLabel: '上月', currentLabel: '当日', ...extra });

describe('chart input rules, shared by the builders and the check', () => {
  it('says which figure a chart cannot draw, and why', () => {
    expect(chartInputProblems('indexBars', [{ ref: 't/gmv', unit: 'yuan', value: 1 }])).toEqual([
      { field: 'figures[0]', message: 't/gmv 的单位是 yuan，indexBars 图只能画 percentChange 或 index 的数字', gloss: 'indexBars cannot draw unit "yuan"; expected percentChange or index' },
    ]);
    expect(chartInputProblems('slope', [{ ref: 'a/b', unit: 'percent' }, { ref: 'a/c', unit: 'yuan' }]).map((p) => p.field)).toEqual(['figures[1]']);
    expect(chartInputProblems('bullet', [{ ref: 'a/b', unit: 'score' }]).map((p) => p.field)).toEqual(['figures']);
    expect(chartInputProblems('crossCase', [{ ref: 'a/b', unit: 'yuan', value: 0 }, { ref: 'a/c', unit: 'yuan', value: 5 }]).map((p) => p.field)).toEqual(['figures[0]']);
    expect(chartInputProblems('tiles', [{ ref: 'a/b' }], ['甲', '乙']).map((p) => p.field)).toEqual(['labels']);
    expect(chartInputProblems('indexBars', [{ ref: 't/growth', unit: 'percentChange', value: 35 }])).toEqual([]);
  });

  it('the builder refuses the same input with the same field', () => {
    expect(() => assertChartInput('indexBars', [{ ref: 't/gmv', unit: 'yuan' }])).toThrow(ChartInputError);
  });

  it('a build failure names the file and the field, like the check', () => {
    const where = { file: 'content/cases/x.mdx', field: 'charts[0]' };
    expect(() => renderChart(spec(['t/gmv']), index, { where })).toThrow(ChartSpecError);
    expect(() => renderChart(spec(['t/gmv']), index, { where })).toThrow(/^content\/cases\/x\.mdx › charts\[0\]\.figures\[0\]：t\/gmv 的单位是 yuan/);
    expect(() => renderChart(spec(['t/nothing']), index, { where })).toThrow(/charts\[0\]\.figures\[0\]/);
    expect(renderChart(spec(['t/growth']), index, { where }).type).toBe('indexBars');
  });

  it("the check finds what the build would stop on, at the chart's field", () => {
    const refs = { datasets: index, brokenDatasets: new Map() };
    const placed = (figures: string[]) => [{ file: 'content/cases/x.mdx', field: 'charts[2]', spec: spec(figures) }];
    expect(checkCharts(placed(['t/gmv']), refs)).toEqual([expect.objectContaining({ file: 'content/cases/x.mdx', field: 'charts[2].figures[0]', gloss: expect.stringContaining('cannot draw unit "yuan"') })]);
    expect(checkCharts(placed(['t/gmx']), refs)).toEqual([expect.objectContaining({ field: 'charts[2].figures[0]', message: expect.stringContaining('是不是想写 "gmv"') })]);
    expect(checkCharts(placed(['t/growth']), refs)).toEqual([]);
  });
});

describe('MDX the build could not compile', () => {
  it('reports an unclosed brace or tag, or a "<" before a digit, at its line in the file', () => {
    expect(checkMdxSyntax('c.mdx', '第一段。\n\n价格 <100 元。\n', 10)).toEqual([expect.objectContaining({ file: 'c.mdx', line: 12, column: 5, message: expect.stringContaining('不是合法的 MDX') })]);
    expect(checkMdxSyntax('c.mdx', '一个 {没闭合\n', 1)).toHaveLength(1);
    expect(checkMdxSyntax('c.mdx', '正常的文字，:fig[a/b]。\n\n## 标题 :section{#a}\n', 1)).toEqual([]);
  });

  it('in a body rendered as Markdown (cases, providers, belts, sources), reports each use of MDX syntax at its place', () => {
    const body = '第一段。\n\n<Chart id="a" />\n\n正文里有 {1 + 1} 个表达式。\n\nimport X from "./x.ts"\n';
    const problems = checkMdxSyntax('content/cases/c.mdx', body, 10);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/cases/c.mdx', field: '正文', line: 12, column: 1, message: expect.stringContaining('组件或标签'), gloss: expect.stringContaining('component') }),
      expect.objectContaining({ line: 14, column: 6, message: expect.stringContaining('表达式') }),
      expect.objectContaining({ line: 16, column: 1, message: expect.stringContaining('import') }),
    ]);
    expect(problems[0]!.message).toContain('按 Markdown 排版');
    for (const folder of markdownBodyFolders) expect(checkMdxSyntax(`${folder}/x.mdx`, '一个 <b>加粗</b>。\n', 1)).toHaveLength(1);
  });

  it('accepts MDX syntax where the body is compiled as MDX, and escaped characters everywhere', () => {
    expect(checkMdxSyntax('content/handbook/h.mdx', '<Chart id="a" />\n\n{1 + 1}\n', 1)).toEqual([]);
    expect(checkMdxSyntax('content/site/home.mdx', '<Chart id="a" />\n', 1)).toEqual([]);
    expect(checkMdxSyntax('content/cases/c.mdx', '价格 \\{ 和 &lt;100 元，:fig[a/b]。\n', 1)).toEqual([]);
    expect(checkMdxSyntax('content/cases/c.mdx', '{/* 给编辑看的说明 */}\n\n正文{/* 旁注 */}。\n', 1)).toEqual([]);
    expect(isMarkdownBody('content/cases/c.mdx')).toBe(true);
    expect(isMarkdownBody('content\\providers\\p.mdx')).toBe(true);
    expect(isMarkdownBody('content/handbook/c.mdx')).toBe(false);
    expect(isMarkdownBody('content/cases/sub/c.mdx')).toBe(false);
  });

  it('reports a section marker the build rejects', () => {
    expect(misplacedSectionMarkers('### 小标题 :section{#a}\n', false)).toEqual([{ line: 1, message: expect.stringContaining('二级标题'), gloss: expect.stringContaining('level-2') }]);
    expect(misplacedSectionMarkers('## 甲 :section{#A}\n', false)).toHaveLength(1);
    expect(misplacedSectionMarkers('## 甲 :section{#A}\n', true)).toEqual([]);
    expect(misplacedSectionMarkers('## 甲 :section{#a}\n\n## 乙 :section{#b}\n', false)).toEqual([]);
  });
});
