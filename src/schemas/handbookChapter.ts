import { z } from 'astro/zod';

/**
 * Frontmatter of `content/handbook/<chapter>.mdx`: one chapter of the
 * methodology handbook. The file name is the chapter id and its URL
 * (`/handbook/<chapter>/`); sections are `## 标题 :section{#id}` headings in
 * the body (see `src/lib/handbook/parseSections.ts`).
 */
export const handbookChapterSchema = z.strictObject({
  /** Chapter title, in Chinese; the page's <title> and link-preview title. */
  title: z.string().min(1).describe('章节标题，中文；也是网页标题和聊天软件链接预览的标题。'),
  /** A short form for navigation and breadcrumbs; defaults to the title. */
  shortTitle: z.string().min(1).optional().describe('导航里用的短标题；不写就用 title。'),
  /** One or two sentences for search results and chat-app link previews (no Arabic digits). */
  description: z.string().min(10).max(160).describe('一两句话介绍本章（10 到 160 字，不打阿拉伯数字），用于搜索结果和链接预览。'),
  /** Position in the handbook (lower first). */
  order: z.number().int().min(0).describe('在手册中的顺序，数字小的在前。'),
});
export type HandbookChapterData = z.output<typeof handbookChapterSchema>;
