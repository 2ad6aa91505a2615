import { z } from 'astro/zod';
import { allowedNumberWordsSchema } from '../../schemas/allowedNumberWords.ts';
import { beltSchema } from '../../schemas/belt.ts';
import { plainCaseSchema } from '../../schemas/case.ts';
import { datasetSchema } from '../../schemas/dataset.ts';
import { glossaryTermSchema } from '../../schemas/glossaryTerm.ts';
import { handbookChapterSchema } from '../../schemas/handbookChapter.ts';
import { plainProviderSchema } from '../../schemas/provider.ts';
import { sectionRegistrySchema } from '../../schemas/sectionRegistry.ts';
import { homePageSchema } from '../../schemas/homePage.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { campaignSchema, termSchema, vocabularyFiles } from '../../schemas/vocabulary.ts';

/** Where the generated JSON Schema files live, relative to the project root (committed). */
export const editorSchemaDir = 'schemas';

/**
 * How a text editor finds a kind's schema. `json` and `yaml` files are mapped
 * by glob in `.vscode/settings.json`; MDX frontmatter is not a YAML file, so
 * no YAML extension validates it from a glob: the Astro extension does, from
 * Astro's own copy of the same zod schemas (see content/README.md).
 */
export type EditorFileKind = 'json' | 'yaml' | 'frontmatter';

/** One kind of file an editor writes, and the zod schema it must pass. */
export interface EditorSchemaKind {
  /** File name under `schemas/`. */
  file: string;
  /** Shown by the editor as the schema's title, in Chinese. */
  title: string;
  description: string;
  /** Files of this kind, as globs from the project root. */
  fileMatch: readonly string[];
  fileKind: EditorFileKind;
  schema: () => z.ZodType;
}

