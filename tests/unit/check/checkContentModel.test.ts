import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/check/checkProject.ts';
import { fixtureProject, type FixtureProject } from '../../support/fixtureProject.ts';

describe('the check reads vocabularies, sources and the home page from content', () => {
  let project: FixtureProject | undefined;
  afterEach(() => project?.remove());
  const firstCase = (p: FixtureProject) => checkProject(p.dir).content.cases.values().next().value!;

  it('reports a service type, category or campaign missing from its vocabulary, listing the known ones', () => {
    project = fixtureProject();
    const entry = firstCase(project);
    project.edit(entry.file, (t) => t.replace(/^serviceTypes: .*$/m, 'serviceTypes: [直播基地]').replace(/^categories: .*$/m, 'categories: [汉服]').replace(/^campaign: .*$/m, 'campaign: no-such-campaign'));
    const problems = checkProject(project.dir).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: entry.file,
          field: 'serviceTypes[0]',
          message: expect.stringMatching(/词表里没有这个服务类型："直播基地"，可选：代运营, .*content\/vocabularies\/service-types\.yaml/),
          gloss: 'unknown service type "直播基地"',
        }),
        expect.objectContaining({ file: entry.file, field: 'categories[0]', gloss: expect.stringContaining('unknown category "汉服"') }),
      ]),
    );
    if (entry.data.campaign) expect(problems).toContainEqual(expect.objectContaining({ file: entry.file, field: 'campaign', gloss: expect.stringContaining('unknown campaign "no-such-campaign"') }));
  });

  it('accepts a new service type once an editor adds it to the vocabulary', () => {
    project = fixtureProject();
    const entry = firstCase(project);
    project.edit(entry.file, (t) => t.replace(/^serviceTypes: .*$/m, 'serviceTypes: [直播基地]'));
    project.edit('content/vocabularies/service-types.yaml', (t) => `${t}- name: 直播基地\n  description: 为商家提供直播场地与主播的基地。\n`);
    expect(checkProject(project.dir).problems).toEqual([]);
  });

  it('reports a vocabulary item listed twice and one that breaks its schema', () => {
    project = fixtureProject();
    project.edit('content/vocabularies/categories.yaml', (t) => `${t}- name: 母婴\n- nam: 笔误\n`);
    const problems = checkProject(project.dir).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/vocabularies/categories.yaml', message: expect.stringContaining('"母婴" 列了两次'), line: expect.any(Number) }),
        expect.objectContaining({ file: 'content/vocabularies/categories.yaml', field: expect.stringMatching(/^\[\d+\]\.nam$/) }),
      ]),
    );
  });

  it('checks a source’s platform prose and charts like a case’s, and a source without its text', () => {
    project = fixtureProject();
    const source = checkProject(project.dir).content.sources.values().next().value!;
    project.edit(source.file, (t) => `${t.replace(/^charts:\n/m, 'charts:\n  - type: tiles\n    title: t\n    takeaway: t\n    figures: [nowhere/nothing]\n')}\n规模达到 99 亿，见 :fig[nowhere/nothing]。\n`);
    project.write('content/sources/orphan.mdx', '---\ntitle: 没有正文的文章\n---\n');
    project.write('content/sources/stray.txt', '一篇忘了写信息的文章。');
    const problems = checkProject(project.dir).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: source.file, field: 'charts[0].figures[0]', message: expect.stringContaining('未知数据集 "nowhere"') }),
        expect.objectContaining({ file: source.file, field: '正文', message: expect.stringContaining('手写了数字 "99"') }),
        expect.objectContaining({ file: source.file, field: ':fig[nowhere/nothing]', line: expect.any(Number), message: expect.stringContaining('未知数据集 "nowhere"') }),
        expect.objectContaining({ file: 'content/sources/orphan.mdx', field: 'textFile', message: expect.stringContaining('content/sources/orphan.txt') }),
        expect.objectContaining({ file: 'content/sources/stray.txt', message: expect.stringContaining('请新建 content/sources/stray.mdx') }),
      ]),
    );
  });

  it('checks the home page’s featured figures and charts', () => {
    project = fixtureProject();
    project.edit('content/site/home.mdx', (t) => t.replace(/^featured:\n/m, 'featured:\n  - nowhere/nothing\n').replace(/^title: .*$/m, '$&\nsubtitle: 拼错的字段'));
    const problems = checkProject(project.dir).problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'content/site/home.mdx', field: 'subtitle', message: expect.stringContaining('未知字段 "subtitle"') })]);
    project.edit('content/site/home.mdx', (t) => t.replace(/^subtitle: .*\n/m, ''));
    expect(checkProject(project.dir).problems).toEqual([expect.objectContaining({ file: 'content/site/home.mdx', field: 'featured[0]', line: expect.any(Number), message: expect.stringContaining('未知数据集 "nowhere"') })]);
  });
});
