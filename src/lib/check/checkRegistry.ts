import type { SectionRegistry } from '../../schemas/sectionRegistry.ts';
import { parsePlaceKey, placeExists, resolvePlace, type CurrentHandbook } from '../handbook/sectionRegistry.ts';

/** Something to change in the registry: where (`published.before-campaign`, `redirects[2].to`), in Chinese, and the same in English (`gloss`), with the exact entry to add. */
export interface RegistryProblem {
  field: string;
  message: string;
  gloss: string;
}

/**
 * Checks the registry against the handbook as it is now. Returns what to add
 * to `content/handbook/section-ids.json`; empty when every published link
 * still leads somewhere and every section is registered.
 */
export function checkRegistry(registry: SectionRegistry, current: CurrentHandbook): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const add = (field: string, message: string, gloss: string) => problems.push({ field, message, gloss });
  for (const [chapter, sections] of current) {
    const published = registry.published[chapter];
    if (!published) {
      const entry = `"${chapter}": [${sections.map((s) => `"${s}"`).join(', ')}]`;
      add('published', `章节 "${chapter}" 还没有登记：在 "published" 里加上 ${entry}`, `chapter "${chapter}" is not in the registry: add ${entry} to "published"`);
      continue;
    }
    for (const section of sections)
      if (!published.includes(section))
        add(`published.${chapter}`, `小节 "${chapter}#${section}" 还没有登记：在 published["${chapter}"] 里加上 "${section}"`, `section "${chapter}#${section}" is not in the registry: add "${section}" to published["${chapter}"]`);
  }
  const publishedAt = new Map(
    Object.entries(registry.published).flatMap(([chapter, sections]) => [[chapter, `published.${chapter}`] as const, ...sections.map((s, i) => [`${chapter}#${s}`, `published.${chapter}[${i}]`] as const)]),
  );
  const publishedKeys = [...publishedAt.keys()];
  for (const key of publishedKeys) {
    const result = resolvePlace(key, current, registry.redirects);
    if ('error' in result) {
      const entry = `{"from": "${key}", "to": "<chapter>#<section-id>"}`;
      add(publishedAt.get(key)!, `"${key}" 已经发布过，现在找不到了(分享出去的链接会失效)：在 "redirects" 里加上 ${entry}`, `"${key}" was published and ${result.error}: add ${entry} to "redirects"`);
    }
  }
  registry.redirects.forEach((redirect, i) => {
    if (!publishedKeys.includes(redirect.from))
      add(`redirects[${i}].from`, `转向 "${redirect.from}" 从未发布过：先把它列进 "published"，或检查拼写`, `redirect from "${redirect.from}": that place was never published (list it under "published" first, or fix the spelling)`);
    if (placeExists(current, parsePlaceKey(redirect.from)))
      add(`redirects[${i}].from`, `转向 "${redirect.from}" 的原位置现在还在，转向永远不会生效：删掉其中一个`, `redirect from "${redirect.from}": that place exists now, so the redirect would never apply; remove one of them`);
    const target = resolvePlace(redirect.to, current, registry.redirects);
    if ('error' in target) add(`redirects[${i}].to`, `转向的目标 "${redirect.to}" 找不到`, `redirect to "${redirect.to}": ${target.error}`);
  });
  return problems;
}
