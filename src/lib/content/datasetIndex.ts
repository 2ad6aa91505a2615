import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import type { Dataset, Milestone } from '../../schemas/dataset.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';
import { formatFigure, type FormatFigureOptions } from '../format/formatFigure.ts';
import { dataIndexUrl, datasetRowUrl } from '../urls.ts';

/** A dataset that passed its checks, with every derived value computed. */
export interface LoadedDataset {
  id: string;
  /** Path from the project root (data/lexu-818.json). */
  file: string;
  data: Dataset;
  entries: ResolvedEntry[];
}

/** Datasets by id, for looking figures and milestones up by reference. */
export type DatasetIndex = ReadonlyMap<string, LoadedDataset>;

/** What a reference cites: `fig` an entry's value, `date` a milestone's date (the directive names). */
export type RefKind = 'fig' | 'date';

/** An entry a `fig` reference names, with its dataset. */
export interface FoundEntry { entry: ResolvedEntry; dataset: LoadedDataset }
/** A milestone a `date` reference names, with its dataset. */
export interface FoundMilestone { milestone: Milestone; dataset: LoadedDataset }

/** The entry (`fig`) or milestone (`date`) a `<dataset>/<id>` reference names, or why it names none. */
export function lookupRef(index: DatasetIndex, kind: 'fig', ref: string): FoundEntry | { error: string };
export function lookupRef(index: DatasetIndex, kind: 'date', ref: string): FoundMilestone | { error: string };
export function lookupRef(index: DatasetIndex, kind: RefKind, ref: string): FoundEntry | FoundMilestone | { error: string };
export function lookupRef(index: DatasetIndex, kind: RefKind, ref: string): FoundEntry | FoundMilestone | { error: string } {
  const [what, item] = kind === 'fig' ? ['figure', 'entry'] : ['milestone', 'milestone'];
  const parsed = parseFigureRef(ref);
  if (!parsed) return { error: `expected a ${what} reference "<dataset-id>/<${item}-id>", got "${ref}"` };
  const dataset = index.get(parsed.dataset);
  if (!dataset) return { error: `unknown dataset "${parsed.dataset}" (no valid data/${parsed.dataset}.json)` };
  if (kind === 'fig') {
    const entry = dataset.entries.find((e) => e.id === parsed.entry);
    if (entry) return { entry, dataset };
  } else {
    const milestone = dataset.data.milestones.find((m) => m.id === parsed.entry);
    if (milestone) return { milestone, dataset };
  }
  const ids = (kind === 'fig' ? dataset.entries : dataset.data.milestones).map((x) => x.id);
  return { error: `dataset "${parsed.dataset}" has no ${item} "${parsed.entry}": expected one of ${ids.join(', ') || '(none)'}` };
}

/** A figure as prose shows it (“超1450万元”), or why it cannot be shown. */
export function figureText(index: DatasetIndex, ref: string, options?: FormatFigureOptions): { text: string } | { error: string } {
  const found = lookupRef(index, 'fig', ref);
  if ('error' in found) return found;
  return { text: formatFigure(found.entry, options) };
}

/** A milestone's date as the source writes it. */
export function milestoneText(index: DatasetIndex, ref: string): { text: string; iso: string } | { error: string } {
  const found = lookupRef(index, 'date', ref);
  if ('error' in found) return found;
  return { text: found.milestone.dateLabel, iso: found.milestone.date };
}

/** Where a figure is explained: its row on the dataset page. */
export function figureHref(ref: string): string {
  const parsed = parseFigureRef(ref);
  return parsed ? datasetRowUrl(parsed.dataset, parsed.entry) : dataIndexUrl();
}

/** A lead figure (see `leadFigureRef`) as the site writes it, with its label, for cards and previews. */
export function leadFigure(index: DatasetIndex, ref: string | undefined): { value: string; label: string } | undefined {
  if (!ref) return undefined;
  const found = lookupRef(index, 'fig', ref);
  if ('error' in found) return undefined;
  return { value: formatFigure(found.entry), label: found.entry.label };
}
