/**
 * `npm run build`: checks the public address (SITE_URL: a warning when it is
 * missing, an error with `npm run build -- --strict` or BELT_STRICT=1), checks the content (or reuses the
 * check that passed on exactly this content and checker code: src/lib/check/checkCache.ts), builds the site
 * with Astro into a temporary folder, indexes it with Pagefind, and only then replaces dist/.
 * A failure at any step leaves no half-written output: dist/ keeps the last
 * complete build (or stays absent) and the temporary folder is removed.
 */
import { fork, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedFingerprintVariable, checkFingerprint, checkingParentVariable, markChecking, passedBefore, recordPassed } from '../lib/check/checkCache.ts';
import type { LoadedContent } from '../lib/check/checkProject.ts';
import { aheadStoreVariable } from '../lib/ahead/aheadStore.ts';
import type { DrawAheadBatch, DrawAheadStart } from '../lib/ahead/drawAheadProcess.ts';
import { defaultSiteUrl } from '../lib/urls.ts';
import { formatProblems, type ContentProblem } from '../lib/check/contentProblem.ts';
import { checkSiteAddress } from '../lib/deploy/siteAddress.ts';
import { recordTiming, timed } from '../lib/timing/buildTimings.ts';
import { defaultCacheDir } from '../lib/png/imageCacheDir.ts';
import { indexedPagesGlob } from '../lib/search/indexedPagesGlob.ts';
import { searchBodyAttribute } from '../lib/search/searchType.ts';
import { linkTree } from '../lib/fs/linkTree.ts';
import { followFile } from '../lib/fs/followFile.ts';
import { chartImageLinksVariable, chartImageNamesIn, linkChartImages, missingChartImages } from '../lib/png/chartImageLinks.ts';
import { cacheLinksVariable, makeCacheLinks, type CacheLink } from '../integrations/incrementalCacheLinks.ts';

const root = process.cwd();
/**
 * V8's helper threads in Astro's process and the drawing process: one
 * (`--v8-pool-size`) instead of Node's four. Their garbage collectors'
 * parallel work otherwise spreads over eight threads on a machine with two
 * cores, beside the page renderer, the share-card threads and the check.
 * Measured at 1,000 cases in alternating cold pairs: Astro's alone, 15.6-16.7 s
 * → 14.9-15.6 s and 2 s less CPU (five pairs); the drawing process's too,
 * about 0.3 s and 0.5 s of CPU less again (four pairs). `BELT_V8_THREADS`
 * to try others.
 */
const v8Threads = `--v8-pool-size=${Number(process.env.BELT_V8_THREADS ?? 1)}`;
const outDir = resolve(root, process.env.BELT_DIST ?? 'dist');
const tmpRoot = join(root, '.build-tmp');
const tmpDir = join(tmpRoot, `dist-${process.pid}`);
// What this process draws ahead for Astro's pages while Astro starts (src/lib/ahead/).
const aheadFile = join(tmpRoot, `ahead-${process.pid}.jsonl`);
// The pages Astro's incremental cache is to hold, handed over by the integration.
const cacheLinksFile = join(tmpRoot, `cache-links-${process.pid}.json`);
// The image cache the pages' images are linked from, handed over by the chart-image integration.
const imageLinksFile = join(tmpRoot, `image-links-${process.pid}.json`);
// Astro's standard output and error, passed on from files (followFile.ts).
const astroOutFile = join(tmpRoot, `astro-${process.pid}.out`);
const astroErrFile = join(tmpRoot, `astro-${process.pid}.err`);

/** Removes this build's temporary folder, and the parent when no other build is using it. */
function removeTemporaryFolder(): void {
  rmSync(tmpDir, { recursive: true, force: true });
  rmSync(aheadFile, { force: true });
  rmSync(cacheLinksFile, { force: true });
  rmSync(imageLinksFile, { force: true });
  rmSync(astroOutFile, { force: true });
  rmSync(astroErrFile, { force: true });
  if (existsSync(tmpRoot) && readdirSync(tmpRoot).length === 0) rmSync(tmpRoot, { recursive: true, force: true });
}

