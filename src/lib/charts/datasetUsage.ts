import { chartRefs, type ChartSpec } from '../../schemas/chart.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';
import { findFigureDirectives } from '../content/findFigureDirectives.ts';

/** A page that may cite datasets: its own dataset, figures, charts and prose. */
export interface CitingPage {
  url: string;
  title: string;
  /** The page's own dataset id, if it has one. */
  dataset?: string | undefined;
  /** Figure references: key figures, scale figures. */
  refs?: readonly string[];
  charts?: readonly ChartSpec[];
  /** Raw MDX body, scanned for `:fig[…]` and `:date[…]`. */
  body?: string | undefined;
}

/** Dataset ids one page cites, in first-use order. */
export function datasetsOfPage(page: CitingPage): string[] {
  const cited = [...(page.refs ?? []), ...(page.charts ?? []).flatMap(chartRefs), ...findFigureDirectives(page.body ?? '').map((d) => d.ref)];
  const ids = [page.dataset, ...cited.map((ref) => parseFigureRef(ref)?.dataset)];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** For each dataset id, the pages that cite it, in the order given. */
export function datasetUsage(pages: readonly CitingPage[]): Map<string, { url: string; title: string }[]> {
  const usage = new Map<string, { url: string; title: string }[]>();
  for (const page of pages) {
    for (const id of datasetsOfPage(page)) {
      const list = usage.get(id) ?? [];
      list.push({ url: page.url, title: page.title });
      usage.set(id, list);
    }
  }
  return usage;
}
