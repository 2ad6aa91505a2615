/**
 * `npm run check`: the editors' one command. Reads every case, provider,
 * belt, dataset and source, and prints each problem with its file and field.
 * Exit code 1 when anything is wrong.
 */
import { loadContent } from '../lib/content/loadContent.ts';
import { formatProblems } from '../lib/content/contentProblem.ts';
import { loadPracticeIds } from '../lib/content/loadPracticeIds.ts';

const root = process.cwd();
const content = loadContent(root, { practiceIds: loadPracticeIds(root) });
if (content.problems.length > 0) {
  console.error(formatProblems(content.problems));
  process.exit(1);
}
const count = (map: Map<string, unknown>) => map.size;
console.log(
  `✓ 内容检查通过 / content OK: ${count(content.cases)} cases, ${count(content.providers)} providers, ${count(content.belts)} belts, ` +
    `${count(content.datasets)} datasets, ${[...content.datasets.values()].reduce((n, d) => n + d.entries.length, 0)} figures, every quote found in its source`,
);
