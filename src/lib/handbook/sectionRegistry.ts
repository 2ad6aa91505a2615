import type { HandbookRedirect, SectionRegistry } from '../../schemas/sectionRegistry.ts';

/** The handbook as it is now: each chapter id with its section ids. */
export type CurrentHandbook = ReadonlyMap<string, readonly string[]>;

/** A place in the handbook that exists now. */
export interface HandbookPlace {
  chapter: string;
  /** Absent for the chapter itself. */
  section?: string;
}

/** `chapter#section` or `chapter`, the form the registry writes. */
export function placeKey(place: HandbookPlace): string {
  return place.section ? `${place.chapter}#${place.section}` : place.chapter;
}

/** The place a registry key names: `chapter#section` or `chapter`. */
export function parsePlaceKey(key: string): HandbookPlace {
  const [chapter, section] = key.split('#');
  return section ? { chapter: chapter!, section } : { chapter: chapter! };
}

/** Whether a place exists in the handbook as it is now. */
export function placeExists(current: CurrentHandbook, place: HandbookPlace): boolean {
  const sections = current.get(place.chapter);
  return sections !== undefined && (place.section === undefined || sections.includes(place.section));
}

/**
 * Where an old link leads now. A place that exists is itself; otherwise its
 * own redirect is followed, and a section of a moved chapter follows the
 * chapter's redirect keeping its id. Chains are followed; a loop or a dead
 * end gives an error.
 */
export function resolvePlace(
  key: string,
  current: CurrentHandbook,
  redirects: readonly HandbookRedirect[],
): { place: HandbookPlace } | { error: string } {
  const seen: string[] = [];
  let place = parsePlaceKey(key);
  for (;;) {
    const k = placeKey(place);
    if (placeExists(current, place)) return { place };
    if (seen.includes(k)) return { error: `redirects go round in a loop: ${[...seen, k].join(' → ')}` };
    seen.push(k);
    const own = redirects.find((r) => r.from === k);
    if (own) {
      place = parsePlaceKey(own.to);
      continue;
    }
    const chapterMoved = place.section && !current.has(place.chapter) ? redirects.find((r) => r.from === place.chapter) : undefined;
    if (chapterMoved && place.section) {
      const target = parsePlaceKey(chapterMoved.to);
      place = { chapter: target.chapter, section: place.section };
      continue;
    }
    return { error: seen.length > 1 ? `leads to "${k}", which does not exist` : 'no longer exists and has no redirect' };
  }
}

/** An old link of one chapter page and where it leads now. */
export interface MovedSection {
  /** The old section id (still a fragment of this chapter's URL). */
  id: string;
  to: HandbookPlace;
}

/**
 * The old section ids of a chapter (present or removed) that lead elsewhere
 * now, for the chapter page's forwarding script and its fallback list.
 */
export function movedSections(chapter: string, registry: SectionRegistry, current: CurrentHandbook): MovedSection[] {
  const out: MovedSection[] = [];
  for (const id of registry.published[chapter] ?? []) {
    if (placeExists(current, { chapter, section: id })) continue;
    const result = resolvePlace(`${chapter}#${id}`, current, registry.redirects);
    if ('place' in result) out.push({ id, to: result.place });
  }
  return out;
}

/** Chapters that were published and are gone, each with the chapter it now lives in. */
export function movedChapters(registry: SectionRegistry, current: CurrentHandbook): { id: string; to: HandbookPlace }[] {
  return Object.keys(registry.published)
    .filter((chapter) => !current.has(chapter))
    .flatMap((id) => {
      const result = resolvePlace(id, current, registry.redirects);
      return 'place' in result ? [{ id, to: result.place }] : [];
    });
}
