/**
 * The check cache (src/lib/check/checkCache.ts): its fingerprint changes
 * whenever anything the check reads changes (content, data, vocabularies, the
 * checker's own code) and only then, and passed checks are recorded by it.
 * readCheckedData gives the build what a passed check would.
 */
import { appendFileSync, readdirSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkCacheDir, checkerCode, checkFingerprint, importsOf, passedBefore, recordPassed } from '../../../src/lib/check/checkCache.ts';
import { checkProject } from '../../../src/lib/check/checkProject.ts';
import { readCheckedData } from '../../../src/lib/check/readCheckedData.ts';
import { fixtureProject, type FixtureProject } from '../../support/fixtureProject.ts';
import { root } from '../../support/root.ts';

/** The fingerprint of a copy, following the copy's own checker code. */
const fingerprintOf = (project: FixtureProject, env: NodeJS.ProcessEnv = {}) => checkFingerprint(project.dir, { entry: join(project.dir, 'src/lib/check/checkProject.ts'), env });

describe('the check fingerprint', () => {
  const project = fixtureProject();
  afterAll(() => project.remove());
  const original = fingerprintOf(project);

  it('is the same when nothing changed, and for a copy of the project elsewhere', () => {
    expect(original).toMatch(/^[0-9a-f]{40}$/);
    expect(fingerprintOf(project)).toBe(original);
    const copy = fixtureProject();
    try {
      expect(fingerprintOf(copy)).toBe(original);
    } finally {
      copy.remove();
    }
  });

  it.each([
    ['a case', 'content/cases/lexu-kadanlu.mdx'],
    ['a provider', 'content/providers/gougoushou.mdx'],
    ['a belt', 'content/belts/jinjiang.mdx'],
    ['a dataset', 'data/xiakehui-818.json'],
    ['a source text', 'content/sources/douyin-818-2022.txt'],
    ['a source', 'content/sources/douyin-818-2022.mdx'],
    ['a vocabulary', 'content/vocabularies/categories.yaml'],
    ['the campaigns', 'content/vocabularies/campaigns.yaml'],
    ['the allowed number words', 'content/vocabularies/allowed-number-words.yaml'],
    ['the section registry', 'content/handbook/section-ids.json'],
    ['a handbook chapter', 'content/handbook/provider-role.mdx'],
    ['the glossary', 'content/glossary/terms.yaml'],
    ['the home page', 'content/site/home.mdx'],
    ['the check entry point', 'src/lib/check/checkProject.ts'],
    ['a check', 'src/lib/check/checkQuotes.ts'],
    ['a reader', 'src/lib/check/readDatasets.ts'],
    ['the quote reader', 'src/lib/quote/readQuoteNumbers.ts'],
    ['the formulas', 'src/lib/formula/resolveEntries.ts'],
    ['a schema', 'src/schemas/dataset.ts'],
    ['the chart input rules', 'src/lib/charts/chartInput.ts'],
    ['the cache itself', 'src/lib/check/checkCache.ts'],
  ])('changes when %s changes (%s), and is back when it is back', (_what, file) => {
    const before = fingerprintOf(project);
    expect(before).toBe(original);
    project.edit(file, (t) => `${t}\n`);
    expect(fingerprintOf(project)).not.toBe(original);
    project.edit(file, (t) => t.slice(0, -1));
    expect(fingerprintOf(project)).toBe(original);
  });

  it('changes when a file is added, removed or renamed', () => {
    project.write('content/cases/another-case.mdx', '---\ntitle: x\n---\n');
    const added = fingerprintOf(project);
    expect(added).not.toBe(original);
    renameSync(join(project.dir, 'content/cases/another-case.mdx'), join(project.dir, 'content/cases/renamed-case.mdx'));
    expect(fingerprintOf(project)).not.toBe(added);
    expect(fingerprintOf(project)).not.toBe(original);
    rmSync(join(project.dir, 'content/cases/renamed-case.mdx'));
    expect(fingerprintOf(project)).toBe(original);
    rmSync(join(project.dir, 'data/xiakehui-818.json'));
    expect(fingerprintOf(project)).not.toBe(original);
    project.write('data/xiakehui-818.json', '');
    expect(fingerprintOf(project)).not.toBe(original);
  });

  it('changes with BASE_PATH, the one variable the checker reads', () => {
    expect(fingerprintOf(project, { BASE_PATH: '/casebook/' })).not.toBe(fingerprintOf(project));
  });

  it('stays the same for what the check does not read, and for a file touched but not changed', () => {
    const fresh = fixtureProject();
    try {
      const before = fingerprintOf(fresh);
      fresh.edit('src/components/Chart.astro', (t) => `${t}\n`);
      fresh.edit('src/lib/png/chartPng.ts', (t) => `${t}\n`);
      fresh.edit('src/content.ts', (t) => `${t}\n`);
      fresh.edit('astro.config.mjs', (t) => `${t}\n`);
      fresh.write('README.md', 'not read by the check');
      utimesSync(join(fresh.dir, 'content/cases/lexu-kadanlu.mdx'), new Date(), new Date(2000, 0, 1));
      expect(fingerprintOf(fresh)).toBe(before);
    } finally {
      fresh.remove();
    }
  });
});

