/**
 * Build benchmark: the casebook with N synthetic cases against a bare Astro
 * project with as many plain MDX pages, built in the same run.
 *
 *   npm run bench -- --cases 1000          (cold, warm and one-changed runs)
 *   node bench/build.ts --cases 100 --modes cold
 *
 * The casebook runs in a throwaway copy of this project (node_modules linked)
 * with N cases added by `syntheticContent.ts`: each its own dataset, source
 * article sentences and three charts. The bare project is a minimal Astro +
 * @astrojs/mdx site using the same node_modules. Runs:
 * Each measured build starts after a pause (`--settle`, 35 s; `--settle 0`
 * for none), so that no build pays for files deleted just before it (`settle`).
 *   cold         every cache and dist/ removed first
 *   warm         again, nothing changed
 *   one-changed  one case's (one page's) MDX edited, then built
 * Prints a table and writes it as JSON to bench/results/<date>-<N>.json (-2, -3… for later runs that day).
 * Compare ratios from one run: absolute seconds vary with the machine's load.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticContent } from './syntheticContent.ts';
import { formatBudgetProblem, siteBudgetProblems, type BudgetProblem } from '../src/lib/budget/pageBudget.ts';

const root = join(import.meta.dirname, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}
const cases = Number(arg('cases') ?? process.argv.find((a) => /^\d+$/.test(a)) ?? 100);
const modes = (arg('modes') ?? 'cold,warm,one-changed').split(',') as Mode[];
const keep = process.argv.includes('--keep');
const withBare = !process.argv.includes('--no-bare');
// Seconds to wait before each measured build, so that every build starts on a
// file system at rest: see `settle`.
const settleSeconds = Number(arg('settle') ?? 35);
type Mode = 'cold' | 'warm' | 'one-changed';

// --- projects ---------------------------------------------------------------

const skip = new Set(['node_modules', 'dist', '.cache', '.build-tmp', '.git', 'test-results', '.astro', 'bench', 'tests']);

function casebookProject(): { dir: string; slugs: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'belt-bench-'));
  for (const name of readdirSync(root)) {
    if (skip.has(name)) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const { cases: slugs } = writeSyntheticContent(dir, { cases });
  return { dir, slugs };
}

const para = (i: number) =>
  `第${i}页的正文。产业带服务商帮助商家在大促中做测款、预热与直播，把商家的长处用在平台的活动上。` +
  `这一段文字的长度大致相当于一个案例页面的一段正文，用来给裸 Astro 项目一个相近的工作量。`;

function bareProject(pages: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'belt-bench-bare-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ cacheDir: './.cache/astro', integrations: [mdx()] });\n`,
  );
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/p'), { recursive: true });
  writeFileSync(
    join(dir, 'src/layouts/Page.astro'),
    `---\nconst { frontmatter } = Astro.props;\n---\n<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><main><slot /></main></body></html>\n`,
  );
  for (let i = 0; i < pages; i++) writeFileSync(join(dir, 'src/pages/p', `${i}.mdx`), barePage(i, 0));
  return dir;
}

const barePage = (i: number, edit: number) =>
  `---\nlayout: ../../layouts/Page.astro\ntitle: 第${i}页\n---\n\n# 第${i}页\n\n## 背景\n\n${para(i)}\n\n## 结果\n\n${para(i + 1)}\n\n- 要点一\n- 要点二\n${edit ? `\n修改 ${edit}。\n` : ''}`;

// --- measuring a build ------------------------------------------------------

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Seconds from a duration as Astro and Vite log it: `850ms`, `9.49s`, `1m 10s`. */
function logSeconds(text: string): number {
  const m = /^(?:(\d+)m\s+)?([\d.]+)(ms|s)/.exec(text.trim());
  if (!m) return 0;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

interface BuildRun {
  seconds: number;
  userSeconds: number;
  sysSeconds: number;
  peakRssMB: number;
  pagesLogged: number;
  /** Astro's phases from its log, seconds. */
  phases: Record<string, number>;
  /** Timers the casebook's build code recorded (BELT_TIMINGS), summed over processes: label → { ms, count }. */
  timings: Record<string, { ms: number; count: number }>;
}

/**
 * Waits before a measured build until the files deleted before it (the last
 * run's output, a cold run's caches, the old dist/ a build removes in the
 * background) no longer slow it down. On ext4 without a journal (these
 * machines) the kernel skips inodes freed in the last 30 s or so when it
 * creates a file, checking each one: after tens of thousands of deletions,
 * creating a file took 450-830 µs instead of 16-20 µs (measured here), for
 * any process. A build that started in that window paid for the deletions
 * before it, by the number of files it writes, which is not the build's own
 * cost and not the same for both projects. Waits for the build's background
 * removal (\`.build-tmp/old-*\`) to finish first.
 */
async function settle(dir: string): Promise<void> {
  if (!settleSeconds) return;
  const tmp = join(dir, '.build-tmp');
  while (existsSync(tmp) && readdirSync(tmp).some((name) => name.startsWith('old-'))) await new Promise((resolve) => setTimeout(resolve, 500));
  await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
}

function runBuild(label: string, dir: string, command: string[], expectedPages: number): Promise<BuildRun> {
  const timingsFile = join(dir, '.bench-timings.jsonl');
  const timeFile = join(dir, '.bench-time.txt');
  rmSync(timingsFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S', '-o', timeFile, ...command], {
      cwd: dir,
      env: { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`, BELT_TIMINGS: timingsFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let pages = 0;
    let peak = 0;
    let lastLine = 0;
    const progress = (final = false) => {
      const now = performance.now();
      // One line rewritten in place on a terminal; a line every 15 s in a log file.
      if (!process.stderr.isTTY && !final && now - lastLine < 15_000) return;
      lastLine = now;
      const s = ((now - started) / 1000).toFixed(0);
      const pct = expectedPages ? ` of ${expectedPages} (${Math.min(100, Math.round((pages / expectedPages) * 100))}%)` : '';
      const line = `  ${label}: ${s} s, ${pages} pages${pct}, ${(peak / 2 ** 20).toFixed(0)} MB`;
      process.stderr.write(process.stderr.isTTY ? `\r${line}   ` : `${line}\n`);
    };
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
      progress();
    }, 500);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      pages += (text.match(/├─ \/\S*?\.html/g) ?? []).length;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearInterval(sampler);
      progress(true);
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code}) in ${dir}:\n${log.slice(-4000)}`));
      const [e, u, s] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      const phases: Record<string, number> = {};
      const routes = /generating static routes[\s\S]*?✓ Completed in ([^\n]+)/.exec(log);
      if (routes) phases.staticRoutes = logSeconds(routes[1]!);
      const vite = [...log.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].reduce((a, m) => a + logSeconds(m[1]!), 0);
      if (vite) phases.viteBundle = vite;
      const timings: BuildRun['timings'] = {};
      if (existsSync(timingsFile)) {
        for (const line of readFileSync(timingsFile, 'utf8').split('\n').filter(Boolean)) {
          for (const [k, v] of Object.entries((JSON.parse(line) as { timings: BuildRun['timings'] }).timings)) {
            const t = (timings[k] ??= { ms: 0, count: 0 });
            t.ms += v.ms;
            t.count += v.count;
          }
        }
      }
      resolve({ seconds: e ?? (performance.now() - started) / 1000, userSeconds: u ?? 0, sysSeconds: s ?? 0, peakRssMB: Math.round(peak / 2 ** 20), pagesLogged: pages, phases, timings });
    });
    child.on('error', reject);
  });
}

