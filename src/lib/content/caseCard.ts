import type { ClaimProvenance } from '../../schemas/provenance.ts';
import { caseUrl } from '../urls.ts';
import { leadFigureRef, type CaseFigureInput } from './caseFigures.ts';
import { leadFigure, type DatasetIndex } from './datasetIndex.ts';

/** What a card needs of a case: its frontmatter, never its body. */
export interface CardCase {
  id: string;
  data: CaseFigureInput & {
    title: string;
    summary: string;
    provider: { id: string };
    belt: { id: string };
    provenance?: { belt?: ClaimProvenance | undefined } | undefined;
  };
}

/**
 * Everything a case's card in a list shows (`src/components/CaseCard.astro`
 * renders this and nothing else): the list pages' cache keys are built from
 * it, so a card that showed anything more would go stale.
 */
export interface CaseCardView {
  href: string;
  title: string;
  /** The provider's name (undefined only for an unknown provider, which the content check rejects). */
  provider: string | undefined;
  merchant: string | undefined;
  belt: string | undefined;
  /** Shown only when it is the editors' inference (编者归纳). */
  beltProvenance: ClaimProvenance | undefined;
  /** The figure the card leads with (`leadFigureRef`), as the site writes it. */
  lead: { value: string; label: string } | undefined;
  summary: string;
}

/** A case's card: title, provider × merchant · belt, the lead figure and the summary. */
export function caseCard(c: CardCase, names: { providers: ReadonlyMap<string, string>; belts: ReadonlyMap<string, string> }, index: DatasetIndex): CaseCardView {
  const provider = names.providers.get(c.data.provider.id);
  return {
    href: caseUrl(c.id),
    title: c.data.title,
    provider,
    merchant: c.data.merchant,
    belt: names.belts.get(c.data.belt.id),
    beltProvenance: c.data.provenance?.belt,
    lead: provider === undefined ? undefined : leadFigure(index, leadFigureRef(c.data, provider, index)),
    summary: c.data.summary,
  };
}
