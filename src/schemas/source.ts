import { z } from 'astro/zod';
import { chartSpecSchema } from './chart.ts';
import { isoDate } from './dataset.ts';
import { entityId, httpUrl } from './refs.ts';

/**
 * Frontmatter of `content/sources/<id>.mdx`: one source document, kept word
 * for word beside it as `<id>.txt`. Its optional body is what the site says
 * about the platform as a whole from this document (with `:fig[…]`), shown
 * on /platform/ with its `charts`.
 */
export const sourceSchema = z.strictObject({
  /** The document's own title, as printed. */
  title: z.string().min(1).describe('文章原标题，照原样写。'),
  /** Who published it (a platform, a newspaper, a research firm), when the document says. */
  publisher: z.string().min(1).optional().describe('发布者（平台、报社、研究机构），原文写明才填。'),
  /** When it was published, to the year, month or day, when known. */
  date: isoDate.optional().describe('发布日期：YYYY、YYYY-MM 或 YYYY-MM-DD，知道多少写多少。'),
  /** Where it was published (an http(s) URL), when it is online. */
  url: httpUrl.optional().describe('文章的网址（http 或 https）；没有就不填。'),
  /** The platform it is about (“抖音电商”), when it is about one. */
  platform: z.string().min(1).optional().describe('文章讲的平台，例如“抖音电商”。'),
  /** The campaign it reports on, as an id of content/vocabularies/campaigns.yaml; leave it out when it reports on none. */
  campaign: entityId.optional().describe('文章报道的活动：content/vocabularies/campaigns.yaml 里的 id；没有就不写。'),
  /** The plain-text file (UTF-8) holding the document word for word, beside this file; default `<id>.txt`. */
  textFile: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name beside this file').optional().describe('同一文件夹里保存原文全文（逐字）的 .txt 文件名；不写就是 <原文id>.txt。'),
  /** Platform-level charts drawn from this document's figures, shown on /platform/ with the body. */
  charts: z.array(chartSpecSchema).default([]).describe('平台层面的图表，显示在“平台数据”页上，写法同案例。'),
});

export type Source = z.output<typeof sourceSchema>;
