import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownBodyFolders } from '../../../src/lib/content/markdownBody.ts';
import { mdxRenderedAsMarkdown, renderBody, type EntryType } from '../../../src/loaders/markdownBodyGlob.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** A Markdown renderer that shows what it was given. */
const echo = async (entry: { body?: string }) => ({ html: `<p>${entry.body}</p>` });
const markdown: EntryType = { extensions: ['.md'], getEntryInfo: () => 'md info', getRenderFunction: async () => echo };
const mdx: EntryType = { extensions: ['.mdx'], getEntryInfo: () => 'mdx info', getRenderModule: () => 'module', contentModuleTypes: 'declare module …' };

/** A project folder with one case file whose body starts on line 4. */
function caseFile(body: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'markdown-body-'));
  mkdirSync(join(dir, 'content', 'cases'), { recursive: true });
  const file = join(dir, 'content', 'cases', 'c.mdx');
  writeFileSync(file, `---\ntitle: 甲\n---\n${body}`);
  return { dir, file };
}

describe('mdxRenderedAsMarkdown', () => {
  it('reads .mdx files as MDX and renders them with the Markdown render function, never as a module', async () => {
    const types = new Map([['.md', markdown], ['.mdx', mdx]]);
    const rendered = mdxRenderedAsMarkdown(types);
    const entry = rendered.get('.mdx')!;
    expect(entry.getEntryInfo).toBe(mdx.getEntryInfo);
    // Astro's glob loader compiles an entry into a module when it has contentModuleTypes.
    expect('contentModuleTypes' in entry).toBe(false);
    expect('getRenderModule' in entry).toBe(false);
    const { dir, file } = caseFile('正文。\n');
    const render = await entry.getRenderFunction!({ root: pathToFileURL(`${dir}/`) });
    expect(await render({ id: 'c', body: '正文。', filePath: file })).toEqual({ html: '<p>正文。</p>' });
    expect(rendered.get('.md')).toBe(markdown);
    expect(types.get('.mdx')).toBe(mdx); // Astro's own map is left as it was
  });

  it('stops the build with a reason when Astro does not hand over what it needs', () => {
    expect(() => mdxRenderedAsMarkdown(undefined)).toThrow(/entryTypes/);
    expect(() => mdxRenderedAsMarkdown(new Map([['.mdx', mdx]]))).toThrow(/Markdown render function/);
    expect(() => mdxRenderedAsMarkdown(new Map([['.md', markdown]]))).toThrow(/@astrojs\/mdx/);
  });
});

describe('renderBody', () => {
  it('removes MDX comments before rendering, as MDX does', async () => {
    const { dir, file } = caseFile('x');
    const failed: Error[] = [];
    const render = renderBody(echo, dir, failed);
    expect(await render({ id: 'c', body: '{/* 说明 */}\n\n正文{/* 旁注 */}。', filePath: file })).toEqual({ html: '<p>\n正文。</p>' });
    expect(failed).toEqual([]);
  });

  it('refuses MDX syntax that Markdown would show as text, naming the file and the line in it, and keeps the failure', async () => {
    const { dir, file } = caseFile('第一段。\n\n<Chart id="a" />\n');
    const failed: Error[] = [];
    const render = renderBody(echo, dir, failed);
    const body = readFileSync(file, 'utf8').split('---\n')[2]!.trim();
    await expect(render({ id: 'c', body, filePath: file })).rejects.toThrow(/content\/cases\/c\.mdx:6:1 › 正文：这里的正文按 Markdown 排版/);
    expect(failed).toHaveLength(1);
  });

  it('keeps any other render error with the file it came from (Astro would only log it)', async () => {
    const { dir, file } = caseFile('x');
    const failed: Error[] = [];
    const render = renderBody(async () => Promise.reject(new Error('unknown figure "a/b"')), dir, failed);
    await expect(render({ id: 'c', body: ':fig[a/b]', filePath: file })).rejects.toThrow('unknown figure');
    expect(failed.map((e) => e.message)).toEqual([expect.stringMatching(/^content\/cases\/c\.mdx: unknown figure "a\/b"$/)]);
  });
});

describe('content.config.ts', () => {
  it('renders as Markdown exactly the folders whose bodies the check holds to Markdown', () => {
    const config = readFileSync(join(root, 'src', 'content.config.ts'), 'utf8');
    const rendered = [...config.matchAll(/markdownBodyGlob\(\{ pattern: '\*\.mdx', base: '\.\/([^']+)' \}\)/g)].map((m) => m[1]);
    expect(rendered.sort()).toEqual([...markdownBodyFolders].sort());
  });
});
