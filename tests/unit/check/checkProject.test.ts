import { afterEach, describe, expect, it } from 'vitest';
import { checkProject, practiceIdsOf } from '../../../src/lib/check/checkProject.ts';
import { readHandbook } from '../../../src/lib/check/readHandbook.ts';
import { checkReferences } from '../../../src/lib/check/checkReferences.ts';
import { root } from '../../support/root.ts';
import { listContentFiles } from '../../../src/lib/check/readContentFile.ts';
import { contentPaths } from '../../../src/lib/check/contentPaths.ts';
import { fixtureProject, type FixtureProject } from '../../support/fixtureProject.ts';

describe('the real content', () => {
  const { content, problems } = checkProject(root);

  it('passes every check, handbook included', () => {
    expect(problems).toEqual([]);
  });

  it('reads every file of every collection: none is skipped', () => {
    const files = (dir: string, ext: string) => listContentFiles(root, dir, ext).map((f) => f.id).sort();
    expect([...content.cases.keys()].sort()).toEqual(files(contentPaths.cases, '.mdx'));
    expect([...content.providers.keys()].sort()).toEqual(files(contentPaths.providers, '.mdx'));
    expect([...content.belts.keys()].sort()).toEqual(files(contentPaths.belts, '.mdx'));
    expect([...content.sources.keys()].sort()).toEqual(files(contentPaths.sources, '.mdx'));
    expect([...content.datasets.keys()].sort()).toEqual(files(contentPaths.datasets, '.json'));
    expect(content.cases.size).toBeGreaterThan(0);
  });

  it('computes every derived value, never storing one', () => {
    for (const dataset of content.datasets.values())
      for (const entry of dataset.entries) {
        expect(Number.isFinite(entry.value), `${dataset.id}/${entry.id}`).toBe(true);
        if (entry.kind === 'derived') expect(dataset.data.entries.find((e) => e.id === entry.id), `${dataset.id}/${entry.id}`).not.toHaveProperty('value');
      }
  });

  it('names, in every quote, a source that exists', () => {
    for (const dataset of content.datasets.values())
      for (const entry of dataset.entries) if (entry.kind === 'stated') expect(content.sources.has(entry.source.document), `${dataset.id}/${entry.id}`).toBe(true);
  });
});

describe('checkProject names the file and the field', () => {
  let project: FixtureProject | undefined;
  afterEach(() => project?.remove());

  it('a glossary term pointing at a term that does not exist', () => {
    project = fixtureProject();
    project.edit('content/glossary/terms.yaml', (t) => t.replace('related: [provider, white-label]', 'related: [provider, no-such-term]'));
    const { problems } = checkProject(project.dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/glossary/terms.yaml', field: expect.stringMatching(/\.related$/), message: 'unknown term id "no-such-term"' })]);
  });
});

describe('the checker names the file and the field', () => {
  let project: FixtureProject | undefined;
  afterEach(() => project?.remove());

  const problemsAfter = (edit: (p: FixtureProject) => void) => {
    project = fixtureProject();
    edit(project);
    return checkProject(project.dir).problems;
  };

  it('a dataset that is not valid JSON', () => {
    const problems = problemsAfter((p) => p.edit('data/lexu-818.json', (t) => t.replace('"value": 40.15,', '"value": 40.15,,')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/lexu-818.json', field: expect.stringMatching(/^line \d+, column \d+$/) });
    expect(problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('text where a number belongs', () => {
    const problems = problemsAfter((p) => p.edit('data/xiakehui-818.json', (t) => t.replace('"value": 180000000', '"value": "1.8亿"')));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'data/xiakehui-818.json', field: 'entries[0].value', message: expect.stringContaining('"1.8亿"') }));
  });

  it('a quote not found in its source', () => {
    const problems = problemsAfter((p) => p.edit('data/lexu-818.json', (t) => t.replace('8.14单日销售总额突破1450万"', '8.14单日销售总额突破1460万"')));
    expect(problems[0]).toMatchObject({ file: 'data/lexu-818.json', field: expect.stringMatching(/^(entries|milestones)\[\d+\]\.source\.quote$/) });
    expect(problems[0]!.message).toMatch(/quote not found word for word/);
  });

  it('a case naming an unknown provider', () => {
    const problems = problemsAfter((p) => p.edit('content/cases/lexu-818.mdx', (t) => t.replace(/^provider: .*$/m, 'provider: nobody')));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/cases/lexu-818.mdx', field: 'provider', message: expect.stringContaining('unknown provider "nobody"') })]);
  });

  it('a misspelt field, instead of dropping it silently', () => {
    const problems = problemsAfter((p) => p.edit('content/cases/tianxun-818.mdx', (t) => t.replace(/^keyFigures:/m, 'keyFigure:')));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/cases/tianxun-818.mdx', field: 'keyFigure', message: expect.stringContaining('unknown field "keyFigure"') })]);
  });

  it('a case without a required field', () => {
    const problems = problemsAfter((p) => p.edit('content/cases/tianxun-818.mdx', (t) => t.replace(/^summary: .*$/m, '')));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/cases/tianxun-818.mdx', field: 'summary' })]);
  });

  it('a figure typed by hand and a figure reference that points nowhere', () => {
    const problems = problemsAfter((p) =>
      p.edit('content/cases/tianxun-818.mdx', (t) => `${t}\n\n销量增长了 66%,见 :fig[tianxun-818/no-such-entry]。\n`),
    );
    expect(problems.map((x) => x.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('number "66%" typed in the text'), expect.stringContaining('has no entry "no-such-entry"')]),
    );
    expect(problems.every((x) => x.file === 'content/cases/tianxun-818.mdx' && /^line \d+/.test(x.field))).toBe(true);
  });

  it('a stated relation that does not hold (rule 4)', () => {
    const problems = problemsAfter((p) => p.edit('data/lexu-kadanlu.json', (t) => t.replace('"value": 4.58', '"value": 4.65').replace('"quote": "商家的评分从4.4提到了4.58"', '"quote": "商家的评分从4.4提到了4.58"')));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/lexu-kadanlu.json', field: 'checks[1]', message: expect.stringContaining('to be below') })]);
  });

  it('reports an unknown practice id, naming the case file', () => {
    const problems = checkReferences(checkProject(root).content, new Set(['only-this-one']));
    const problem = problems.find((p) => p.field.startsWith('practices['));
    expect(problem).toMatchObject({ file: expect.stringMatching(/^content\/cases\/.+\.mdx$/), message: expect.stringContaining('unknown handbook practice') });
  });
});

describe('practiceIdsOf', () => {
  const handbook = readHandbook(root);

  it('gives practiceIdsOf exactly the section ids', () => {
    const ids = practiceIdsOf(handbook);
    expect([...ids].sort()).toEqual(handbook.chapters.flatMap((c) => c.sections.map((s) => s.id)).sort());
    expect(ids.has('screen-merchants')).toBe(true);
  });
});
