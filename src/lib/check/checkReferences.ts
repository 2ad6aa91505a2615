import type { CaseData } from '../../schemas/case.ts';
import type { ProviderData } from '../../schemas/provider.ts';
import type { ContentProblem } from './contentProblem.ts';
import { knownList, suggestion } from './didYouMean.ts';
import { refProblem, type RefIndex } from './refProblem.ts';
import { repeatedTilesProblem } from './repeatedTiles.ts';
import { chartSpecSchema } from '../../schemas/chart.ts';

/** A document as far as it could be read: its file and the frontmatter fields that passed their schema. */
export interface ReferringDocument<T> {
  file: string;
  data: Partial<T>;
}

/** The collections that name each other by id. */
export interface ReferringContent extends RefIndex {
  /** Providers and cases, with the fields that passed their schema (all of them for a valid file). */
  providers: ReadonlyMap<string, ReferringDocument<ProviderData>>;
  cases: ReadonlyMap<string, ReferringDocument<CaseData>>;
  /**
   * Ids of every file of each collection, valid or not: a case naming a belt
   * whose file has a YAML error names a belt that exists (its id is its file
   * name), so only the belt's own problem is reported.
   */
  ids: { providers: ReadonlySet<string>; belts: ReadonlySet<string> };
}

const what = { provider: ['服务商', 'content/providers/'], belt: ['产业带', 'content/belts/'], dataset: ['数据集', 'data/'] } as const;

/**
 * References between collections: a provider's belts, dataset, scale figures
 * and milestones; a case's provider, belt, dataset, key figures, lead figure
 * (one of the key figures) and, when `practiceIds` is given, its handbook
 * practices. Tiles charts that only repeat a page's top figures are refused. Chart references are
 * checked with the charts (`checkCharts`). Every unknown id comes with the
 * closest known one.
 */
export function checkReferences(content: ReferringContent, practiceIds?: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const datasetIds = new Set([...content.datasets.keys(), ...content.brokenDatasets.keys()]);
  const known = { provider: content.ids.providers, belt: content.ids.belts, dataset: datasetIds };
  const expectId = (file: string, field: string, id: string | undefined, kind: keyof typeof what) => {
    if (id === undefined || known[kind].has(id)) return;
    const [zh, dir] = what[kind];
    const near = suggestion(id, known[kind]);
    problems.push({ file, field, message: `未知${zh} "${id}"(${dir} 里没有这个文件)${near.zh || `，已有的${zh}：${knownList(known[kind])}`}`, gloss: `unknown ${kind} "${id}"${near.en}` });
  };
  const expectFig = (file: string, field: string, ref: string) => {
    const problem = refProblem(content, 'fig', ref);
    if (problem) problems.push({ file, field, ...problem });
  };
  // Big-number tiles that only repeat the figures at the top of their page add nothing.
  const expectNoRepeatedTiles = (file: string, charts: unknown, shownAtTop: readonly string[] | undefined, topField: string) => {
    if (!Array.isArray(charts)) return;
    charts.forEach((spec: unknown, c) => {
      const parsed = chartSpecSchema.safeParse(spec);
      const repeated = parsed.success ? repeatedTilesProblem(parsed.data, shownAtTop ?? [], topField) : undefined;
      if (repeated) problems.push({ file, field: `charts[${c}]`, ...repeated });
    });
  };
  for (const provider of content.providers.values()) {
    const { file, data } = provider;
    expectNoRepeatedTiles(file, data.charts, data.scale, 'scale');
    data.belts?.forEach((belt, i) => expectId(file, `belts[${i}]`, belt, 'belt'));
    expectId(file, 'dataset', data.dataset, 'dataset');
    data.scale?.forEach((ref, i) => expectFig(file, `scale[${i}]`, ref));
    for (const key of ['founded', 'providerSince'] as const) {
      const milestone = data[key];
      if (milestone && data.dataset) {
        const problem = refProblem(content, 'date', `${data.dataset}/${milestone}`);
        if (problem && !problem.message.startsWith('未知数据集')) problems.push({ file, field: key, ...problem });
      }
    }
  }
  for (const entry of content.cases.values()) {
    const { file, data } = entry;
    expectId(file, 'provider', data.provider, 'provider');
    expectId(file, 'belt', data.belt, 'belt');
    expectId(file, 'dataset', data.dataset, 'dataset');
    data.keyFigures?.forEach((ref, i) => expectFig(file, `keyFigures[${i}]`, ref));
    expectNoRepeatedTiles(file, data.charts, data.keyFigures, 'keyFigures');
    if (data.leadFigure && !(data.keyFigures ?? []).includes(data.leadFigure))
      problems.push({
        file,
        field: 'leadFigure',
        message: `卡片数字 "${data.leadFigure}" 不在 keyFigures 里，应是其中之一：${(data.keyFigures ?? []).join('、') || '（keyFigures 为空）'}`,
        gloss: `expected one of keyFigures, got "${data.leadFigure}"`,
      });
    if (practiceIds) {
      data.practices?.forEach((id, i) => {
        if (practiceIds.has(id)) return;
        const near = suggestion(id, practiceIds);
        problems.push({
          file,
          field: `practices[${i}]`,
          message: `未知的手册做法 "${id}"(content/handbook/ 里没有 :section{#${id}})${near.zh || `，已有的做法：${knownList(practiceIds)}`}`,
          gloss: `unknown handbook practice "${id}"${near.en}`,
        });
      });
    }
  }
  return problems;
}
