/**
 * Check-scale benchmark: how long `npm run check` takes on the real content
 * and on a throwaway copy grown to N cases (default 1000). Each clone is a
 * real case under a synthetic slug with its own copy of the case's dataset
 * (references rewritten), so the check reads, validates and cross-checks N
 * case files and about N datasets, quotes included. The clones exist only in
 * the temp copy; nothing here reaches the site. Prints the wall time of the
 * whole command (Node start included), best of three; and, in this process,
 * what `npm run build` spends instead when the check is reused: the check
 * cache's fingerprint (src/lib/check/checkCache.ts) and the read of the
 * datasets and glossary the Astro integration does without the checks.
 *
 *   node bench/check.ts [totalCases=1000]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedContentDirs, checkFingerprint } from '../src/lib/check/checkCache.ts';
import { readCheckedData } from '../src/lib/check/readCheckedData.ts';

const root = join(import.meta.dirname, '..');
const total = Number(process.argv[2] ?? 1000);

function project(cases: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'belt-bench-check-'));
  for (const name of ['content', 'data', 'src', 'package.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const caseDir = join(dir, 'content/cases');
  const originals = readdirSync(caseDir).filter((f) => f.endsWith('.mdx'));
  for (let i = originals.length; i < cases; i++) {
    const name = originals[i % originals.length]!;
    const text = readFileSync(join(caseDir, name), 'utf8');
    const dataset = /^dataset: (\S+)$/m.exec(text)![1]!;
    const clone = `${dataset}-bench-${i}`;
    // The case's own dataset becomes the clone's, wherever the case cites it.
    const cited = new RegExp(`(?<![\\w-])${dataset}(?=/)`, 'g');
    const renamed = text.replace(cited, clone).replace(/^dataset: \S+$/m, `dataset: ${clone}`);
    writeFileSync(join(caseDir, `${name.replace(/\.mdx$/, '')}-bench-${i}.mdx`), renamed);
    cpSync(join(dir, 'data', `${dataset}.json`), join(dir, 'data', `${clone}.json`));
  }
  return dir;
}

/** Best of three, in milliseconds. */
function bestMs(fn: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function timeCheck(dir: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['src/cli/check.ts'], { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`check failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

console.log('npm run check (wall time, best of 3):');
for (const cases of [0, total]) {
  const dir = cases ? project(cases) : root;
  try {
    const count = readdirSync(join(dir, 'content/cases')).filter((f) => f.endsWith('.mdx')).length;
    const datasets = readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.json')).length;
    console.log(`  ${String(count).padStart(5)} cases, ${String(datasets).padStart(5)} datasets: ${timeCheck(dir).toFixed(2)} s`);
    const files = checkedContentDirs.reduce((n, d) => n + readdirSync(join(dir, d), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length, 0);
    console.log(`        reused instead: fingerprint of ${files} files ${bestMs(() => checkFingerprint(dir)).toFixed(0)} ms, datasets and glossary read ${bestMs(() => readCheckedData(dir)).toFixed(0)} ms`);
  } finally {
    if (cases) rmSync(dir, { recursive: true, force: true });
  }
}