/** Removes this build's temporary folder, says what failed and that dist/ is untouched, and exits. */
function fail(what: string, status: number | null): never {
  removeTemporaryFolder();
  console.error(`\n✗ build failed in \`${what}\`; ${existsSync(outDir) ? `${outDir} still holds the last complete build` : 'nothing was written'}.`);
  process.exit(status ?? 1);
}

/** What an integration handed over in `file` (JSON) when Astro's build was done, if anything; the file is removed. */
function takeHandOver<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  const value = JSON.parse(readFileSync(file, 'utf8')) as T;
  rmSync(file, { force: true });
  return value;
}

/** Runs a command to its end without blocking this process's event loop; fails the build if it fails. */
function runAsync(command: string, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root });
    child.on('close', (status) => (status === 0 ? resolve() : fail(`${command} ${args.join(' ')}`, status)));
    child.on('error', () => fail(`${command} ${args.join(' ')}`, null));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, cwd: root });
  if (result.status !== 0) fail(`${command} ${args.join(' ')}`, result.status);
}

/** What the build still needs from the pages Astro wrote, read once: Pagefind's cache key, the pages it indexes, the images they link to. */
interface BuiltPages {
  /** A hash of every page (path and bytes) and Pagefind's version. */
  searchKey: string;
  /** The pages that hold a story for the index (`searchBodyAttribute`), relative to the site. */
  indexed: string[];
  /** The chart images, posters and share cards the pages link to (chartImageLinks.ts). */
  images: Set<string>;
}

function readBuiltPages(site: string): BuiltPages {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json')));
  const indexed: string[] = [];
  const images = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(full);
        hash.update(full.slice(site.length)).update('\0').update(html);
        if (html.includes(searchBodyAttribute)) indexed.push(relative(site, full));
        chartImageNamesIn(html, images);
      }
    }
  };
  walk(site);
  return { searchKey: hash.digest('hex').slice(0, 32), indexed, images };
}

/**
 * Pagefind's index of the built pages. It depends only on the HTML and the
 * Pagefind version, so a build whose pages are all unchanged (a rebuild with
 * nothing edited) reuses the last index from .cache/pagefind/ instead of
 * indexing every page again. Pagefind is given only the kinds of page that
 * hold a story for the index (`indexedPagesGlob`), not every list page.
 */
async function searchIndex(site: string, pages: BuiltPages): Promise<void> {
  const cached = join(root, '.cache', 'pagefind', pages.searchKey);
  if (existsSync(cached)) {
    linkTree(cached, join(site, 'pagefind'));
    return;
  }
  const glob = indexedPagesGlob(pages.indexed);
  await runAsync('pagefind', ['--site', site, '--silent', ...(glob ? ['--glob', glob] : [])]);
  rmSync(join(root, '.cache', 'pagefind'), { recursive: true, force: true });
  linkTree(join(site, 'pagefind'), cached);
}

/**
 * Draws the cases' charts (with their framed image files) and the QR codes of
 * their posters into the drawn-ahead store Astro's pages read (aheadStore.ts),
 * from the content the check has just read. It runs while Astro starts, syncs
 * the content and bundles, which keep one core busy: this process has the
 * other. It runs in a process of its own (drawAheadProcess.ts), whose memory
 * goes back to the system when it ends, and is stopped when Astro has exited.
 * Whatever it has not drawn when a page needs it, the page draws itself: a
 * failure here costs time, not the build. Resolves when the process has ended.
 */
