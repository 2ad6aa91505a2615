import { z } from 'astro/zod';
import { chartSpecSchema } from './chart.ts';
import { figureRefSchema } from './figureRef.ts';

/** The home page's content file, relative to the project root. */
export const homePageFile = 'content/site/home.mdx';

/**
 * Frontmatter of `content/site/home.mdx`: what the home page says beyond what
 * it computes (the counts of providers, cases and campaigns). Its body is the
 * opening paragraph, in Chinese, with no number typed.
 */
export const homePageSchema = z.strictObject({
  /** The page's heading. */
  title: z.string().min(1).describe('首页大标题。'),
  /** One or two sentences for search results and link previews. */
  description: z.string().min(10).describe('一两句话，用于搜索结果和链接预览。'),
  /** Figures quoted as examples under the opening, as `<dataset>/<entry>`; each links to the case whose dataset holds it. */
  featured: z.array(figureRefSchema).default([]).describe('开头举例的数字，写成 <数据集id>/<条目id>；会链接到使用这个数据集的案例。'),
  /** Charts shown on the home page, in order: the first after the opening, the rest after the list of cases. */
  charts: z.array(chartSpecSchema).default([]).describe('首页图表：第一个放在开头，其余放在案例列表之后。'),
});
export type HomePageData = z.output<typeof homePageSchema>;
