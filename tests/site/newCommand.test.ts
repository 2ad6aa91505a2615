import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { placeholderWord } from '../../src/lib/check/checkPlaceholders.ts';
import { readServiceTypes, readVocabulary } from '../../src/lib/scaffold/readProject.ts';
import { vocabularyFiles } from '../../src/schemas/vocabulary.ts';
import { fixtureProject, type FixtureProject } from '../support/fixtureProject.ts';

/** `npm run new -- …` in the copy, with no terminal attached (flags only). */
function runNew(project: FixtureProject, args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'new', '--', ...args], { cwd: project.dir, encoding: 'utf8', input: '' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Test data: an article made up for this test, with one figure in it. */
const articleText = '这是一篇为测试编写的文章。某直播基地的成交额增长50%。\n';
const filler = '这是一段用来测试的说明文字';

/** What an editor would type over each placeholder, so that the check can pass. */
function fillIn(root: string, file: string, text: string): string {
  if (file.endsWith('.json') && file.startsWith('data/')) {
    const data = JSON.parse(text);
    data.description = filler;
    data.unit = 'percentChange';
    data.entries = [
      { id: 'gmv-growth', label: '成交额增长', period: { label: '测试期间' }, unit: 'percentChange', kind: 'stated', value: 50, source: { document: 'test-article', quote: '成交额增长50%' } },
    ];
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  return text
    .replace(new RegExp(`\\{ document: [a-z0-9-]+, quote: ${placeholderWord}：[^}]*\\}`, 'g'), `{ inference: ${filler} }`)
    .replace(`[${placeholderWord}：服务类型]`, `[${readServiceTypes(root)[0]}]`)
    .replace(new RegExp(`\\[${placeholderWord}：[^\\]]*品类\\]`), `[${readVocabulary(root, vocabularyFiles.categories, 'name')[0]}]`)
    .replace(new RegExp(`${placeholderWord}：[^\\]\\n"]*`, 'g'), (m) => (m.includes(' :section') ? `${filler}${m.slice(m.indexOf(' :section'))}` : filler));
}

describe('npm run new, in a copy of the project', () => {
  let project: FixtureProject;
  const created: string[] = [];
  // Each kind, its flags, and whether its files still hold placeholders (a source given its text needs nothing more).
  const steps: [string, string[], boolean][] = [
    ['source', ['--id', 'test-article', '--title', '测试文章：一个虚构的产业带', '--text', 'article.txt'], false],
    ['belt', ['--id', 'test-belt', '--name', '测试产业带', '--source', 'test-article'], true],
    ['provider', ['--id', 'test-provider', '--name', '测试服务商', '--belt', 'test-belt', '--source', 'test-article'], true],
    ['case', ['--slug', 'test-provider-case', '--title', '测试服务商：一个虚构的案例', '--provider', 'test-provider', '--belt', 'test-belt', '--source', 'test-article'], true],
    ['chapter', ['--id', 'test-chapter', '--title', '测试章节', '--section', 'test-section'], true],
    ['dataset', ['--id', 'test-figures', '--title', '测试数字', '--source', 'test-article'], true],
  ];

  beforeAll(() => {
    project = fixtureProject();
    writeFileSync(join(project.dir, 'article.txt'), articleText);
  });
  afterAll(() => project.remove());

  it.each(steps)('makes a %s whose files pass the check except for their placeholders', (kind, args, placeholders) => {
    const run = runNew(project, [kind, ...args]);
    expect(run.status, run.out).toBe(0);
    const files = [...run.out.matchAll(/(?:新建|更新) \/ (?:created|updated) (\S+)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(existsSync(join(project.dir, file)), file).toBe(true);
    created.push(...files);
    expect(run.out).toContain('接下来 / next steps');
    // Every problem is a placeholder in a file written by the command: nothing else is wrong.
    const problems = checkProject(project.dir).problems;
    expect(problems.filter((p) => !p.message.startsWith(placeholderWord) || !created.includes(p.file))).toEqual([]);
    expect(problems.filter((p) => files.includes(p.file)).length > 0, `placeholders of the new ${kind}`).toBe(placeholders);
  });

  it('passes the check once every placeholder is filled in', () => {
    for (const file of new Set(created)) project.edit(file, (text) => fillIn(project.dir, file, text));
    const { problems, content } = checkProject(project.dir);
    expect(problems).toEqual([]);
    expect(content.cases.get('test-provider-case')?.data).toMatchObject({ provider: 'test-provider', belt: 'test-belt', dataset: 'test-provider-case' });
    expect(content.datasets.get('test-provider-case')?.entries[0]).toMatchObject({ value: 50 });
  });

  it('refuses an existing slug, naming it, and writes nothing', () => {
    const existing = readFileSync(join(project.dir, 'content/cases/test-provider-case.mdx'), 'utf8');
    const run = runNew(project, ['case', '--slug', 'test-provider-case', '--title', 't', '--provider', 'test-provider', '--belt', 'test-belt', '--dataset', 'test-figures']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('"test-provider-case" 已经存在');
    expect(run.out).toContain('没有写入任何文件');
    expect(readFileSync(join(project.dir, 'content/cases/test-provider-case.mdx'), 'utf8')).toBe(existing);
  });

  it('refuses an unknown provider, listing the known ones with the nearest first', () => {
    const run = runNew(project, ['case', '--slug', 'another-case', '--title', 't', '--provider', 'test-providr', '--belt', 'test-belt', '--dataset', 'test-figures']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('没有服务商 "test-providr"');
    expect(run.out).toContain('你是不是想写 "test-provider"');
    expect(run.out).toMatch(/现有的服务商：.*test-provider/);
    expect(existsSync(join(project.dir, 'content/cases/another-case.mdx'))).toBe(false);
  });

  it('refuses a malformed slug and an unknown kind', () => {
    expect(runNew(project, ['case', '--slug', 'Another_Case', '--title', 't', '--provider', 'test-provider', '--belt', 'test-belt']).out).toContain('"another-case"');
    const run = runNew(project, ['casee']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('不认识的类型');
  });
});
