/**
 * `npm run check`: the editors' one command. Reads every case, provider,
 * belt, dataset and source, and prints each problem with its file and field.
 * Exit code 1 when anything is wrong.
 *
 * It always runs the whole check (editors want the full report, and it takes
 * a second or two), but records a pass in the check cache
 * (src/lib/check/checkCache.ts), so the `npm run build` that usually follows
 * does not check the same content again.
 */
import { checkFingerprint, recordPassed } from '../lib/check/checkCache.ts';
import { checkProject } from '../lib/check/checkProject.ts';
import { formatProblems } from '../lib/check/contentProblem.ts';

const root = process.cwd();
const fingerprint = checkFingerprint(root);
const { content, problems, handbook, glossary } = checkProject(root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
// Only when nothing changed while the check ran: the record must describe what was checked.
if (checkFingerprint(root) === fingerprint) recordPassed(root, fingerprint);
const count = (map: Map<string, unknown>) => map.size;
console.log(
  `✓ 内容检查通过 / content OK: ${count(content.cases)} cases, ${count(content.providers)} providers, ${count(content.belts)} belts, ` +
    `${count(content.datasets)} datasets, ${[...content.datasets.values()].reduce((n, d) => n + d.entries.length, 0)} figures, ` +
    `${handbook.chapters} handbook chapters with ${handbook.sections} sections, ${glossary.length} glossary terms; every quote found in its source`,
);
