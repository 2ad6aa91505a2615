import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { figureText, figureHref, milestoneText, type DatasetIndex } from '../lib/content/datasetIndex.ts';

export interface RemarkFiguresOptions {
  /** Looks figures up; built once per process from `data/`. */
  getIndex: () => DatasetIndex;
}

interface DirectiveNode {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: { type: string; value?: string }[];
  data?: Record<string, unknown>;
}

/**
 * Renders `:fig[<dataset>/<entry>]` as the figure, formatted in Chinese and
 * linked to its dataset page, and `:date[<dataset>/<milestone>]` as the
 * milestone's date. An unknown reference fails the build, naming the file.
 * Needs `remark-directive` before it.
 */
export function remarkFigures(options: RemarkFiguresOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      const directive = node as unknown as DirectiveNode;
      if (directive.type !== 'textDirective' && directive.type !== 'leafDirective' && directive.type !== 'containerDirective') return;
      if (directive.name !== 'fig' && directive.name !== 'date') {
        // Not ours: “:foo” in prose was meant as text, so give it back.
        if (directive.type === 'textDirective' && parent && index !== undefined) {
          const label = directive.children.map((c) => c.value ?? '').join('');
          parent.children.splice(index, 1, { type: 'text', value: `:${directive.name}${label ? `[${label}]` : ''}` } as never);
        }
        return;
      }
      const ref = directive.children.map((c) => c.value ?? '').join('').trim();
      // The same form as `npm run check`: file:line:column › field：…
      const path = file.path ? relative(file.cwd, file.path).split('\\').join('/') : 'an MDX file';
      const where = `${path}${node.position ? `:${node.position.start.line}:${node.position.start.column}` : ''}`;
      const index_ = options.getIndex();
      const result = directive.name === 'fig' ? figureText(index_, ref) : milestoneText(index_, ref);
      if ('error' in result) file.fail(`${where} › :${directive.name}[${ref}]：引用找不到，请运行 npm run check 查看详情 / ${result.error}`, node);
      directive.data = {
        hName: directive.name === 'fig' ? 'a' : 'time',
        hProperties:
          directive.name === 'fig'
            ? { className: ['fig'], href: figureHref(ref), 'data-figure': ref }
            : { className: ['fig-date'], dateTime: 'iso' in result ? result.iso : undefined },
      };
      directive.children = [{ type: 'text', value: result.text }];
    });
  };
}
