import { relative } from 'node:path';
import type { Root, RootContent, Heading, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { idPattern } from '../schemas/refs.ts';
import { sectionShareUrl, sectionUrl } from '../lib/urls.ts';

/** Options for `remarkHandbookSections`. */
export interface RemarkHandbookSectionsOptions {
  /**
   * Which files are handbook chapters, where every `##` heading must carry an
   * id. Defaults to files under `content/handbook/`.
   */
  isChapter?: (path: string) => boolean;
  /** Name of the MDX component appended to each section to list its cases; the chapter page provides it. */
  casesComponent?: string;
  /** Name of the MDX component placed under each section's tools for the printed QR code; the chapter page provides it. */
  qrComponent?: string;
}

interface SectionDirective {
  type: 'textDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
}

const defaultIsChapter = (path: string) => /(^|[\\/])content[\\/]handbook[\\/][^\\/]+\.mdx?$/.test(path);

/** The chapter id of a chapter file: its name without extension. */
export function chapterIdOf(path: string): string {
  return path.split(/[\\/]/).pop()!.replace(/\.mdx?$/, '');
}

/**
 * Handbook chapters: turns `## 标题 :section{#id}` into a section with a
 * stable id that is written in the source, never derived from the words.
 * - the heading gets the id and its words become a link to itself;
 * - under it, a 复制链接 link to the section's URL (a plain link without
 *   JavaScript; `public/scripts/handbook.js` copies it) and a hidden 分享
 *   button the script reveals where `navigator.share` exists;
 * - the heading and everything up to the next `##` are wrapped in
 *   `<section class="hb-section">`, ending with `<PracticeCases id="…"/>`,
 *   which lists the cases that name the section;
 * - after the tools, `<SectionQr chapter="…" id="…"/>`: the section's share
 *   address as a QR code, shown only in print.
 * A `##` without an id, a malformed id or a duplicate fails the build, naming
 * the file and line. Needs `remark-directive` before it and must run before
 * `remarkFigures`, which gives unknown directives back as text.
 */
export function remarkHandbookSections(options: RemarkHandbookSectionsOptions = {}) {
  const isChapter = options.isChapter ?? defaultIsChapter;
  const casesComponent = options.casesComponent ?? 'PracticeCases';
  const qrComponent = options.qrComponent ?? 'SectionQr';
  return (tree: Root, file: VFile) => {
    const path = file.path ?? '';
    const chapter = isChapter(path);
    // The same form as `npm run check`: file:line:column › …：中文 / English
    const shown = path ? relative(file.cwd, path).split('\\').join('/') : 'a handbook chapter';
    const where = (node: { position?: { start: { line: number; column: number } } }) => `${shown}${node.position ? `:${node.position.start.line}:${node.position.start.column}` : ''}`;
    const chapterId = chapterIdOf(path);
    const out: RootContent[] = [];
    let current: { children: RootContent[]; id: string } | undefined;
    const seen = new Set<string>();

    for (const node of tree.children) {
      const marker = node.type === 'heading' ? takeMarker(node) : undefined;
      if (node.type === 'heading' && node.depth === 2 && (chapter || marker)) {
        if (!marker) file.fail(`${where(node)} › 正文：小节标题 "${toString(node).trim()}" 没有 id：在标题末尾加上 :section{#英文id} / section heading has no id`, node);
        const id = marker!;
        if (!idPattern.test(id)) file.fail(`${where(node)} › 正文：小节 id "${id}" 只能用小写英文字母、数字和连字符 / section id must be ASCII kebab-case`, node);
        if (seen.has(id)) file.fail(`${where(node)} › 正文：小节 id "${id}" 用了两次 / section id is used twice`, node);
        seen.add(id);
        if (current) out.push(closeSection(current, casesComponent));
        const title = toString(node).trim();
        current = { id, children: [decorateHeading(node, id), tools(chapterId, id, title), sectionQr(qrComponent, chapterId, id)] };
        continue;
      }
      if (marker && node.type === 'heading') file.fail(`${where(node)} › 正文：:section{#${marker}} 只能放在二级标题(##)末尾 / :section{#id} belongs on a level-2 (##) heading`, node);
      (current ? current.children : out).push(node);
    }
    if (current) out.push(closeSection(current, casesComponent));
    tree.children = out;
  };
}

/** Removes a trailing `:section{#id}` from a heading and returns the id. */
function takeMarker(heading: Heading): string | undefined {
  const last = heading.children.at(-1) as unknown as SectionDirective | undefined;
  if (!last || last.type !== 'textDirective' || last.name !== 'section') return undefined;
  heading.children.pop();
  const before = heading.children.at(-1);
  if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
  return String(last.attributes?.id ?? '');
}

/** The words of a heading, without markup. */
function toString(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => toString(c as never)).join('');
}

function decorateHeading(heading: Heading, id: string): Heading {
  // hProperties is read by mdast-util-to-hast; its type augmentation is not imported here.
  const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
  heading.data = { ...data, hProperties: { ...(data.hProperties ?? {}), id, className: ['hb-section__title'] } } as Heading['data'];
  heading.children = [
    {
      type: 'link',
      url: `#${id}`,
      children: heading.children,
      data: { hProperties: { className: ['hb-self-link'] } },
    } as PhrasingContent,
  ];
  return heading;
}

/** The section's sharing controls, as mdast nodes that become plain HTML. */
function tools(chapterId: string, id: string, title: string): RootContent {
  const element = (hName: string, hProperties: Record<string, unknown>, children: RootContent[] = []) =>
    ({ type: 'hbElement', data: { hName, hProperties }, children }) as unknown as RootContent;
  const text = (value: string) => ({ type: 'text', value }) as RootContent;
  return element('div', { className: ['hb-tools'], dataPagefindIgnore: '' }, [
    // The link is the section's address; the script copies and shares the share page's, which keeps its card in chat apps.
    element('a', { className: ['hb-tools__copy'], href: sectionUrl(chapterId, id), dataHbCopy: '', dataHbTitle: title, dataHbShareUrl: sectionShareUrl(chapterId, id) }, [text('复制链接')]),
    element('button', { type: 'button', className: ['hb-tools__share'], hidden: true, dataHbShare: '' }, [text('分享')]),
    element('span', { className: ['hb-tools__status'], role: 'status', ariaLive: 'polite' }),
  ]);
}

function sectionQr(name: string, chapterId: string, id: string): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'chapter', value: chapterId },
      { type: 'mdxJsxAttribute', name: 'id', value: id },
    ],
    children: [],
  } as unknown as RootContent;
}

function closeSection(section: { children: RootContent[]; id: string }, casesComponent: string): RootContent {
  const cases = {
    type: 'mdxJsxFlowElement',
    name: casesComponent,
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: section.id }],
    children: [],
  } as unknown as RootContent;
  return {
    type: 'hbElement',
    data: { hName: 'section', hProperties: { className: ['hb-section'], dataSection: section.id } },
    children: [...section.children, cases],
  } as unknown as RootContent;
}
