import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Options for `remarkBaseLinks`. */
export interface RemarkBaseLinksOptions {
  /** The site's base path, starting and ending with `/` (`base` in src/lib/urls.ts). */
  base: string;
}

/**
 * Editors link to other pages by their address from the site's root, as the
 * URL contract writes them (`[测款](/handbook/before-campaign/#test-products)`).
 * Under a base path (`/casebook/`) those addresses would leave the site, so
 * this puts the base in front of every root-relative link and link
 * definition. Links to other sites, `#fragments` and protocol-relative
 * addresses are left as they are. Runs before the plugins that make links
 * of their own (they already build them with the base).
 */
export function remarkBaseLinks({ base }: RemarkBaseLinksOptions) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/') && !node.url.startsWith('//')) {
        node.url = `${base}${node.url.slice(1)}`;
      }
    });
  };
}
