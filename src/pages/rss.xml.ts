import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCases } from '../content.ts';
import { absoluteUrl, caseUrl, homeUrl } from '../lib/urls.ts';
import { latestFirst } from '../lib/lists/caseOrder.ts';
import { listSizes } from '../lib/lists/listSizes.ts';

/** The latest cases, for readers who follow the casebook in a feed reader. */
export async function GET(context: APIContext) {
  const cases = [...(await getCases())].sort(latestFirst).slice(0, listSizes.feedItems);
  return rss({
    title: '产业带案例库 · 案例',
    description: '抖音电商产业带服务商的案例：服务商做了什么，商家得到了什么。',
    // The home page, base path included: the feed's <link>; items resolve against the origin.
    site: absoluteUrl(homeUrl(), context.site!),
    items: cases.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      link: caseUrl(entry.id),
      // The day the case was published here (frontmatter `date`), at midnight in China.
      pubDate: entry.data.date ? new Date(`${entry.data.date}T00:00:00+08:00`) : undefined,
      categories: [...entry.data.categories, ...entry.data.serviceTypes],
    })),
    customData: '<language>zh-cn</language>',
  });
}
