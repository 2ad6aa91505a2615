import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { homePageFile, homePageSchema } from '../../schemas/homePage.ts';
import { checkBody } from './checkBody.ts';
import { checkCharts, placedCharts } from './checkCharts.ts';
import type { LoadedContent } from './checkProject.ts';
import type { ContentProblem } from './contentProblem.ts';
import { contentPaths } from './contentPaths.ts';
import { knownList, suggestion } from './didYouMean.ts';
import { readMdxFile, schemaProblems } from './readContentFile.ts';
import { readVocabularies, type Vocabularies } from './readVocabularies.ts';
import { refProblem } from './refProblem.ts';
import { vocabularyFiles } from '../../schemas/vocabulary.ts';

/**
 * What the content model asks beyond each file's schema: service types,
 * categories and campaigns named from the vocabularies in
 * `content/vocabularies/`, sources' platform prose and charts, and the home
 * page's featured figures and charts.
 */
export function checkContentModel(root: string, content: LoadedContent): ContentProblem[] {
  const { vocabularies, problems } = readVocabularies(root);
  problems.push(...checkVocabularyUse(content, vocabularies));
  const refs = refChecker(content, problems);
  for (const source of content.sources.values()) {
    problems.push(...checkBody(source.file, source.body, source.bodyLine, content));
    problems.push(...checkCharts(placedCharts(source.file, source.data.charts), content));
  }
  problems.push(...strayTexts(root, content));
  const path = join(root, homePageFile);
  if (existsSync(path)) {
    const read = readMdxFile(path, homePageFile);
    if (!read.ok) problems.push(...read.problems);
    else {
      const parsed = homePageSchema.safeParse(read.value.data);
      if (!parsed.success) problems.push(...schemaProblems(homePageFile, parsed.error, read.value.data, [], homePageSchema));
      else {
        parsed.data.featured.forEach((ref, i) => refs.figure(homePageFile, `featured[${i}]`, ref));
        problems.push(...checkCharts(placedCharts(homePageFile, parsed.data.charts), content));
      }
      problems.push(...checkBody(homePageFile, read.value.body, read.value.bodyLine, content));
    }
  }
  return problems;
}

/** Source texts that no source's metadata names: an article added without its `.mdx`. */
function strayTexts(root: string, content: LoadedContent): ContentProblem[] {
  const dir = join(root, contentPaths.sources);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  const used = new Set([...content.sources.values()].map((s) => s.textFile));
  return names
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `${contentPaths.sources}/${name}`)
    // A source whose .mdx exists but does not read has its own problems already.
    .filter((file) => !used.has(file) && !names.includes(file.slice(contentPaths.sources.length + 1, -'.txt'.length) + '.mdx'))
    .map((file) => ({
      file,
      field: '',
      line: 1,
      message: `原文没有对应的信息文件：请新建 ${file.replace(/\.txt$/, '.mdx')}，至少写上 title(见 content/README.md)`,
      gloss: 'source text without its metadata file',
    }));
}

/** Every service type, category and campaign that frontmatter names, against its vocabulary. */
function checkVocabularyUse(content: LoadedContent, vocabularies: Vocabularies): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lists = {
    serviceTypes: { what: 'service type', zh: '服务类型', known: vocabularies.serviceTypes.map((t) => t.name) },
    categories: { what: 'category', zh: '品类', known: vocabularies.categories.map((t) => t.name) },
    campaigns: { what: 'campaign', zh: '活动', known: vocabularies.campaigns.map((c) => c.id) },
  } as const;
  const expect = (file: string, field: string, value: string | undefined, list: keyof typeof lists) => {
    const { what, zh, known } = lists[list];
    if (value === undefined || known.includes(value)) return;
    const near = suggestion(value, known);
    problems.push({
      file,
      field,
      message: `词表里没有这个${zh}："${value}"${near.zh || `，可选：${knownList(known)}`}；确实需要时加进 ${vocabularyFiles[list]}`,
      gloss: `unknown ${what} "${value}"${near.en}`,
    });
  };
  const many = (file: string, field: string, values: readonly string[], list: keyof typeof lists) =>
    values.forEach((value, i) => expect(file, `${field}[${i}]`, value, list));
  for (const entry of content.cases.values()) {
    many(entry.file, 'serviceTypes', entry.data.serviceTypes, 'serviceTypes');
    many(entry.file, 'categories', entry.data.categories, 'categories');
    expect(entry.file, 'campaign', entry.data.campaign, 'campaigns');
  }
  for (const entry of content.providers.values()) {
    many(entry.file, 'serviceTypes', entry.data.serviceTypes, 'serviceTypes');
    many(entry.file, 'categories', entry.data.categories, 'categories');
  }
  for (const entry of content.belts.values()) many(entry.file, 'categories', entry.data.categories, 'categories');
  for (const source of content.sources.values()) expect(source.file, 'campaign', source.data.campaign, 'campaigns');
  return problems;
}

/** Checks figure references in frontmatter against the datasets (charts are checked whole by `checkCharts`). */
function refChecker(content: LoadedContent, problems: ContentProblem[]) {
  return {
    figure: (file: string, field: string, ref: string) => {
      const problem = refProblem(content, 'fig', ref);
      if (problem) problems.push({ file, field, ...problem });
    },
  };
}
