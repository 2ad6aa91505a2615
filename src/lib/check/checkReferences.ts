import type { BeltData } from '../../schemas/belt.ts';
import type { CaseData } from '../../schemas/case.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';
import type { ProviderData } from '../../schemas/provider.ts';
import { lookupRef, type DatasetIndex, type RefKind } from '../content/datasetIndex.ts';
import type { ContentProblem } from './contentProblem.ts';
import type { LoadedDocument } from './readDocuments.ts';

/** The collections that name each other by id, valid parts only. */
export interface ReferringContent {
  datasets: DatasetIndex;
  /** Datasets whose files exist but have problems (already reported): references to them are not reported again. */
  brokenDatasets: ReadonlySet<string>;
  providers: ReadonlyMap<string, LoadedDocument<ProviderData>>;
  belts: ReadonlyMap<string, LoadedDocument<BeltData>>;
  cases: ReadonlyMap<string, LoadedDocument<CaseData>>;
}

/**
 * References between collections: a provider's belts, dataset, scale figures,
 * milestones and charts; a case's provider, belt, dataset, key figures, charts
 * and, when `practiceIds` is given, its handbook practices.
 */
export function checkReferences(content: ReferringContent, practiceIds?: ReadonlySet<string>): ContentProblem[] {
  const { datasets, brokenDatasets: broken, providers, belts, cases } = content;
  const problems: ContentProblem[] = [];
  const expectId = (file: string, field: string, id: string, known: ReadonlyMap<string, unknown>, what: string) => {
    if (what === 'dataset' && broken.has(id)) return;
    if (!known.has(id))
      problems.push({ file, field, message: `unknown ${what} "${id}": expected one of ${[...known.keys()].join(', ') || '(none)'}` });
  };
  const expectRef = (file: string, field: string, kind: RefKind, ref: string) => {
    if (broken.has(parseFigureRef(ref)?.dataset ?? '')) return;
    const found = lookupRef(datasets, kind, ref);
    if ('error' in found) problems.push({ file, field, message: found.error });
  };
  const expectCharts = (file: string, charts: readonly ChartSpec[]) =>
    charts.forEach((chart, c) => {
      if (chart.type === 'timeline') chart.milestones.forEach((ref, i) => expectRef(file, `charts[${c}].milestones[${i}]`, 'date', ref));
      else chart.figures.forEach((ref, i) => expectRef(file, `charts[${c}].figures[${i}]`, 'fig', ref));
    });
  for (const provider of providers.values()) {
    expectCharts(provider.file, provider.data.charts);
    provider.data.belts.forEach((belt, i) => expectId(provider.file, `belts[${i}]`, belt, belts, 'belt'));
    expectId(provider.file, 'dataset', provider.data.dataset, datasets, 'dataset');
    provider.data.scale.forEach((ref, i) => expectRef(provider.file, `scale[${i}]`, 'fig', ref));
    const dataset = datasets.get(provider.data.dataset);
    for (const key of ['founded', 'providerSince'] as const) {
      const milestone = provider.data[key];
      if (milestone && dataset && !dataset.data.milestones.some((m) => m.id === milestone))
        problems.push({ file: provider.file, field: key, message: `unknown milestone "${milestone}" in dataset ${dataset.id}: expected one of ${dataset.data.milestones.map((m) => m.id).join(', ') || '(none)'}` });
    }
  }
  for (const entry of cases.values()) {
    expectId(entry.file, 'provider', entry.data.provider, providers, 'provider');
    expectId(entry.file, 'belt', entry.data.belt, belts, 'belt');
    expectId(entry.file, 'dataset', entry.data.dataset, datasets, 'dataset');
    entry.data.keyFigures.forEach((ref, i) => expectRef(entry.file, `keyFigures[${i}]`, 'fig', ref));
    expectCharts(entry.file, entry.data.charts);
    if (practiceIds) {
      entry.data.practices.forEach((id, i) => {
        if (!practiceIds.has(id))
          problems.push({ file: entry.file, field: `practices[${i}]`, message: `unknown handbook practice "${id}": expected one of ${[...practiceIds].join(', ')}` });
      });
    }
  }
  return problems;
}
