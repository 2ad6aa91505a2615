import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/content/checkProject.ts';
import { root } from '../../support/root.ts';
import { expectedCaseSlugs, expectedProviderIds } from '../../support/expectedContent.ts';
import { fixtureProject, type FixtureProject } from '../../support/fixtureProject.ts';

describe('the real content', () => {
  const { content, problems } = checkProject(root);

  it('passes every check, handbook included', () => {
    expect(problems).toEqual([]);
  });

  it('holds every case the source article tells', () => {
    expect([...content.cases.keys()].sort()).toEqual([...expectedCaseSlugs].sort());
    expect([...content.providers.keys()].sort()).toEqual([...expectedProviderIds]);
  });

  it('derives the July index and the 2021 818 week, never storing them', () => {
    const lexu = content.datasets.get('lexu-818')!;
    expect(lexu.entries.find((e) => e.id === 'index-july')!.value).toBeCloseTo(115.04, 2);
    expect(content.datasets.get('xiakehui-818')!.entries.find((e) => e.id === 'week-gmv-last-year')!.value).toBe(72_000_000);
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
