import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { editorsInferenceMark } from '../lib/content/provenanceText.ts';

interface DirectiveNode {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  children: { type: string; value?: string }[];
  data?: Record<string, unknown>;
}

/**
 * Marks prose that is the site's own rather than the source's:
 * `::inference[本手册归纳的做法，原文没有列出这些步骤]` on its own line becomes
 * a paragraph, `:inference[…]` inside a sentence a span, each with the mark
 * 编者归纳 and the reason as text (not a tooltip). An empty reason fails the
 * build, naming file and line. Needs `remark-directive` and must run before
 * `remarkFigures`, which gives unknown directives back as text.
 */
export function remarkInference() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const directive = node as unknown as DirectiveNode;
      if ((directive.type !== 'leafDirective' && directive.type !== 'textDirective') || directive.name !== 'inference') return;
      const reason = directive.children.map((c) => c.value ?? '').join('').trim();
      if (!reason) file.fail(`${file.path ?? 'an MDX file'}${node.position ? `:${node.position.start.line}` : ''} › ::inference[]: expected the reason in the brackets (why this is the editors' own)`, node);
      directive.data = { hName: directive.type === 'leafDirective' ? 'p' : 'span', hProperties: { className: ['provenance', 'provenance--inference'] } };
      directive.children = [
        { type: 'inferenceBadge', data: { hName: 'span', hProperties: { className: ['badge', 'badge--inference'] }, hChildren: [{ type: 'text', value: editorsInferenceMark }] } } as never,
        { type: 'text', value: ' ' },
        { type: 'inferenceReason', data: { hName: 'span', hProperties: { className: ['provenance__reason'] }, hChildren: [{ type: 'text', value: reason }] } } as never,
      ];
    });
  };
}
