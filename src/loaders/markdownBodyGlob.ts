/**
 * A content loader for collections whose `.mdx` files hold plain Markdown
 * bodies (cases, providers, belts, sources): Astro's `glob()` loader, with
 * each body rendered to HTML as Markdown while content syncs, instead of
 * being compiled into a JavaScript module that Vite bundles.
 *
 * Why: at 1,000 cases, bundling one MDX module per case was most of the
 * build's Vite phase (11.5 s against 2.3 s rendered this way, on one loaded
 * machine) and its peak memory at 10,000 cases; the content layer keeps the
 * rendered HTML in its store and renders again only a file whose bytes
 * changed. The HTML is byte-for-byte the same: both paths run the same
 * remark plugins (`markdown.remarkPlugins` in astro.config.mjs, which MDX
 * extends) over the same Markdown syntax tree.
 *
 * What editors lose is MDX's own syntax in these bodies (components, import
 * and export, `{expressions}`), which no case uses and which would now show
 * as text: the project check refuses it with the file, line and column
 * (`checkMarkdownBody`). Handbook chapters and the home page stay MDX: the
 * chapter page hands components to its sections.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

/** What Astro's content layer knows of a file type (`ContentEntryType`, not exported by `astro/loaders`). */
export interface EntryType {
  extensions: string[];
  getEntryInfo: (...args: never[]) => unknown;
  getRenderFunction?: (...args: never[]) => unknown;
  getRenderModule?: (...args: never[]) => unknown;
  contentModuleTypes?: string;
}

/**
 * The entry types with `.mdx` files read as MDX (frontmatter) but rendered
 * by the `.md` entry type's render function. Fails loudly when Astro no
 * longer hands loaders its entry types, rather than building every case as
 * an empty page.
 */
export function mdxRenderedAsMarkdown(entryTypes: unknown): Map<string, EntryType> {
  if (!(entryTypes instanceof Map)) {
    throw new Error('markdownBodyGlob: Astro no longer passes `entryTypes` to content loaders; src/loaders/markdownBodyGlob.ts needs updating for this Astro version.');
  }
  const types = entryTypes as Map<string, EntryType>;
  const markdown = types.get('.md');
  const mdx = types.get('.mdx');
  if (!markdown?.getRenderFunction) throw new Error('markdownBodyGlob: Astro has no Markdown render function for `.md` entries.');
  if (!mdx) throw new Error('markdownBodyGlob: no entry type for `.mdx` files; is @astrojs/mdx in astro.config.mjs?');
  const { contentModuleTypes: _module, getRenderModule: _render, ...reading } = mdx;
  const rendered = new Map(types);
  rendered.set('.mdx', { ...reading, getRenderFunction: markdown.getRenderFunction.bind(markdown) });
  return rendered;
}

/** `glob(options)`, with every matched `.mdx` body rendered as Markdown when content syncs. */
export function markdownBodyGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'markdown-body-glob',
    load: (context: LoaderContext) => {
      const withEntryTypes = context as LoaderContext & { entryTypes?: unknown };
      return inner.load({ ...context, entryTypes: mdxRenderedAsMarkdown(withEntryTypes.entryTypes) } as LoaderContext);
    },
  };
}
