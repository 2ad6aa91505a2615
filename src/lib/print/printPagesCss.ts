/** A chapter as its printed pages name it. */
export interface PrintedChapter {
  /** Chapter id: names its @page rule. */
  id: string;
  /** Printed at the bottom left of every page. */
  title: string;
  /** The chapter's full address, printed at the bottom right. */
  url: string;
}

/** A string as a CSS string token. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/**
 * The part of the print stylesheet that depends on the site's address and
 * its chapters, written at build time: `--site-origin` (print.css prints it
 * before a link's path, so a cross-reference reads as a full address), and
 * for each chapter a named page whose running footer holds the chapter's
 * title, the page number and the chapter's address (CSS @page margin boxes,
 * which Chromium prints since version 131).
 */
export function printPagesCss(origin: string, chapters: readonly PrintedChapter[]): string {
  const out = [`:root { --site-origin: ${cssString(origin.replace(/\/$/, ''))}; }`];
  for (const chapter of chapters) {
    const page = `hb-${chapter.id}`;
    out.push(
      `@media print { .hb-chapter[data-hb-chapter=${cssString(chapter.id)}] { page: ${page}; } }`,
      `@page ${page} {`,
      `  @bottom-left { content: ${cssString(chapter.title)}; font-size: 7.5pt; color: #444; vertical-align: top; padding-top: 3mm; }`,
      `  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #444; vertical-align: top; padding-top: 3mm; }`,
      `  @bottom-right { content: ${cssString(chapter.url)}; font-size: 7pt; color: #444; vertical-align: top; padding-top: 3mm; }`,
      '}',
    );
  }
  return `${out.join('\n')}\n`;
}
