import { z } from 'astro/zod';

/**
 * Frontmatter of `content/handbook/<chapter>.mdx`: one chapter of the
 * methodology handbook. The file name is the chapter id and its URL
 * (`/handbook/<chapter>/`); sections are `## 标题 :section{#id}` headings in
 * the body (see `src/lib/handbook/parseSections.ts`).
 */
export const handbookChapterSchema = z.strictObject({
  /** Chapter title, in Chinese; the page's <title> and link-preview title. */
  title: z.string().min(1),
  /** A short form for navigation and breadcrumbs; defaults to the title. */
  shortTitle: z.string().min(1).optional(),
  /** One or two sentences for search results and chat-app link previews (no Arabic digits). */
  description: z.string().min(10).max(160),
  /** Position in the handbook (lower first). */
  order: z.number().int().min(0),
});
export type HandbookChapterData = z.output<typeof handbookChapterSchema>;