export const editorSchemaKinds: readonly EditorSchemaKind[] = [
  {
    file: 'dataset.schema.json',
    title: '数据集',
    description: 'data/<数据集id>.json：一个主题的全部数字，每条带单位、时间和逐字出处。',
    fileMatch: ['data/*.json'],
    fileKind: 'json',
    schema: () => datasetSchema,
  },
  {
    file: 'source.schema.json',
    title: '原文信息',
    description: 'content/sources/<原文id>.mdx 开头 --- 之间的信息；全文逐字保存在同名 .txt 文件里。',
    fileMatch: ['content/sources/*.mdx'],
    fileKind: 'frontmatter',
    schema: () => sourceSchema,
  },
  {
    file: 'case.schema.json',
    title: '案例',
    description: 'content/cases/<案例id>.mdx 开头 --- 之间的信息。',
    fileMatch: ['content/cases/*.mdx'],
    fileKind: 'frontmatter',
    schema: () => plainCaseSchema(),
  },
  {
    file: 'provider.schema.json',
    title: '服务商',
    description: 'content/providers/<服务商id>.mdx 开头 --- 之间的信息。',
    fileMatch: ['content/providers/*.mdx'],
    fileKind: 'frontmatter',
    schema: () => plainProviderSchema(),
  },
  {
    file: 'belt.schema.json',
    title: '产业带',
    description: 'content/belts/<产业带id>.mdx 开头 --- 之间的信息。',
    fileMatch: ['content/belts/*.mdx'],
    fileKind: 'frontmatter',
    schema: () => beltSchema(),
  },
  {
    file: 'handbook-chapter.schema.json',
    title: '方法论手册章节',
    description: 'content/handbook/<章节id>.mdx 开头 --- 之间的信息。',
    fileMatch: ['content/handbook/*.mdx'],
    fileKind: 'frontmatter',
    schema: () => handbookChapterSchema,
  },
  {
    file: 'section-ids.schema.json',
    title: '手册小节 id 登记表',
    description: 'content/handbook/section-ids.json：发布过的每个章节和小节 id，以及改名后的重定向。',
    fileMatch: ['content/handbook/section-ids.json'],
    fileKind: 'json',
    schema: () => sectionRegistrySchema,
  },
  {
    file: 'home.schema.json',
    title: '首页',
    description: 'content/site/home.mdx 开头 --- 之间的信息。',
    fileMatch: ['content/site/home.mdx'],
    fileKind: 'frontmatter',
    schema: () => homePageSchema,
  },
  {
    file: 'service-types.schema.json',
    title: '词表：服务类型',
    description: `${vocabularyFiles.serviceTypes}：案例和服务商的 serviceTypes 可以用的词，每项以“- name: …”开头。`,
    fileMatch: [vocabularyFiles.serviceTypes],
    fileKind: 'yaml',
    schema: () => z.array(termSchema),
  },
  {
    file: 'categories.schema.json',
    title: '词表：品类',
    description: `${vocabularyFiles.categories}：案例、服务商和产业带的 categories 可以用的词，每项以“- name: …”开头。`,
    fileMatch: [vocabularyFiles.categories],
    fileKind: 'yaml',
    schema: () => z.array(termSchema),
  },
  {
    file: 'campaigns.schema.json',
    title: '词表：活动',
    description: `${vocabularyFiles.campaigns}：原文和案例的 campaign 可以写的活动，每项以“- id: …”开头。`,
    fileMatch: [vocabularyFiles.campaigns],
    fileKind: 'yaml',
    schema: () => z.array(campaignSchema),
  },
  {
    file: 'allowed-number-words.schema.json',
    title: '可以直接写的带数字的词',
    description: 'content/vocabularies/allowed-number-words.yaml：名字里带数字、不算数据的词（例如活动名），每项以“- word: …”开头。',
    fileMatch: ['content/vocabularies/allowed-number-words.yaml'],
    fileKind: 'yaml',
    schema: () => allowedNumberWordsSchema,
  },
  {
    file: 'glossary.schema.json',
    title: '术语表',
    description: 'content/glossary/terms.yaml：术语列表，每项以“- id: …”开头。',
    fileMatch: ['content/glossary/terms.yaml'],
    fileKind: 'yaml',
    schema: () => z.array(glossaryTermSchema),
  },
];

/**
 * The JSON Schema of one kind, as committed in `schemas/`: the input side of
 * its zod schema (fields with defaults are optional), draft-07 because every
 * editor's JSON and YAML support reads it, with each field's `.describe()`.
 */
export function editorSchemaJson(kind: EditorSchemaKind): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(kind.schema(), { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
  return { $schema, title: kind.title, description: kind.description, ...rest };
}

/** Every schema file's text, by file name under `schemas/`. */
export function renderEditorSchemas(kinds: readonly EditorSchemaKind[] = editorSchemaKinds): Map<string, string> {
  return new Map(kinds.map((kind) => [kind.file, `${JSON.stringify(editorSchemaJson(kind), null, 2)}\n`]));
}

/** Where the editor settings are committed, relative to the project root. */
export const vscodeSettingsFile = '.vscode/settings.json';

/**
 * `.vscode/settings.json`: JSON and YAML files mapped to their schemas, and
 * the Astro extension's content IntelliSense for MDX frontmatter (it also
 * needs `experimental.contentIntellisense` in astro.config.mjs).
 */
export function renderVscodeSettings(kinds: readonly EditorSchemaKind[] = editorSchemaKinds): string {
  const url = (kind: EditorSchemaKind) => `./${editorSchemaDir}/${kind.file}`;
  const settings = {
    'json.schemas': kinds.filter((k) => k.fileKind === 'json').map((k) => ({ fileMatch: [...k.fileMatch.map((m) => `/${m}`)], url: url(k) })),
    'yaml.schemas': Object.fromEntries(kinds.filter((k) => k.fileKind === 'yaml').map((k) => [url(k), [...k.fileMatch]])),
    'astro.content-intellisense': true,
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