// --- measuring the output ---------------------------------------------------

interface PageSize {
  path: string;
  raw: number;
  gzip: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** A page's type: its path with each name after the first folder replaced by `*` (`/cases/*\/`, `/cases/page/*\/`). */
export function pageType(path: string): string {
  if (!path.endsWith('/index.html')) return path;
  const parts = path.replace(/index\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  return `/${parts.map((p, i) => (i === 0 || p === 'page' ? p : '*')).join('/')}/`;
}

function distReport(dist: string) {
  const files = walk(dist);
  let bytes = 0;
  const byExt: Record<string, number> = {};
  const largest: Record<string, PageSize> = {};
  let htmlPages = 0;
  for (const file of files) {
    const size = statSync(file).size;
    bytes += size;
    const ext = file.split('.').pop()!;
    byExt[ext] = (byExt[ext] ?? 0) + size;
    const rel = `/${relative(dist, file)}`;
    let type: string | undefined;
    if (ext === 'html') {
      htmlPages++;
      type = pageType(rel);
    } else if (rel === '/rss.xml') type = '/rss.xml';
    else if (ext === 'css') type = '*.css';
    if (!type || rel.startsWith('/pagefind/')) continue;
    if (!largest[type] || largest[type]!.raw < size) {
      largest[type] = { path: rel, raw: size, gzip: gzipSync(readFileSync(file)).length };
    }
  }
  return { files: files.length, htmlPages, bytes, byExt, largest };
}

// --- the run ----------------------------------------------------------------

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

async function main() {
  const date = new Date().toISOString().slice(0, 10);
  console.log(`belt casebook build benchmark: ${cases} synthetic cases (+ the real ones), modes ${modes.join(', ')}${withBare ? ', against bare Astro' : ''}${settleSeconds ? `, ${settleSeconds} s pause before each build` : ''}`);
  const t0 = performance.now();
  const book = casebookProject();
  console.log(`  generated ${book.slugs.length} cases in ${book.dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const bookBuild = [process.execPath, 'src/cli/build.ts'];
  const results: Record<string, { casebook?: BuildRun; bare?: BuildRun }> = {};
  let expected = 0;
  let dist: ReturnType<typeof distReport> | undefined;
  let budget: BudgetProblem[] = [];
  let bareDir: string | undefined;
  try {
    for (const mode of modes) {
      if (mode === 'cold') for (const d of ['.cache', 'dist', '.build-tmp']) rmSync(join(book.dir, d), { recursive: true, force: true });
      if (mode === 'one-changed') {
        const file = join(book.dir, 'content/cases', `${book.slugs[Math.floor(book.slugs.length / 2)]}.mdx`);
        appendFileSync(file, `\n这一段是基准测试的一次修改，在${new Date().toISOString().replace(/\d/g, '')}。\n`);
      }
      await settle(book.dir);
      const run = await runBuild(`casebook ${mode}`, book.dir, bookBuild, expected);
      (results[mode] ??= {}).casebook = run;
      if (mode === 'cold' || !dist) {
        dist = distReport(join(book.dir, 'dist'));
        budget = siteBudgetProblems(join(book.dir, 'dist'));
        expected = dist.htmlPages;
      }
    }
    if (withBare) {
      bareDir = bareProject(dist!.htmlPages);
      let edits = 0;
      for (const mode of modes) {
        if (mode === 'cold') for (const d of ['.cache', 'dist']) rmSync(join(bareDir, d), { recursive: true, force: true });
        if (mode === 'one-changed') writeFileSync(join(bareDir, 'src/pages/p/0.mdx'), barePage(0, ++edits));
        await settle(bareDir);
        (results[mode] ??= {}).bare = await runBuild(`bare ${mode}`, bareDir, ['astro', 'build'], dist!.htmlPages);
      }
    }
  } finally {
    if (!keep) {
      rmSync(book.dir, { recursive: true, force: true });
      if (bareDir) rmSync(bareDir, { recursive: true, force: true });
    } else console.log(`  kept ${book.dir}${bareDir ? ` and ${bareDir}` : ''}`);
  }

  const pages = dist!.htmlPages;
  console.log(`\n${cases} synthetic cases → ${pages} HTML pages; bare Astro: ${pages} plain MDX pages`);
  console.log('| run | casebook s | ms/page | bare s | ms/page | ratio | peak RSS (casebook / bare) | CPU s (user+sys) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const mode of modes) {
    const { casebook: c, bare: b } = results[mode]!;
    const ratio = c && b ? (c.seconds / b.seconds).toFixed(2) + 'x' : '–';
    console.log(
      `| ${mode} | ${c!.seconds.toFixed(1)} | ${((c!.seconds * 1000) / pages).toFixed(1)} | ${b ? b.seconds.toFixed(1) : '–'} | ${b ? ((b.seconds * 1000) / pages).toFixed(1) : '–'} | ${ratio} | ${c!.peakRssMB} MB / ${b ? `${b.peakRssMB} MB` : '–'} | ${(c!.userSeconds + c!.sysSeconds).toFixed(1)} / ${b ? (b.userSeconds + b.sysSeconds).toFixed(1) : '–'} |`,
    );
  }
  for (const mode of modes) {
    const c = results[mode]!.casebook!;
    const share = (s: number) => `${s.toFixed(1)} s (${Math.round((s / c.seconds) * 100)}%)`;
    const parts = [
      ...Object.entries(c.phases).map(([k, v]) => `${k} ${share(v)}`),
      ...Object.entries(c.timings).map(([k, v]) => `${k} ${share(v.ms / 1000)} ×${v.count}`),
    ];
    console.log(`  ${mode}: ${parts.join('; ')}`);
  }
  console.log(`\ndist/: ${mb(dist!.bytes)} in ${dist!.files} files (${Object.entries(dist!.byExt).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([e, n]) => `${e} ${mb(n)}`).join(', ')})`);
  console.log('| largest of type | path | raw | gzip |');
  console.log('| --- | --- | --- | --- |');
  for (const [type, p] of Object.entries(dist!.largest).sort()) console.log(`| ${type} | ${p.path} | ${kb(p.raw)} | ${kb(p.gzip)} |`);

  console.log(budget.length ? `\npage budget: ${budget.length} over:\n  ${budget.slice(0, 20).map(formatBudgetProblem).join('\n  ')}` : '\npage budget: every HTML page within 60 KB raw / 16 KB gzip, every linked stylesheet under 15 KB');

  // Never over an earlier result of the same day: the second run of a day is -2, and so on.
  let out = join(root, 'bench/results', `${date}-${cases}.json`);
  for (let n = 2; existsSync(out); n++) out = join(root, 'bench/results', `${date}-${cases}-${n}.json`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date, cases, pages, node: process.version, settleSeconds, runs: results, dist, budget }, null, 2)}\n`);
  console.log(`\nwrote ${relative(root, out)}`);
}

await main();