async function drawAheadInto(file: string, content: LoadedContent, astroExit: Promise<unknown>): Promise<void> {
  const started = performance.now();
  const { chartDatasetIds } = await import('../lib/ahead/aheadKeys.ts');
  const child = fork(fileURLToPath(new URL('../lib/ahead/drawAheadProcess.ts', import.meta.url)), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, v8Threads] });
  // Batches of cases, each with the datasets its charts cite, sent one at a time as the process asks.
  const cases = [...content.cases.values()];
  const batchSize = 50;
  let next = 0;
  let count = 0;
  let stopped = false;
  child.on('message', (message: 'next' | number) => {
    if (typeof message === 'number') count = message;
    else if (stopped || !child.connected) return;
    else if (next >= cases.length) child.send('end');
    else {
      const batch = cases.slice(next, next + batchSize).map(({ id, data }) => ({ id, data: { charts: data.charts } }));
      const cited = batch.flatMap((c) => c.data.charts.flatMap(chartDatasetIds));
      const datasets = new Map(cited.flatMap((id) => (content.datasets.has(id) ? [[id, content.datasets.get(id)!] as const] : [])));
      next += batchSize;
      child.send({ cases: batch, datasets } satisfies DrawAheadBatch);
    }
  });
  child.send({ file, site: process.env.SITE_URL || defaultSiteUrl } satisfies DrawAheadStart);
  void astroExit.then(() => {
    stopped = true;
    child.kill();
  });
  return new Promise((resolve) => {
    let done = false;
    const ended = (why: string | undefined) => {
      if (done) return;
      done = true;
      if (why && !stopped) console.warn(`(drawing ahead stopped, ${why}: the pages draw their own charts)`);
      stopped = true;
      recordTiming('drawn ahead', performance.now() - started, count);
      resolve();
    };
    // A process that cannot start, or a message it can no longer take, ends the drawing, not the build.
    child.on('error', (error) => ended(error.message));
    child.on('exit', (code) => ended(code ? `exit code ${code}` : undefined));
  });
}

/**
 * Deletes old build folders (every path after the first) in a detached
 * process, then the first (the temporary root) if it is left empty, so that
 * `npm run build` returns as soon as the new site is in place.
 */
function removeInBackground([parent, ...paths]: string[]): void {
  const script = `const fs = require('node:fs'); const [parent, ...paths] = process.argv.slice(1);
for (const p of paths) fs.rmSync(p, { recursive: true, force: true });
try { if (fs.readdirSync(parent).length === 0) fs.rmdirSync(parent); } catch {}`;
  spawn(process.execPath, ['-e', script, parent!, ...paths], { detached: true, stdio: 'ignore' }).unref();
}

const started = performance.now();
// Node's own start and this script's imports, for the benchmark's account of where time goes.
recordTiming('build script start-up', started);
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
const force = process.argv.includes('--force');
// The content check runs once per build, here: Astro's integration only
// verifies the fingerprint handed to it and reads the data it needs. A check
// that passed on exactly this content and checker code is not run again.
const checkStarted = performance.now();
const fingerprint = timed('check fingerprint', () => checkFingerprint(root));
const reuseCheck = !force && passedBefore(root, fingerprint);

mkdirSync(tmpRoot, { recursive: true });
rmSync(tmpDir, { recursive: true, force: true });
// Pages restored from Astro's incremental cache link share cards and chart
// images drawn by an earlier build: with that image cache gone (or a fresh one
// given), render every page again.
const imagesCached = existsSync(defaultCacheDir) && readdirSync(defaultCacheDir).length > 0;
const render = !imagesCached || force;
const astroArgs = ['build', ...(render ? ['--force'] : [])];
const astroEnv = {
  BELT_OUT_DIR: tmpDir,
  [checkedFingerprintVariable]: fingerprint,
  [cacheLinksVariable]: cacheLinksFile,
  [chartImageLinksVariable]: imageLinksFile,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, v8Threads].filter(Boolean).join(' '),
};

