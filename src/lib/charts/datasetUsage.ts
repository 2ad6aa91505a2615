import type { ChartSpec } from '../../schemas/chart.ts';
import { parseFigureRef } from '../../schemas/figureRef.ts';

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

const directiveRef = /:(?:fig|date)\[\s*([a-z0-9]+(?:-[a-z0-9]+)*)\//g;

/** Dataset ids one page cites, in first-use order. */
export function datasetsOfPage(page: CitingPage): string[] {
  const ids = new Set<string>();
  if (page.dataset) ids.add(page.dataset);
  const addRef = (ref: string) => {
    const parsed = parseFigureRef(ref);
    if (parsed) ids.add(parsed.dataset);
  };
  page.refs?.forEach(addRef);
  for (const chart of page.charts ?? []) (chart.type === 'timeline' ? chart.milestones : chart.figures).forEach(addRef);
  for (const m of page.body?.matchAll(directiveRef) ?? []) ids.add(m[1]!);
  return [...ids];
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