describe("the checker's code", () => {
  const { files, packages } = checkerCode();
  const names = files.map((f) => f.slice(root.length + 1));

  it('is every module the check imports, followed to the end, and nothing the site alone uses', () => {
    expect(names).toEqual(expect.arrayContaining([
      'src/lib/check/checkProject.ts',
      'src/lib/check/checkCache.ts',
      'src/lib/check/readDatasets.ts',
      'src/lib/check/checkQuoteFigures.ts',
      'src/lib/quote/readQuoteNumbers.ts',
      'src/lib/formula/resolveEntries.ts',
      'src/lib/charts/chartInput.ts',
      'src/lib/handbook/parseSections.ts',
      'src/schemas/dataset.ts',
      'src/schemas/vocabulary.ts',
      'src/lib/urls.ts',
    ]));
    expect(names.filter((n) => !/^src\/(lib|schemas)\//.test(n))).toEqual([]);
    expect(names.filter((n) => /^src\/lib\/(png|share|charts\/(?!chartInput))/.test(n))).toEqual([]);
    expect(packages).toEqual(expect.arrayContaining(['astro', 'yaml', 'unified']));
  });

  it('finds imports however they are written', () => {
    const source = [
      "import { a } from './a.ts';",
      'import type {\n  B,\n  C,\n} from "../b.ts";',
      "import './side-effect.ts';",
      "export * from './again.ts';",
      "export { d } from '@scope/pkg/sub';",
      "const e = await import('./lazy.ts');",
      "export const notAnImport = 'from ./nothing.ts';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.ts', '../b.ts', './side-effect.ts', './again.ts', '@scope/pkg/sub', './lazy.ts']);
  });
});

describe('passed checks, recorded', () => {
  let project: FixtureProject | undefined;
  afterEach(() => project?.remove());

  it('are found by fingerprint, the latest twenty kept', () => {
    project = fixtureProject();
    expect(passedBefore(project.dir, 'a'.repeat(40))).toBe(false);
    recordPassed(project.dir, 'a'.repeat(40));
    expect(passedBefore(project.dir, 'a'.repeat(40))).toBe(true);
    expect(passedBefore(project.dir, 'b'.repeat(40))).toBe(false);
    for (let i = 0; i < 25; i++) {
      const name = i.toString(16).padStart(40, '0');
      recordPassed(project.dir, name);
      // Older records older on disk too, whatever the clock's resolution.
      utimesSync(join(project.dir, checkCacheDir, `${name}.passed`), new Date(), new Date(Date.now() - (25 - i) * 1000));
    }
    const kept = readdirSync(join(project.dir, checkCacheDir));
    expect(kept.filter((n) => n.endsWith('.passed'))).toHaveLength(20);
    expect(kept.filter((n) => !n.endsWith('.passed'))).toEqual([]);
    expect(passedBefore(project.dir, (24).toString(16).padStart(40, '0'))).toBe(true);
  });
});

describe('readCheckedData', () => {
  it('reads the datasets, derived values computed, and the glossary, as a passed check does', () => {
    const check = checkProject(root);
    expect(check.problems).toEqual([]);
    const data = readCheckedData(root)!;
    expect([...data.datasets.entries()]).toEqual([...check.content.datasets.entries()]);
    expect(data.glossary).toEqual(check.glossary);
    expect(data.datasets.size).toBeGreaterThan(0);
    expect(data.glossary.length).toBeGreaterThan(0);
  });

  it('gives nothing when a dataset or the glossary does not read, so the whole check runs', () => {
    const broken = fixtureProject();
    try {
      appendFileSync(join(broken.dir, 'data/xiakehui-818.json'), ',');
      expect(readCheckedData(broken.dir)).toBeUndefined();
      broken.edit('data/xiakehui-818.json', (t) => t.slice(0, -1).replace('"value": 2.5', '"value": "两倍半"'));
      expect(readCheckedData(broken.dir)).toBeUndefined();
      broken.edit('data/xiakehui-818.json', (t) => t.replace('"value": "两倍半"', '"value": 2.5'));
      expect(readCheckedData(broken.dir)).toBeDefined();
      broken.edit('content/glossary/terms.yaml', (t) => `${t}\n- id: [broken\n`);
      expect(readCheckedData(broken.dir)).toBeUndefined();
    } finally {
      broken.remove();
    }
  });
});