if (reuseCheck) {
  recordTiming('content check (cached)', performance.now() - checkStarted);
  console.log('✓ 内容和检查代码都没有变，沿用上次通过的内容检查 / content check reused: nothing it reads has changed since it last passed');
  timed('astro build', () => run('astro', astroArgs, astroEnv));
} else {
  // Astro starts at once, on the other core, while this process checks the
  // content: its start-up and bundling take longer than the check. Its output
  // waits until the check has passed; if the check fails, Astro is stopped,
  // its temporary folder removed, and only the check's problems are shown.
  const astroStarted = performance.now();
  const unmark = markChecking(root, fingerprint);
  // Astro writes its output into files, which this process passes on (held
  // until the check has passed): a line written to a file costs Astro a few
  // microseconds, and each of the thousands it writes into a pipe woke this
  // process while both cores were rendering (followFile.ts).
  const astroOut = [openSync(astroOutFile, 'w'), openSync(astroErrFile, 'w')] as const;
  const astro = spawn('astro', astroArgs, {
    cwd: root,
    env: { ...process.env, ...astroEnv, [checkingParentVariable]: String(process.pid), ...(render ? { [aheadStoreVariable]: aheadFile } : {}) },
    stdio: ['ignore', astroOut[0], astroOut[1]],
  });
  astroOut.forEach((fd) => closeSync(fd));
  const exited = new Promise<number | null>((resolve) => astro.on('close', (code) => resolve(code)));
  let holding = true;
  const followed = [followFile(astroOutFile, (bytes) => process.stdout.write(bytes)), followFile(astroErrFile, (bytes) => process.stderr.write(bytes))];
  const passOn = () => {
    if (!holding) followed.forEach((file) => file.read());
  };
  const following = setInterval(passOn, 100);
  void exited.then(() => clearInterval(following));
  /** Stops Astro and removes what it wrote. */
  const stopAstro = async () => {
    astro.kill();
    await exited;
    unmark();
    removeTemporaryFolder();
  };
  let problems: ContentProblem[];
  let content: LoadedContent;
  try {
    // Imported only now: the checker's modules take a quarter of a second to load, and Astro is already starting.
    const { checkProject } = await import('../lib/check/checkProject.ts');
    ({ problems, content } = timed('content check', () => checkProject(root)));
  } catch (error) {
    await stopAstro();
    throw error;
  }
  if (problems.length > 0) {
    await stopAstro();
    console.error(formatProblems(problems));
    console.error('\n✗ 构建已停止，没有写出任何文件；改好上面的问题后再运行(npm run check 可以单独查看) / build stopped before writing anything.');
    process.exit(1);
  }
  // Recorded only when nothing changed while the check ran: the record must describe what was checked.
  if (timed('check fingerprint', () => checkFingerprint(root)) === fingerprint) recordPassed(root, fingerprint);
  holding = false;
  passOn();
  // Only when Astro renders every page: otherwise most pages come from its
  // cache, and the few it renders draw their own charts.
  const drawing = render ? drawAheadInto(aheadFile, content, exited) : Promise.resolve();
  const code = await exited;
  followed.forEach((file) => file.close());
  rmSync(astroOutFile, { force: true });
  rmSync(astroErrFile, { force: true });
  await drawing;
  rmSync(aheadFile, { force: true });
  unmark();
  recordTiming('astro build', performance.now() - astroStarted);
  if (code !== 0) fail(`astro ${astroArgs.join(' ')}`, code);
}
// Astro's incremental cache gets its copies of the pages rendered (hard links:
// src/integrations/incrementalCacheLinks.ts), and the output the images its
// pages link to (chartImageLinks.ts), while Pagefind indexes.
const cacheLinks = takeHandOver<CacheLink[]>(cacheLinksFile) ?? [];
const imageCache = takeHandOver<{ cacheDir: string }>(imageLinksFile)?.cacheDir;
const pages = timed('built pages read', () => readBuiltPages(tmpDir));
if (imageCache !== undefined) {
  const missing = missingChartImages(pages.images, imageCache);
  if (missing.length) {
    console.error(`\n✗ pages link to images missing from ${imageCache}: ${missing.join(', ')}`);
    fail('chart image links', 1);
  }
}
// Pagefind is spawned (after the walk that keys its cache) before the links are made.
const indexing = timed('pagefind', () => searchIndex(tmpDir, pages));
timed('incremental cache links', () => makeCacheLinks(cacheLinks));
if (imageCache !== undefined) timed('chart image links', () => linkChartImages(pages.images, imageCache, tmpDir));
await indexing;
timed('replace dist', () => {
  // The last build moves aside (a rename: the new site is in place at once)
  // and its thousands of files are deleted by a detached process after this
  // one has ended; a removal cut short is finished by the next build.
  if (existsSync(outDir)) {
    try {
      renameSync(outDir, join(tmpRoot, `old-${process.pid}`));
    } catch {
      rmSync(outDir, { recursive: true, force: true }); // on another disk than .build-tmp
    }
  }
  renameSync(tmpDir, outDir);
  // This build's old folder, and any an earlier build left half-deleted.
  const old = readdirSync(tmpRoot).filter((name) => name.startsWith('old-')).map((name) => join(tmpRoot, name));
  if (old.length) removeInBackground([tmpRoot, ...old]);
});
// Only this build's folder was ours; another build may be using the parent.
if (existsSync(tmpRoot) && readdirSync(tmpRoot).length === 0) rmSync(tmpRoot, { recursive: true, force: true });
console.log(`✓ site built into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
