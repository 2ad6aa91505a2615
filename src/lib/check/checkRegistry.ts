import type { SectionRegistry } from '../../schemas/sectionRegistry.ts';
import { parsePlaceKey, placeExists, resolvePlace, type CurrentHandbook } from '../handbook/sectionRegistry.ts';

/**
 * Checks the registry against the handbook as it is now. Returns messages
 * that say what to add to `content/handbook/section-ids.json`; empty when
 * every published link still leads somewhere and every section is registered.
 */
export function checkRegistry(registry: SectionRegistry, current: CurrentHandbook): string[] {
  const problems: string[] = [];
  for (const [chapter, sections] of current) {
    const published = registry.published[chapter];
    if (!published) {
      problems.push(`chapter "${chapter}" is not in the registry: add "${chapter}": [${sections.map((s) => `"${s}"`).join(', ')}] to "published"`);
      continue;
    }
    for (const section of sections)
      if (!published.includes(section)) problems.push(`section "${chapter}#${section}" is not in the registry: add "${section}" to published["${chapter}"]`);
  }
  const publishedKeys = Object.entries(registry.published).flatMap(([chapter, sections]) => [chapter, ...sections.map((s) => `${chapter}#${s}`)]);
  for (const key of publishedKeys) {
    const result = resolvePlace(key, current, registry.redirects);
    if ('error' in result)
      problems.push(`"${key}" was published and ${result.error}: add {"from": "${key}", "to": "<chapter>#<section-id>"} to "redirects"`);
  }
  for (const redirect of registry.redirects) {
    if (!publishedKeys.includes(redirect.from))
      problems.push(`redirect from "${redirect.from}": that place was never published (list it under "published" first, or fix the spelling)`);
    if (placeExists(current, parsePlaceKey(redirect.from)))
      problems.push(`redirect from "${redirect.from}": that place exists now, so the redirect would never apply; remove one of them`);
    const target = resolvePlace(redirect.to, current, registry.redirects);
    if ('error' in target) problems.push(`redirect to "${redirect.to}": ${target.error}`);
  }
  return problems;
}
