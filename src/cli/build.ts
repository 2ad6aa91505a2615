/**
 * `npm run build`: checks the content, builds the site with Astro into a
 * temporary folder, indexes it with Pagefind, and only then replaces dist/.
 * A failure at any step leaves no half-written output: dist/ keeps the last
 * complete build (or stays absent) and the temporary folder is removed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkProject } from '../lib/check/checkProject.ts';
import { formatProblems } from '../lib/check/contentProblem.ts';

const root = process.cwd();
const outDir = resolve(root, process.env.BELT_DIST ?? 'dist');
const tmpRoot = join(root, '.build-tmp');
const tmpDir = join(tmpRoot, `dist-${process.pid}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, cwd: root });
  if (result.status !== 0) {
    rmSync(tmpDir, { recursive: true, force: true });
    if (existsSync(tmpRoot) && readdirSync(tmpRoot).length === 0) rmSync(tmpRoot, { recursive: true, force: true });
    console.error(`\n✗ build failed in \`${command} ${args.join(' ')}\`; ${existsSync(outDir) ? `${outDir} still holds the last complete build` : 'nothing was written'}.`);
    process.exit(result.status ?? 1);
  }
}

const started = performance.now();
const { problems } = checkProject(root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error('\n✗ build stopped before writing anything. Fix the problems above (npm run check shows them again).');
  process.exit(1);
}

mkdirSync(tmpRoot, { recursive: true });
rmSync(tmpDir, { recursive: true, force: true });
run('astro', ['build'], { BELT_OUT_DIR: tmpDir });
run('pagefind', ['--site', tmpDir, '--silent']);
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
// Only this build's folder was ours; another build may be using the parent.
if (readdirSync(tmpRoot).length === 0) rmSync(tmpRoot, { recursive: true, force: true });
console.log(`✓ site built into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
