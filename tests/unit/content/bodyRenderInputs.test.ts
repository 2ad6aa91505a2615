/**
 * A Markdown-rendered body is rendered again when, and only when, what it
 * shows changes: its file, the figures it cites, the glossary terms it may
 * mention, or the code that renders it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyRenderInputs } from '../../../src/lib/content/bodyRenderInputs.ts';
import type { DatasetIndex, LoadedDataset } from '../../../src/lib/content/datasetIndex.ts';
import { sharedRenderInputs } from '../../../src/loaders/markdownBodyGlob.ts';

const entry = (id: string, value: number) =>
  ({ id, label: id, subject: '某店', unit: 'percentChange', kind: 'stated', value, bound: 'exact', period: { label: 'p' }, source: { document: 'd', quote: 'q' } }) as never;
const index = (gmv: number, other: number): DatasetIndex =>
  new Map([
    ['shop', { id: 'shop', file: 'data/shop.json', data: { title: 'shop', milestones: [] } as never, entries: [entry('gmv', gmv)] } as LoadedDataset],
    ['else', { id: 'else', file: 'data/else.json', data: { title: 'else', milestones: [] } as never, entries: [entry('gmv', other)] } as LoadedDataset],
  ]);
const term = (id: string, words: string[], definition: string) => ({ id, term: words[0]!, matches: words, definition });
const body = '---\ntitle: 甲\n---\n\n服务商帮店铺把GMV提升了:fig[shop/gmv]。\n';

describe('bodyRenderInputs', () => {
  it('changes with a figure the body cites, not with one it does not', () => {
    const before = bodyRenderInputs(body, index(50, 10), []);
    expect(bodyRenderInputs(body, index(60, 10), [])).not.toBe(before);
    expect(bodyRenderInputs(body, index(50, 99), [])).toBe(before);
    expect(before).toContain('shop/gmv');
  });

  it('changes with a glossary term the body mentions, not with one it does not', () => {
    const glossary = [term('provider', ['服务商'], '甲。'), term('belt', ['产业带'], '乙。')];
    const before = bodyRenderInputs(body, index(50, 10), glossary);
    expect(bodyRenderInputs(body, index(50, 10), [term('provider', ['服务商'], '改过。'), glossary[1]!])).not.toBe(before);
    expect(bodyRenderInputs(body, index(50, 10), [glossary[0]!, term('belt', ['产业带'], '改过。')])).toBe(before);
    // A new term whose words the body uses may take over a mention.
    expect(bodyRenderInputs(body, index(50, 10), [...glossary, term('gmv', ['GMV'], '丙。')])).not.toBe(before);
  });

  it('records a reference that does not resolve, so fixing the dataset renders the body again', () => {
    const broken = bodyRenderInputs(body.replace('shop/gmv', 'shop/gmx'), index(50, 10), []);
    expect(broken).toContain('error');
  });
});

describe('sharedRenderInputs', () => {
  it('changes with the rendering code astro.config.mjs imports and with BASE_PATH, and only then', () => {
    const root = mkdtempSync(join(tmpdir(), 'render-inputs-'));
    writeFileSync(join(root, 'astro.config.mjs'), "import { plugin } from './plugin.ts';\nexport default {};\n");
    writeFileSync(join(root, 'plugin.ts'), 'export const plugin = 1;\n');
    const before = sharedRenderInputs(root, {});
    expect(sharedRenderInputs(root, {})).toBe(before);
    expect(sharedRenderInputs(root, { BASE_PATH: '/casebook/' })).not.toBe(before);
    writeFileSync(join(root, 'plugin.ts'), 'export const plugin = 2;\n');
    expect(sharedRenderInputs(root, {})).not.toBe(before);
  });
});
