import { lookupRef, type DatasetIndex } from './datasetIndex.ts';

/** What the rules below need of a case's frontmatter. */
export interface CaseFigureInput {
  keyFigures: readonly string[];
  leadFigure?: string | undefined;
  merchant?: string | undefined;
}

/** Whom a case is about: its merchant, or its provider when it is a provider's campaign-wide case. */
export const caseSubject = (data: CaseFigureInput, providerName: string): string => data.merchant ?? providerName;

/** The key figures whose entry is about the case's subject (subject field equal to its name). */
export function subjectFigureRefs(data: CaseFigureInput, providerName: string, index: DatasetIndex): string[] {
  const subject = caseSubject(data, providerName);
  return data.keyFigures.filter((ref) => {
    const found = lookupRef(index, 'fig', ref);
    return !('error' in found) && found.entry.subject === subject;
  });
}

/**
 * The figure a case's card and preview lead with: the one its frontmatter
 * names as `leadFigure` (the outcome), else its first key figure about the
 * case's own subject. None when no key figure is about the merchant: a card
 * never leads with the provider's size as if it were the merchant's result.
 */
export function leadFigureRef(data: CaseFigureInput, providerName: string, index: DatasetIndex): string | undefined {
  return data.leadFigure ?? subjectFigureRefs(data, providerName, index)[0];
}
