/**
 * `npm run new -- <kind> [flags]`: starts a case, source, provider, belt,
 * handbook chapter or dataset from the templates in src/cli/templates/. In a
 * terminal it asks for what the flags leave out; otherwise every required
 * flag must be given. The files it writes pass the check except for their
 * “待填写” placeholders, which `npm run check` lists until they are filled in.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readProject } from '../lib/scaffold/readProject.ts';
import {
  answerProblems,
  planScaffold,
  scaffoldFields,
  scaffoldKinds,
  withDefaults,
  type ProjectSnapshot,
  type ScaffoldKind,
  type ScaffoldOptions,
} from '../lib/scaffold/scaffoldPlan.ts';

const root = process.cwd();
const templateDir = join(import.meta.dirname, 'templates');

const usage = `用法 / usage: npm run new -- <${scaffoldKinds.join('|')}> [选项]
  npm run new -- source   --id <原文id> --title <文章标题> [--url <网址>] [--text <原文.txt>]
  npm run new -- belt     --id <产业带id> --name <名称>
  npm run new -- provider --id <服务商id> --name <简称> --belt <产业带id>[,<产业带id>] [--dataset <现有数据集id>] [--source <原文id>]
  npm run new -- case     --slug <案例id> --title <标题> --provider <服务商id> --belt <产业带id> [--merchant <商家>] [--dataset <现有数据集id>] [--source <原文id>]
  npm run new -- chapter  --id <章节id> --title <标题> --section <第一个小节id>
  npm run new -- dataset  --id <数据集id> --title <标题> [--source <原文id>]
在终端里运行时，没给的选项会逐个询问。详见 content/README.md。`;

function fail(lines: readonly string[]): never {
  console.error(lines.map((l) => `  ✗ ${l}`).join('\n'));
  console.error('\n没有写入任何文件 / nothing written.');
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    slug: { type: 'string' },
    title: { type: 'string' },
    name: { type: 'string' },
    provider: { type: 'string' },
    belt: { type: 'string', multiple: true },
    dataset: { type: 'string' },
    source: { type: 'string' },
    merchant: { type: 'string' },
    section: { type: 'string' },
    url: { type: 'string' },
    text: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const kind = positionals[0] as ScaffoldKind | undefined;
if (values.help || !kind) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}
if (!scaffoldKinds.includes(kind)) fail([`不认识的类型 "${kind}"：可以是 ${scaffoldKinds.join('、')} / unknown kind`, usage]);

const read = readProject(root);
if (!read.ok) fail(read.problems);
const project = read.project;
let options: ScaffoldOptions = {
  id: values.slug ?? values.id,
  title: values.title,
  name: values.name,
  provider: values.provider,
  belts: values.belt?.flatMap((b) => b.split(/[,，]\s*/)).filter(Boolean),
  dataset: values.dataset,
  source: values.source,
  merchant: values.merchant,
  section: values.section,
  url: values.url,
};
if (values.text !== undefined) {
  const path = resolve(root, values.text);
  if (!existsSync(path)) fail([`--text：找不到文件 ${values.text} / file not found`]);
  options.text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}
if (process.stdin.isTTY) options = await ask(kind, withDefaults(options, project), project);

const templates = Object.fromEntries(readdirSync(templateDir).map((name) => [name, readFileSync(join(templateDir, name), 'utf8')]));
const plan = planScaffold(kind, options, project, templates);
if (!plan.ok) fail(plan.problems);
const clashes = plan.files.filter((f) => !f.update && existsSync(join(root, f.path))).map((f) => `${f.path} 已经存在，不会覆盖 / exists`);
if (clashes.length) fail(clashes);
for (const file of plan.files) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.text);
}
console.log(plan.files.map((f) => `  ${f.update ? '更新 / updated' : '新建 / created'} ${f.path}`).join('\n'));
console.log(`\n接下来 / next steps:\n${[...plan.nextSteps, '运行 npm run check：它会列出每一处还没填的“待填写”，全部填完、检查通过后页面才能发布'].map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`);

/** Asks in the terminal for each option the flags left out, showing the ids a reference may name. */
async function ask(kind: ScaffoldKind, given: ScaffoldOptions, project: ProjectSnapshot): Promise<ScaffoldOptions> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answers: ScaffoldOptions = { ...given };
  try {
    for (const field of scaffoldFields[kind]) {
      const present = field.key === 'belts' ? (answers.belts?.length ?? 0) > 0 : answers[field.key] !== undefined;
      if (present) continue;
      const known = field.known?.(project);
      const list = known?.length ? `（现有：${known.join('、')}）` : '';
      let answer = '';
      for (;;) {
        answer = (await rl.question(`${field.prompt}${list}：`)).trim();
        const problems = answer ? answerProblems(kind, field, answer, project) : [];
        if (!problems.length) break;
        console.log(problems.map((p) => `  ✗ ${p}`).join('\n'));
      }
      if (!answer) continue;
      if (field.key === 'belts') answers.belts = answer.split(/[,，]\s*/).filter(Boolean);
      else (answers as Record<string, string>)[field.key] = answer;
    }
  } finally {
    rl.close();
  }
  return answers;
}
