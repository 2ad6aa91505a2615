import { placeholderWord } from '../check/checkPlaceholders.ts';
import { beltUrl, caseUrl, chapterUrl, providerUrl } from '../urls.ts';
import { fillTemplate } from './fillTemplate.ts';
import { referenceProblems } from './knownReference.ts';
import { newIdProblems } from './newId.ts';

/** What `npm run new` can make. */
export const scaffoldKinds = ['case', 'source', 'provider', 'belt', 'chapter', 'dataset'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** The ids that exist now, read from the project by the command (file names, the handbook registry). */
export interface ProjectSnapshot {
  sources: readonly string[];
  providers: readonly string[];
  belts: readonly string[];
  cases: readonly string[];
  datasets: readonly string[];
  chapters: readonly string[];
  /** Section ids of the handbook as it is now, and every one ever published. */
  sections: readonly string[];
  /** `content/handbook/section-ids.json` as parsed, when it exists and is an object. */
  registry: { published?: Record<string, string[]> } & Record<string, unknown>;
  /** The largest `order` of a handbook chapter, for putting a new one last. */
  lastChapterOrder: number;
  /** The service types, categories and campaign ids pages may name, for the templates' comments. */
  serviceTypes: readonly string[];
  categories: readonly string[];
  campaigns: readonly string[];
}

/** What the editor asked for: the command's flags or answers. */
export interface ScaffoldOptions {
  id?: string;
  title?: string;
  name?: string;
  provider?: string;
  belts?: string[];
  dataset?: string;
  source?: string;
  merchant?: string;
  section?: string;
  url?: string;
  /** The source text itself, read by the command from `--text <file>`. */
  text?: string;
}

/** One option of one kind: how it is asked for, and where its known values come from. */
export interface ScaffoldField {
  key: keyof ScaffoldOptions;
  /** The command-line flag, without `--`. */
  flag: string;
  /** The question asked in a terminal, in Chinese. */
  prompt: string;
  required: boolean;
  /** For a reference: the ids it may name. */
  known?: (project: ProjectSnapshot) => readonly string[];
}

const idField = (flag: string, what: string): ScaffoldField => ({ key: 'id', flag, prompt: `${what} id（小写英文、数字和连字符，会成为网址）`, required: true });
const sourceField: ScaffoldField = {
  key: 'source',
  flag: 'source',
  prompt: '数字出自哪篇原文（原文 id）',
  required: true,
  known: (p) => p.sources,
};

/** The options of each kind, in the order a terminal asks for them. */
export const scaffoldFields: Record<ScaffoldKind, readonly ScaffoldField[]> = {
  case: [
    idField('slug', '案例'),
    { key: 'title', flag: 'title', prompt: '案例标题（中文）', required: true },
    { key: 'provider', flag: 'provider', prompt: '服务商 id', required: true, known: (p) => p.providers },
    { key: 'belts', flag: 'belt', prompt: '产业带 id', required: true, known: (p) => p.belts },
    { key: 'merchant', flag: 'merchant', prompt: '商家名称（服务商整体案例可直接回车跳过）', required: false },
    { key: 'dataset', flag: 'dataset', prompt: '引用现有的数据集 id（直接回车：新建一个与案例同名的数据集）', required: false, known: (p) => p.datasets },
    sourceField,
  ],
  provider: [
    idField('id', '服务商'),
    { key: 'name', flag: 'name', prompt: '服务商简称（原文的叫法）', required: true },
    { key: 'belts', flag: 'belt', prompt: '所服务的产业带 id（几个就用逗号隔开）', required: true, known: (p) => p.belts },
    { key: 'dataset', flag: 'dataset', prompt: '引用现有的数据集 id（直接回车：新建一个与服务商同名的数据集）', required: false, known: (p) => p.datasets },
    sourceField,
  ],
  belt: [idField('id', '产业带'), { key: 'name', flag: 'name', prompt: '产业带名称（例如“某地某品类产业带”）', required: true }, sourceField],
  source: [
    idField('id', '原文'),
    { key: 'title', flag: 'title', prompt: '文章原标题', required: true },
    { key: 'url', flag: 'url', prompt: '文章网址（没有就直接回车）', required: false },
  ],
  chapter: [
    idField('id', '章节'),
    { key: 'title', flag: 'title', prompt: '章节标题（中文，不打阿拉伯数字）', required: true },
    { key: 'section', flag: 'section', prompt: '第一个小节的 id（小写英文和连字符）', required: true },
  ],
  dataset: [idField('id', '数据集'), { key: 'title', flag: 'title', prompt: '数据集标题（中文）', required: true }, sourceField],
};

/** Where `npm run dev` serves the site by default, for the next steps' links. */
const devServer = 'http://localhost:4321';

/** The files of `src/cli/templates/` by name. */
export type Templates = Readonly<Record<string, string>>;

/** A file to write, relative to the project root. */
export interface PlannedFile {
  path: string;
  text: string;
  /** True for a file that exists and is updated (the section registry). */
  update?: boolean;
}

export type ScaffoldPlan = { ok: true; files: PlannedFile[]; nextSteps: string[] } | { ok: false; problems: string[] };

/**
 * Decides which files `npm run new <kind>` writes and what goes in them,
 * from the options, the ids that exist and the templates. Pure: the command
 * reads the project and writes the files. Every reference must exist; every
 * new id must be well formed and free.
 */
export function planScaffold(kind: ScaffoldKind, given: ScaffoldOptions, project: ProjectSnapshot, templates: Templates): ScaffoldPlan {
  const options = withDefaults(given, project);
  const problems = optionProblems(kind, options, project);
  if (problems.length) return { ok: false, problems };
  const id = options.id!;
  const serviceTypes = project.serviceTypes.join('、');
  const categories = listed(project.categories);
  const campaigns = listed(project.campaigns);
  switch (kind) {
    case 'source': {
      const files: PlannedFile[] = [
        { path: `content/sources/${id}.mdx`, text: fillTemplate(templates['source.mdx']!, { title: options.title!, urlLine: urlLine(options.url), campaigns: listed(project.campaigns) }) },
        { path: `content/sources/${id}.txt`, text: options.text ?? templates['source.txt']! },
      ];
      return {
        ok: true,
        files,
        nextSteps: [
          options.text === undefined ? `把原文全文逐字粘贴进 content/sources/${id}.txt（替换里面的“${placeholderWord}”那一行）` : `核对 content/sources/${id}.txt 是否是原文全文，一字不差`,
          `在 content/sources/${id}.mdx 里写上原文给出的发布者、日期和活动（没有就不写）`,
          `之后数据集的引文写 "document": "${id}"，或用 npm run new -- dataset --id <数据集id> --source ${id} 新建数据集`,
        ],
      };
    }
    case 'belt':
      return {
        ok: true,
        files: [{ path: `content/belts/${id}.mdx`, text: fillTemplate(templates['belt.mdx']!, { name: options.name!, categories, source: options.source! }) }],
        nextSteps: [`打开 content/belts/${id}.mdx，把写着“${placeholderWord}”的地方换成原文里的内容`, `产业带页面：npm run dev 之后打开 ${devServer}${beltUrl(id)}`],
      };
    case 'dataset':
      return {
        ok: true,
        files: [datasetFile(id, options.title!, options.source!, templates)],
        nextSteps: datasetSteps(id, options.source!),
      };
    case 'provider': {
      const dataset = options.dataset ?? id;
      const files: PlannedFile[] = [
        {
          path: `content/providers/${id}.mdx`,
          text: fillTemplate(templates['provider.mdx']!, { name: options.name!, belts: options.belts!.join(', '), dataset, serviceTypes, categories, source: options.source! }),
        },
      ];
      if (!options.dataset) files.push(datasetFile(dataset, `${options.name}：服务商概况`, options.source!, templates));
      return {
        ok: true,
        files,
        nextSteps: [
          `打开 content/providers/${id}.mdx，把写着“${placeholderWord}”的地方换成原文里的内容`,
          ...(options.dataset ? [] : datasetSteps(dataset, options.source!)),
          `服务商页面：npm run dev 之后打开 ${devServer}${providerUrl(id)}`,
        ],
      };
    }
    case 'case': {
      const dataset = options.dataset ?? id;
      const files: PlannedFile[] = [
        {
          path: `content/cases/${id}.mdx`,
          text: fillTemplate(templates['case.mdx']!, {
            title: options.title!,
            provider: options.provider!,
            belt: options.belts![0]!,
            merchantLine: options.merchant ? `merchant: ${quoteYaml(options.merchant)}` : '# merchant: 商家名称；服务商的整体案例不写',
            dataset,
            serviceTypes,
            categories,
            campaigns,
            source: options.source!,
          }),
        },
      ];
      if (!options.dataset) files.push(datasetFile(dataset, options.title!, options.source!, templates));
      return {
        ok: true,
        files,
        nextSteps: [
          ...(options.dataset ? [] : datasetSteps(dataset, options.source!)),
          `打开 content/cases/${id}.mdx，填上写着“${placeholderWord}”的地方；正文里的数字写成 :fig[${dataset}/<条目id>]`,
          `在 practices 里写上案例体现的手册小节 id，在 keyFigures、charts 里引用数字（见 content/README.md）`,
          `案例页面：npm run dev 之后打开 ${devServer}${caseUrl(id)}`,
        ],
      };
    }
    case 'chapter': {
      const section = options.section!;
      const registry = structuredClone(project.registry);
      registry.published = { ...(registry.published ?? {}), [id]: [section] };
      return {
        ok: true,
        files: [
          { path: `content/handbook/${id}.mdx`, text: fillTemplate(templates['chapter.mdx']!, { title: options.title!, order: String(project.lastChapterOrder + 1), section }) },
          { path: 'content/handbook/section-ids.json', text: `${JSON.stringify(registry, null, 2)}\n`, update: true },
        ],
        nextSteps: [
          `打开 content/handbook/${id}.mdx，把写着“${placeholderWord}”的地方换成内容`,
          `新的小节 id 已登记在 content/handbook/section-ids.json 的 published["${id}"] 里；再加小节时，也要把它的 id 加进去（见 content/handbook/README.md）`,
          `章节页面：npm run dev 之后打开 ${devServer}${chapterUrl(id)}`,
        ],
      };
    }
  }
}

const kindNames: Record<ScaffoldKind, string> = { case: '案例', source: '原文', provider: '服务商', belt: '产业带', chapter: '章节', dataset: '数据集' };

/** The ids a new thing of `kind` may not take: those that exist, and for chapters those ever published. */
function takenIds(kind: ScaffoldKind, project: ProjectSnapshot): readonly string[] {
  if (kind === 'chapter') return [...project.chapters, ...Object.keys(project.registry.published ?? {})];
  return { case: project.cases, source: project.sources, provider: project.providers, belt: project.belts, dataset: project.datasets }[kind];
}

/**
 * What is wrong with one answer typed in the terminal, so that the question
 * can be asked again at once; empty when it will do.
 */
export function answerProblems(kind: ScaffoldKind, field: ScaffoldField, answer: string, project: ProjectSnapshot): string[] {
  if (field.key === 'id') return newIdProblems(answer, kindNames[kind], takenIds(kind, project));
  if (field.key === 'section') return newIdProblems(answer, '小节', project.sections);
  if (!field.known) return [];
  const label = field.key === 'provider' ? '服务商' : field.key === 'belts' ? '产业带' : field.key === 'source' ? '原文' : '数据集';
  return answer
    .split(/[,，]\s*/)
    .filter(Boolean)
    .flatMap((value) => referenceProblems(value, label, field.known!(project), field.flag));
}

function optionProblems(kind: ScaffoldKind, options: ScaffoldOptions, project: ProjectSnapshot): string[] {
  const problems: string[] = [];
  const id = options.id ?? '';
  const taken = takenIds(kind, project);
  problems.push(...newIdProblems(id, kindNames[kind], taken));
  for (const field of scaffoldFields[kind]) {
    if (field.key === 'id' || field.key === 'source') continue;
    const value = options[field.key];
    if (field.known) {
      if (field.key === 'belts') {
        const belts = options.belts ?? [];
        if (!belts.length) problems.push(...referenceProblems(undefined, '产业带', field.known(project), field.flag));
        for (const belt of belts) problems.push(...referenceProblems(belt, '产业带', field.known(project), field.flag));
      } else if (field.required || value !== undefined) {
        const label = field.key === 'provider' ? '服务商' : '数据集';
        problems.push(...referenceProblems(value as string | undefined, label, field.known(project), field.flag));
      }
    } else if (field.required && !(typeof value === 'string' && value.trim())) {
      problems.push(`缺少 --${field.flag}：${field.prompt} / missing --${field.flag}`);
    }
  }
  if (kind === 'case' && (options.belts?.length ?? 0) > 1) problems.push('一个案例只属于一个产业带：--belt 只写一个 / a case has one belt');
  const makesDataset = (kind === 'case' || kind === 'provider') && !options.dataset;
  if (makesDataset && id && project.datasets.includes(id) && !taken.includes(id))
    problems.push(`数据集 "${id}" 已经存在：要引用它，加上 --dataset ${id} / dataset "${id}" exists, pass --dataset ${id}`);
  // Figures, and the provenance of belts, places and categories, are quoted from a source.
  if (scaffoldFields[kind].some((f) => f.key === 'source')) problems.push(...referenceProblems(options.source, '原文', project.sources, 'source'));
  if (kind === 'chapter' && options.section !== undefined)
    problems.push(...newIdProblems(options.section, '小节', project.sections).map((p) => `${p}（小节 id 在整本手册里不能重复，发布过的也不能再用）`));
  if (options.url !== undefined && options.url !== '' && !/^https?:\/\/\S+$/.test(options.url))
    problems.push(`网址 "${options.url}" 应以 http:// 或 https:// 开头 / expected an http(s) URL`);
  return problems;
}

function datasetFile(id: string, title: string, source: string, templates: Templates): PlannedFile {
  return { path: `data/${id}.json`, text: fillTemplate(templates['dataset.json']!, { title, source }) };
}

function datasetSteps(id: string, source: string): string[] {
  return [
    `打开 data/${id}.json，为原文 ${source} 里的每个数字写一条 entries：把写着“${placeholderWord}”的地方换成数字、单位和逐字引文（多个数字就复制这一条）`,
  ];
}

function urlLine(url: string | undefined): string {
  return url ? `url: ${quoteYaml(url)}` : '# url: 文章网址（http 或 https）；没有就不写';
}

/** A vocabulary as a template comment lists it: `：甲、乙`, or nothing when it is empty. */
function listed(words: readonly string[]): string {
  return words.length ? `：${words.join('、')}` : '';
}

function quoteYaml(value: string): string {
  return fillTemplate('{{yaml:v}}', { v: value });
}

/** Options the project answers by itself: with a single source article, figures come from it. */
export function withDefaults(options: ScaffoldOptions, project: ProjectSnapshot): ScaffoldOptions {
  if (options.source === undefined && project.sources.length === 1) return { ...options, source: project.sources[0] };
  return options;
}
