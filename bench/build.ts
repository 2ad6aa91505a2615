/**
 * Build-scale benchmark: how build time grows with the number of cases.
 * Builds a throwaway copy of the project (in the OS temp folder) with the
 * real 10 cases, then with each case cloned up to N cases under synthetic
 * slugs, and reports seconds per case page. The clones exist only in the
 * temp copy; nothing here reaches the site. Compare the ratios printed in one
 * run: absolute seconds vary with the machine's load.
 *
 *   node bench/build.ts [totalCases=100]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const total = Number(process.argv[2] ?? 100);

function project(cases: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'belt-bench-'));
  for (const name of ['content', 'data', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const caseDir = join(dir, 'content/cases');
  const originals = readdirSync(caseDir).filter((f) => f.endsWith('.mdx'));
  for (let i = originals.length; i < cases; i++) {
    const source = originals[i % originals.length]!;
    const text = readFileSync(join(caseDir, source), 'utf8').replace(/^title: (.*)$/m, `title: $1(基准测试副本 ${i})`);
    writeFileSync(join(caseDir, `${source.replace(/\.mdx$/, '')}-bench-${i}.mdx`), text);
  }
  return dir;
}

function timeBuild(dir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const rows: { cases: number; seconds: number }[] = [];
for (const cases of [10, total]) {
  const dir = project(cases);
  try {
    rows.push({ cases, seconds: timeBuild(dir) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const [small, large] = rows as [{ cases: number; seconds: number }, { cases: number; seconds: number }];
const marginal = (large.seconds - small.seconds) / (large.cases - small.cases);
console.log('build scale (whole `npm run build`, incl. Pagefind):');
for (const r of rows) console.log(`  ${String(r.cases).padStart(5)} cases: ${r.seconds.toFixed(1)} s`);
console.log(`  marginal cost: ${(marginal * 1000).toFixed(0)} ms per extra case; ${large.cases} cases take ${(large.seconds / small.seconds).toFixed(2)}× the time of ${small.cases}`);
console.log(`  projected 1000 cases: ~${(small.seconds + marginal * (1000 - small.cases)).toFixed(0)} s`);
