import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownBodyFolders } from '../../../src/lib/check/checkMdxSyntax.ts';
import { mdxRenderedAsMarkdown, type EntryType } from '../../../src/loaders/markdownBodyGlob.ts';

const root = join(import.meta.dirname, '..', '..', '..');

const markdown: EntryType = { extensions: ['.md'], getEntryInfo: () => 'md info', getRenderFunction: () => 'md render' };
const mdx: EntryType = { extensions: ['.mdx'], getEntryInfo: () => 'mdx info', getRenderModule: () => 'module', contentModuleTypes: 'declare module …' };

describe('mdxRenderedAsMarkdown', () => {
  it('reads .mdx files as MDX and renders them with the Markdown render function, never as a module', () => {
    const types = new Map([['.md', markdown], ['.mdx', mdx]]);
    const rendered = mdxRenderedAsMarkdown(types);
    const entry = rendered.get('.mdx')!;
    expect(entry.getEntryInfo).toBe(mdx.getEntryInfo);
    expect((entry.getRenderFunction as () => string)()).toBe('md render');
    // Astro's glob loader compiles an entry into a module when it has contentModuleTypes.
    expect('contentModuleTypes' in entry).toBe(false);
    expect('getRenderModule' in entry).toBe(false);
    expect(rendered.get('.md')).toBe(markdown);
    expect(types.get('.mdx')).toBe(mdx); // Astro's own map is left as it was
  });

  it('stops the build with a reason when Astro does not hand over what it needs', () => {
    expect(() => mdxRenderedAsMarkdown(undefined)).toThrow(/entryTypes/);
    expect(() => mdxRenderedAsMarkdown(new Map([['.mdx', mdx]]))).toThrow(/Markdown render function/);
    expect(() => mdxRenderedAsMarkdown(new Map([['.md', markdown]]))).toThrow(/@astrojs\/mdx/);
  });
});

describe('content.config.ts', () => {
  it('renders as Markdown exactly the folders whose bodies the check holds to Markdown', () => {
    const config = readFileSync(join(root, 'src', 'content.config.ts'), 'utf8');
    const rendered = [...config.matchAll(/markdownBodyGlob\(\{ pattern: '\*\.mdx', base: '\.\/([^']+)' \}\)/g)].map((m) => m[1]);
    expect(rendered.sort()).toEqual([...markdownBodyFolders].sort());
  });
});
