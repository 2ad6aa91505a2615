/**
 * `npm run build`: checks the public address (SITE_URL: a warning when it is
 * missing, an error with `npm run build -- --strict` or BELT_STRICT=1), checks the content, builds the site with Astro into a
 * temporary folder, indexes it with Pagefind, and only then replaces dist/.
 * A failure at any step leaves no half-written output: dist/ keeps the last
 * complete build (or stays absent) and the temporary folder is removed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkProject } from '../lib/check/checkProject.ts';
import { formatProblems } from '../lib/check/contentProblem.ts';
import { checkSiteAddress } from '../lib/deploy/siteAddress.ts';

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
const strict = process.argv.includes('--strict') || process.env.BELT_STRICT === '1';
const address = checkSiteAddress({ siteUrl: process.env.SITE_URL, basePath: process.env.BASE_PATH, strict });
if (address.level === 'error') {
  console.error(`\n✗ ${address.message.split('\n').join('\n  ')}\n\nbuild stopped before writing anything.`);
  process.exit(1);
}
if (address.level === 'warn') {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n! ${address.message.split('\n').join('\n! ')}\n! (npm run build -- --strict refuses to build without it.)\n${bar}\n`);
}
const { problems } = checkProject(root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error('\n✗ 构建已停止，没有写出任何文件；改好上面的问题后再运行(npm run check 可以单独查看) / build stopped before writing anything.');
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
