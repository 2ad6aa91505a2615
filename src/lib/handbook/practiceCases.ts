import { leadFigureRef, type CaseFigureInput } from '../content/caseFigures.ts';
import { figureText, lookupRef, type DatasetIndex } from '../content/datasetIndex.ts';
import { caseUrl, datasetRowUrl } from '../urls.ts';

/** A case that shows a practice, with the figure to show beside it. */
export interface PracticeCase {
  slug: string;
  href: string;
  title: string;
  providerName: string;
  merchant: string | undefined;
  /** The case's lead figure, formatted, with what it measures. */
  keyFigure: { text: string; label: string; href: string } | undefined;
}

/** What the list needs of a case. */
export interface PracticeCaseInput {
  id: string;
  data: CaseFigureInput & { title: string; provider: { id: string }; practices: readonly string[] };
}

/**
 * The cases a handbook section lists under itself (`PracticeCases`): the
 * first `limit` of those whose frontmatter names the practice, in the order
 * given (editorial), each with its lead figure; and how many there are.
 */
export function practiceCaseList(
  cases: readonly PracticeCaseInput[],
  practiceId: string,
  providerNames: ReadonlyMap<string, string>,
  index: DatasetIndex,
  limit: number,
): { cases: PracticeCase[]; total: number } {
  const all = cases.filter((c) => c.data.practices.includes(practiceId));
  return {
    total: all.length,
    cases: all.slice(0, limit).map((c) => {
      const ref = leadFigureRef(c.data, providerNames.get(c.data.provider.id) ?? '', index);
      let keyFigure: PracticeCase['keyFigure'];
      if (ref) {
        const found = lookupRef(index, 'fig', ref);
        const text = figureText(index, ref);
        if (!('error' in found) && !('error' in text)) keyFigure = { text: text.text, label: found.entry.label, href: datasetRowUrl(found.dataset.id, found.entry.id) };
      }
      return {
        slug: c.id,
        href: caseUrl(c.id),
        title: c.data.title,
        providerName: providerNames.get(c.data.provider.id) ?? c.data.provider.id,
        merchant: c.data.merchant,
        keyFigure,
      };
    }),
  };
}
