import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import type { Milestone } from '../../schemas/dataset.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';
import { formatFigure, type FormatFigureOptions } from '../format/formatFigure.ts';
import { figureRefProblem, milestoneRefProblem, type LoadedDataset } from './loadContent.ts';

/** Datasets by id, for looking figures up by reference. */
export type FigureIndex = ReadonlyMap<string, LoadedDataset>;

/** The entry a `<dataset>/<entry>` reference names, or why it names none. */
export function lookupEntry(index: FigureIndex, ref: string): { entry: ResolvedEntry; dataset: LoadedDataset } | { error: string } {
  const problem = figureRefProblem(ref, index);
  if (problem) return { error: problem };
  const { dataset: datasetId, entry: entryId } = parseFigureRef(ref)!;
  const dataset = index.get(datasetId)!;
  return { entry: dataset.entries.find((e) => e.id === entryId)!, dataset };
}

/** The milestone a `<dataset>/<milestone>` reference names, or why it names none. */
export function lookupMilestone(index: FigureIndex, ref: string): { milestone: Milestone; dataset: LoadedDataset } | { error: string } {
  const problem = milestoneRefProblem(ref, index);
  if (problem) return { error: problem };
  const { dataset: datasetId, entry: id } = parseFigureRef(ref)!;
  const dataset = index.get(datasetId)!;
  return { milestone: dataset.data.milestones.find((m) => m.id === id)!, dataset };
}

/** A figure as prose shows it (“超1450万元”), or why it cannot be shown. */
export function figureText(index: FigureIndex, ref: string, options?: FormatFigureOptions): { text: string } | { error: string } {
  const found = lookupEntry(index, ref);
  if ('error' in found) return found;
  const { entry } = found;
  return { text: formatFigure(entry, options) };
}

/** A milestone's date as the source writes it. */
export function milestoneText(index: FigureIndex, ref: string): { text: string; iso: string } | { error: string } {
  const found = lookupMilestone(index, ref);
  if ('error' in found) return found;
  return { text: found.milestone.dateLabel, iso: found.milestone.date };
}

/** Where a figure is explained: its row on the dataset page. */
export function figureHref(ref: string): string {
  const parsed = parseFigureRef(ref);
  return parsed ? `/data/${parsed.dataset}/#${parsed.entry}` : '/data/';
}

/** A page's lead figure (its first key figure) as prose writes it, with its label, for cards and previews. */
export function leadFigure(index: FigureIndex, refs: readonly string[]): { value: string; label: string } | undefined {
  const ref = refs[0];
  if (!ref) return undefined;
  const found = lookupEntry(index, ref);
  if ('error' in found) return undefined;
  return { value: formatFigure(found.entry), label: found.entry.label };
}
