import type { Root, Text, PhrasingContent, Parent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { termMatcher, type MatchableTerm } from '../lib/glossary/termMatcher.ts';
import { termUrl } from '../lib/urls.ts';

/** What the plugin needs of a glossary term. */
export interface LinkableTerm extends MatchableTerm {
  /** The term as the glossary heads it (千川 / 巨量千川). */
  term?: string;
  /** Its first sentence is shown in place when the reader taps the term. */
  definition?: string;
}

/** Options for `remarkGlossary`. */
export interface RemarkGlossaryOptions {
  /** The glossary; read once per process from `content/glossary/`. */
  getTerms: () => readonly LinkableTerm[];
  /** Which files get glossary links. Defaults to case studies and handbook chapters. */
  include?: (path: string) => boolean;
  /** Where a term is explained; defaults to its entry on the glossary page (`termUrl`). */
  href?: (termId: string) => string;
}

/** The files whose bodies link glossary terms by default: cases and handbook chapters. */
export const linksGlossaryTerms = (path: string) => /(^|[\\/])content[\\/](cases|handbook)[\\/][^\\/]+\.mdx?$/.test(path);

/** Elements whose words are never linked: headings, links, code, figures. */
function isExcluded(node: { type: string; name?: string | null; data?: { hName?: string } }): boolean {
  if (['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'image', 'imageReference'].includes(node.type)) return true;
  // `:fig[…]` and `:date[…]` become links and <time>; the figure text is not prose.
  if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') return true;
  if (node.data?.hName && ['a', 'code', 'pre', 'button', 'time'].includes(node.data.hName)) return true;
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name && /^(a|code|pre|h[1-6])$/.test(node.name)) return true;
  return false;
}

/**
 * Links the first mention of each glossary term in a case study or handbook
 * chapter to its entry on the glossary page. A mention by any of the term's
 * words counts as the first (巨量千川 then 千川: only the first is linked).
 * Words in headings, links, code and figures are left alone and do not count.
 * Runs after `remarkFigures`, so figure links are already in place.
 *
 * After a term with a definition comes a hidden `<span popover>` with the
 * definition's first sentence and a link to the glossary entry. Without
 * JavaScript the term is a plain link to the glossary; `public/scripts/glossary.js`
 * turns it into a button that opens the popover in place (tap, Enter or
 * Space; Esc or a tap elsewhere closes it).
 */
export function remarkGlossary(options: RemarkGlossaryOptions) {
  const include = options.include ?? linksGlossaryTerms;
  const href = options.href ?? termUrl;
  let cached: { terms: readonly LinkableTerm[]; find: ReturnType<typeof termMatcher>; byId: Map<string, LinkableTerm> } | undefined;
  return (tree: Root, file: VFile) => {
    if (file.path && !include(file.path)) return;
    const terms = options.getTerms();
    if (cached?.terms !== terms) cached = { terms, find: termMatcher(terms), byId: new Map(terms.map((t) => [t.id, t])) };
    const { find, byId } = cached;
    const linked = new Set<string>();
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (isExcluded(node as never)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const pieces: PhrasingContent[] = [];
      let at = 0;
      for (const mention of find(text)) {
        if (linked.has(mention.termId)) continue;
        linked.add(mention.termId);
        if (mention.start > at) pieces.push({ type: 'text', value: text.slice(at, mention.start) });
        const term = byId.get(mention.termId);
        const popId = `gl-pop-${mention.termId}`;
        pieces.push({
          type: 'link',
          url: href(mention.termId),
          title: null,
          children: [{ type: 'text', value: mention.text }],
          data: { hProperties: { className: ['gl-term'], dataTerm: mention.termId, ...(term?.definition ? { dataPopover: popId } : {}) } },
        });
        if (term?.definition) pieces.push(definitionPopover(popId, term, href(mention.termId)) as never);
        at = mention.end;
      }
      if (pieces.length === 0) return;
      if (at < text.length) pieces.push({ type: 'text', value: text.slice(at) });
      parent.children.splice(index, 1, ...(pieces as never[]));
      // Skip the nodes just inserted: the links are done, the texts were searched.
      return index + pieces.length;
    });
  };
}

/** The hidden popover after a term: its name, the definition's first sentence, and the way to the full entry. */
function definitionPopover(id: string, term: LinkableTerm, url: string) {
  return {
    type: 'glossaryPopover',
    data: { hName: 'span', hProperties: { id, popover: 'auto', className: ['gl-pop'], role: 'note' } },
    children: [
      { type: 'strong', children: [{ type: 'text', value: term.term ?? term.matches[0] ?? '' }] },
      { type: 'text', value: `：${firstSentence(term.definition ?? '')} ` },
      { type: 'link', url, title: null, children: [{ type: 'text', value: '术语表里的完整释义' }], data: { hProperties: { className: ['gl-pop__more'] } } },
    ],
  };
}

function firstSentence(text: string): string {
  const end = text.search(/[。!?]/);
  return end === -1 ? text : text.slice(0, end + 1);
}
