/**
 * A content loader for collections whose `.mdx` files hold plain Markdown
 * bodies (cases, providers, belts, sources: `markdownBodyFolders`): Astro's
 * `glob()` loader, with each body rendered to HTML as Markdown while content
 * syncs, instead of being compiled into a JavaScript module that Vite bundles.
 *
 * Why: at 1,000 cases, bundling one MDX module per case was most of the
 * build's Vite phase (11.5 s against 2.3 s rendered this way, on one loaded
 * machine) and its peak memory at 10,000 cases; the content layer keeps the
 * rendered HTML in its store and renders again only a file whose bytes
 * changed. The HTML is byte-for-byte the same: both paths run the same
 * remark plugins (`markdown.remarkPlugins` in astro.config.mjs, which MDX
 * extends) over the same Markdown syntax tree.
 *
 * The bodies stay MDX to editors: `{/* comments *\/}` are removed before
 * rendering, as MDX does, and a body that is not valid MDX or uses MDX's own
 * syntax (components, import and export, `{expressions}`), which Markdown
 * would show as text, stops the build naming the file and line, as the
 * project check does. So does any other error while rendering (an unknown
 * `:fig` reference), which Astro's glob loader alone would only log.
 * Handbook chapters and the home page stay MDX: their pages hand components
 * to the body.
 *
 * The content layer keeps each rendered body between builds and renders it
 * again only when the file's digest changes; here the digest also covers
 * the figures the body cites, the glossary and the rendering code
 * (`renderDigest`), so an edited dataset never leaves old figures in prose.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkMdxSyntax } from '../lib/check/checkMdxSyntax.ts';
import { formatProblems } from '../lib/check/contentProblem.ts';
import { withoutMdxComments } from '../lib/content/markdownBody.ts';
import { bodyRenderInputs } from '../lib/content/bodyRenderInputs.ts';
import { checkerCode } from '../lib/check/checkCache.ts';
import { heldCheck } from '../integrations/checkedData.ts';
import type { CheckedData } from '../lib/check/readCheckedData.ts';
import { linksGlossaryTerms } from '../markdown/remarkGlossary.ts';

type GlobOptions = Parameters<typeof glob>[0];

/** What Astro's content layer passes a render function (`ContentEntryRenderFunction`'s argument). */
interface RenderEntry {
  id: string;
  body?: string;
  filePath?: string;
  [key: string]: unknown;
}
type Render = (entry: RenderEntry) => Promise<unknown>;

/** What Astro's content layer knows of a file type (`ContentEntryType`, not exported by `astro/loaders`). */
export interface EntryType {
  extensions: string[];
  getEntryInfo: (...args: never[]) => unknown;
  getRenderFunction?: (config: { root: URL }) => Promise<Render>;
  getRenderModule?: (...args: never[]) => unknown;
  contentModuleTypes?: string;
}

/** The line of a file where its body starts (1-based): the body is the file's text after the frontmatter, trimmed. */
function bodyLineOf(filePath: string, body: string): number {
  const contents = readFileSync(filePath, 'utf8');
  const at = body ? contents.lastIndexOf(body.slice(0, 200)) : -1;
  return at < 0 ? 1 : contents.slice(0, at).split('\n').length;
}

/**
 * The entry types with `.mdx` files read as MDX (frontmatter) but rendered
 * by the `.md` entry type's render function, through `renderBody`. Fails
 * loudly when Astro no longer hands loaders its entry types, rather than
 * building every case as an empty page.
 */
export function mdxRenderedAsMarkdown(entryTypes: unknown, failed: Error[] = []): Map<string, EntryType> {
  if (!(entryTypes instanceof Map)) {
    throw new Error('markdownBodyGlob: Astro no longer passes `entryTypes` to content loaders; src/loaders/markdownBodyGlob.ts needs updating for this Astro version.');
  }
  const types = entryTypes as Map<string, EntryType>;
  const markdown = types.get('.md');
  const mdx = types.get('.mdx');
  if (!markdown?.getRenderFunction) throw new Error('markdownBodyGlob: Astro has no Markdown render function for `.md` entries.');
  if (!mdx) throw new Error('markdownBodyGlob: no entry type for `.mdx` files; is @astrojs/mdx in astro.config.mjs?');
  const { contentModuleTypes: _module, getRenderModule: _render, ...reading } = mdx;
  const getRenderFunction = async (config: { root: URL }) => renderBody(await markdown.getRenderFunction!.call(markdown, config), fileURLToPath(config.root), failed);
  const rendered = new Map(types);
  rendered.set('.mdx', { ...reading, getRenderFunction });
  return rendered;
}

