import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import { homePageFile, homePageSchema } from '../../schemas/homePage.ts';
import type { ContentProblem } from './contentProblem.ts';
import type { LoadedContent } from './checkProject.ts';
import { checkAdviceMarked, checkInferenceMarks, checkProvenance } from './checkProvenance.ts';
import { checkQuoteFigures } from './checkQuoteFigures.ts';
import { chartTextFields, checkTypedNumbers, datasetTextFields, glossaryTarget, listFields, provenanceFields, type TypedNumberTarget } from './checkTypedNumbers.ts';
import { readAllowedNumberWords } from './readAllowedNumberWords.ts';
import type { HandbookSource } from './readHandbook.ts';
import { readMdxFile } from './readContentFile.ts';

/** An MDX body and the 1-based line of its file where it starts. */
export interface DocumentBody {
  file: string;
  body: string;
  line: number;
}

/**
 * The checks that hold the site to its promise that every claim is traced
 * to its source: each stated value against its quote, numbers typed into
 * any text an editor writes, and where each non-numeric claim (a belt, a
 * place, a category) comes from.
 */
export function checkIntegrity(
  root: string,
  content: LoadedContent,
  handbook: HandbookSource,
  glossary: readonly GlossaryTerm[],
  documentBodies: readonly DocumentBody[],
): ContentProblem[] {
  const allowed = readAllowedNumberWords(root);
  const targets: TypedNumberTarget[] = [
    ...[...content.cases.values()].map(({ file, data }) => ({
      file,
      fields: [
        { path: ['title'], text: data.title },
        { path: ['summary'], text: data.summary },
        ...listFields('categories', data.categories),
        ...chartTextFields(data.charts),
        ...provenanceFields(data.provenance),
      ],
    })),
    ...[...content.providers.values()].map(({ file, data }) => ({
      file,
      fields: [
        { path: ['place'], text: data.place },
        { path: ['summary'], text: data.summary },
        ...listFields('categories', data.categories),
        ...chartTextFields(data.charts),
        ...provenanceFields(data.provenance),
      ],
    })),
    ...[...content.belts.values()].map(({ file, data }) => ({
      file,
      fields: [
        { path: ['name'], text: data.name },
        { path: ['place'], text: data.place },
        { path: ['summary'], text: data.summary },
        ...listFields('categories', data.categories),
        ...provenanceFields(data.provenance),
      ],
    })),
    ...[...content.datasets.values()].map(({ file, data }) => ({ file, fields: datasetTextFields(data) })),
    // Bodies of every document and chapter, frontmatter valid or not, so a broken field hides no typed number.
    ...documentBodies.map(({ file, body, line }) => ({ file, body: { text: body, line }, fields: [] })),
    ...handbook.bodies.map(({ file, body, bodyLine }) => ({ file, body: { text: body, line: bodyLine }, fields: [] })),
    ...handbook.chapters.map(({ file, data }) => ({
      file,
      fields: [
        { path: ['title'], text: data.title },
        { path: ['shortTitle'], text: data.shortTitle },
        { path: ['description'], text: data.description },
      ],
    })),
    ...[...content.sources.values()].map(({ file, data, body, bodyLine }) => ({
      file,
      body: { text: body, line: bodyLine },
      fields: chartTextFields(data.charts),
    })),
    ...homePageTarget(root),
    glossaryTarget(glossary),
  ];
  return [
    ...allowed.problems,
    ...checkQuoteFigures(content.datasets, content.sources, allowed.words),
    ...checkTypedNumbers(targets, allowed.words),
    ...checkProvenance(root, content),
    ...checkInferenceMarks(targets.flatMap((t) => (t.body ? [{ file: t.file, body: t.body.text, line: t.body.line }] : []))),
    ...checkAdviceMarked(handbook.bodies.map((c) => ({ file: c.file, body: c.body, line: c.bodyLine }))),
  ];
}

/** The home page's opening, title, description and chart texts, when its file reads (its own problems are checkContentModel's). */
function homePageTarget(root: string): TypedNumberTarget[] {
  const path = join(root, homePageFile);
  if (!existsSync(path)) return [];
  const read = readMdxFile(path, homePageFile);
  if (!read.ok) return [];
  const parsed = homePageSchema.safeParse(read.value.data);
  if (!parsed.success) return [];
  return [
    {
      file: homePageFile,
      body: { text: read.value.body, line: read.value.bodyLine },
      fields: [{ path: ['title'], text: parsed.data.title }, { path: ['description'], text: parsed.data.description }, ...chartTextFields(parsed.data.charts)],
    },
  ];
}
