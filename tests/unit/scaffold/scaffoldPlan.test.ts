import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/check/parseFrontmatter.ts';
import { answerProblems, planScaffold, scaffoldFields, type ProjectSnapshot } from '../../../src/lib/scaffold/scaffoldPlan.ts';

const templateDir = join(import.meta.dirname, '../../../src/cli/templates');
const templates = Object.fromEntries(readdirSync(templateDir).map((name) => [name, readFileSync(join(templateDir, name), 'utf8')]));

/** A made-up project: the ids are test data, not the site's content. */
const project: ProjectSnapshot = {
  sources: ['alpha-report'],
  providers: ['north-star', 'river-media'],
  belts: ['east-shoes', 'west-toys'],
  cases: ['north-star-spring'],
  datasets: ['north-star', 'north-star-spring'],
  chapters: ['first-steps'],
  sections: ['pick-products', 'old-section'],
  registry: { $comment: 'note', published: { 'first-steps': ['pick-products', 'old-section'], 'gone-chapter': [] }, redirects: [] },
  lastChapterOrder: 4,
  serviceTypes: ['代运营', '培训'],
  categories: ['童装', '童鞋'],
  campaigns: ['spring-sale'],
};



describe('planScaffold', () => {
  it('writes a case and its dataset, citing the only source by default', () => {
    const plan = planScaffold('case', { id: 'river-media-autumn', title: '标题: 带冒号 # 和井号', provider: 'river-media', belts: ['west-toys'] }, project, templates);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.files.map((f) => f.path)).toEqual(['content/cases/river-media-autumn.mdx', 'data/river-media-autumn.json']);
    const { data } = parseFrontmatter(plan.files[0]!.text) as { data: Record<string, unknown> };
    expect(data).toMatchObject({ title: '标题: 带冒号 # 和井号', provider: 'river-media', belt: 'west-toys', dataset: 'river-media-autumn' });
    expect(data).not.toHaveProperty('merchant');
    const dataset = JSON.parse(plan.files[1]!.text);
    expect(dataset.$schema).toBe('../schemas/dataset.schema.json');
    expect(dataset.entries[0].source.document).toBe('alpha-report');
    expect(plan.nextSteps.join('\n')).toContain('/cases/river-media-autumn/');
  });

  it('references an existing dataset instead of making one', () => {
    const plan = planScaffold('case', { id: 'north-star-autumn', title: 't', provider: 'north-star', belts: ['east-shoes'], dataset: 'north-star', merchant: '某商家' }, project, templates);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.files.map((f) => f.path)).toEqual(['content/cases/north-star-autumn.mdx']);
    expect(parseFrontmatter(plan.files[0]!.text).data).toMatchObject({ dataset: 'north-star', merchant: '某商家' });
  });

  it('refuses an existing slug, an unknown provider and belt, and says all of it at once', () => {
    const plan = planScaffold('case', { id: 'north-star-spring', title: 't', provider: 'nort-star', belts: ['south-hats'] }, project, templates);
    expect(plan.ok).toBe(false);
    const problems = plan.ok ? [] : plan.problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/已经存在[\s\S]*"north-star"[\s\S]*east-shoes、west-toys/);
  });

  it('asks which source when there are several and none was given', () => {
    const plan = planScaffold('dataset', { id: 'new-figures', title: 't' }, { ...project, sources: ['alpha-report', 'beta-report'] }, templates);
    expect(plan.ok ? [] : plan.problems).toEqual([expect.stringContaining('alpha-report、beta-report')]);
  });

  it('does not take over a dataset that happens to have the new id', () => {
    const plan = planScaffold('case', { id: 'north-star', title: 't', provider: 'north-star', belts: ['east-shoes'] }, { ...project, cases: [] }, templates);
    expect(plan.ok ? [] : plan.problems).toEqual([expect.stringContaining('--dataset north-star')]);
  });

  it('registers a new chapter and its first section, after the last chapter', () => {
    const plan = planScaffold('chapter', { id: 'live-rooms', title: '直播间', section: 'room-setup' }, project, templates);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    const registry = JSON.parse(plan.files.find((f) => f.update)!.text);
    expect(registry.published['live-rooms']).toEqual(['room-setup']);
    expect(registry.published['first-steps']).toEqual(['pick-products', 'old-section']);
    expect(registry.$comment).toBe('note');
    expect(parseFrontmatter(plan.files[0]!.text).data).toMatchObject({ title: '直播间', order: 5 });
    expect(plan.files[0]!.text).toContain(':section{#room-setup}');
  });

  it('refuses a chapter or section id that was ever published', () => {
    const plan = planScaffold('chapter', { id: 'gone-chapter', title: 't', section: 'old-section' }, project, templates);
    expect(plan.ok ? [] : plan.problems).toHaveLength(2);
  });

  it('writes a source with its text, and refuses a URL that is not http(s)', () => {
    const plan = planScaffold('source', { id: 'gamma-report', title: '标题', url: 'https://example.com/a', text: '全文' }, project, templates);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.files.map((f) => f.path)).toEqual(['content/sources/gamma-report.mdx', 'content/sources/gamma-report.txt']);
    expect(parseFrontmatter(plan.files[0]!.text).data).toEqual({ title: '标题', url: 'https://example.com/a', charts: [] });
    expect(plan.files[0]!.text).toContain('spring-sale');
    expect(plan.files[1]!.text).toBe('全文');
    expect(planScaffold('source', { id: 'gamma-report', title: 't', url: 'javascript:alert(1)' }, project, templates).ok).toBe(false);
  });

  it('gives a provider several belts', () => {
    const plan = planScaffold('provider', { id: 'sky-media', name: '天空', belts: ['east-shoes', 'west-toys'] }, project, templates);
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(parseFrontmatter(plan.files[0]!.text).data).toMatchObject({ belts: ['east-shoes', 'west-toys'], dataset: 'sky-media' });
  });
});

describe('answers typed in a terminal', () => {
  const field = (kind: keyof typeof scaffoldFields, key: string) => scaffoldFields[kind].find((f) => f.key === key)!;
  it('are checked one by one, so that a wrong one is asked again', () => {
    expect(answerProblems('case', field('case', 'id'), 'north-star-spring', project)).toHaveLength(1);
    expect(answerProblems('case', field('case', 'id'), 'Bad Id', project)).toHaveLength(1);
    expect(answerProblems('case', field('case', 'provider'), 'north-sta', project)[0]).toContain('"north-star"');
    expect(answerProblems('provider', field('provider', 'belts'), 'east-shoes,west-toy', project)).toHaveLength(1);
    expect(answerProblems('chapter', field('chapter', 'section'), 'old-section', project)).toHaveLength(1);
    expect(answerProblems('case', field('case', 'title'), '任何标题', project)).toEqual([]);
    expect(answerProblems('case', field('case', 'provider'), 'river-media', project)).toEqual([]);
  });
});