/**
 * A Markdown render function for MDX bodies: refuses what MDX would not
 * compile or Markdown would show as text (`checkMdxSyntax`), removes MDX
 * comments, then renders. Every failure is kept in `failed` as well as
 * thrown: Astro's glob loader logs a render error and goes on.
 */
export function renderBody(render: Render, root: string, failed: Error[]): Render {
  return async (entry) => {
    try {
      const body = entry.body ?? '';
      if (entry.filePath) {
        const file = relative(root, entry.filePath).replace(/\\/g, '/');
        const problems = checkMdxSyntax(file, body, 1, true);
        if (problems.length) {
          const line = bodyLineOf(entry.filePath, body);
          throw new Error(`\n${formatProblems(problems.map((p) => (p.line === undefined ? p : { ...p, line: p.line + line - 1 })))}`);
        }
      }
      return await render({ ...entry, body: withoutMdxComments(body) });
    } catch (error) {
      const where = entry.filePath ? relative(root, entry.filePath) : entry.id;
      const failure = new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      failed.push(failure);
      throw failure;
    }
  };
}

/**
 * The render inputs every body shares: the code of astro.config.mjs and
 * everything it imports (the remark plugins and what they use), the
 * installed packages and BASE_PATH. Any change renders every body again.
 */
export function sharedRenderInputs(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  hash.update(`BASE_PATH ${env.BASE_PATH ?? ''}\0`);
  for (const file of checkerCode(join(root, 'astro.config.mjs')).files) {
    if (existsSync(file)) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  const lock = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

/**
 * The digest Astro's glob loader keeps for a file, and compares to decide
 * whether to render it again: of the file's text and of what its HTML
 * depends on beyond it (`bodyRenderInputs.ts`).
 */
function renderDigest(context: LoaderContext, base: string, checked: CheckedData): LoaderContext['generateDigest'] {
  const root = fileURLToPath(context.config.root);
  const shared = sharedRenderInputs(root);
  // Every file of a collection is in one folder: the glossary plugin links terms in all of them or none.
  const glossary = linksGlossaryTerms(join(root, base, 'entry.mdx')) ? checked.glossary : [];
  return (data) => (typeof data === 'string' ? context.generateDigest(`${data}\0${shared}\0${bodyRenderInputs(data, checked.datasets, glossary)}`) : context.generateDigest(data));
}

/**
 * The checked data the integration holds (projectCheckIntegration.ts runs
 * the check, or reads what `npm run build` checked, before content syncs);
 * the checker itself is loaded only when nothing is held.
 */
async function checkedData(root: string): Promise<CheckedData> {
  const held = heldCheck(root);
  if (held) return held.data;
  const { check } = await import('../integrations/projectCheckIntegration.ts');
  return check(root).data;
}

/** `glob(options)`, with every matched `.mdx` body rendered as Markdown when content syncs. */
export function markdownBodyGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'markdown-body-glob',
    load: async (context: LoaderContext) => {
      const failed: Error[] = [];
      const withEntryTypes = context as LoaderContext & { entryTypes?: unknown };
      const entryTypes = mdxRenderedAsMarkdown(withEntryTypes.entryTypes, failed);
      const checked = await checkedData(fileURLToPath(context.config.root));
      const base = options.base === undefined ? '.' : typeof options.base === 'string' ? options.base : fileURLToPath(options.base);
      await inner.load({ ...context, entryTypes, generateDigest: renderDigest(context, base, checked) } as LoaderContext);
      if (failed.length) throw new Error(`collection "${context.collection}": ${failed.length} file(s) could not be rendered:\n${failed.map((e) => e.message).join('\n')}`);
    },
  };
}
