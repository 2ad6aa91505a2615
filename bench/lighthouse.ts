/**
 * Lighthouse (mobile, all four categories) on four pages of a built site: the
 * home page, /cases/, a case and a handbook chapter. A measurement for the
 * notes, not a test: Lighthouse is not a dependency of the project, so this
 * runs it with `npx -y lighthouse@12`, which needs the npm registry.
 *
 *   node bench/lighthouse.ts                       (the site in dist/)
 *   node bench/lighthouse.ts --dist /tmp/belt-bench-…/dist --runs 2
 *   node bench/lighthouse.ts --case /cases/<slug>/ --chapter /handbook/<id>/
 *
 * The site is served the way a production host serves it: gzip for text
 * files (Netlify, Cloudflare Pages and GitHub Pages all compress) and the
 * headers of the build's `_headers` file; nothing else. The case and the
 * chapter default to the first ones /cases/ and /handbook/ link to. Prints a
 * table (scores, LCP, CLS, TBT, the HTML's size raw and gzipped) and every
 * audit that cost a point; the JSON reports go to `--out` (default: a temp
 * folder, printed). Chromium: `$CHROME_PATH`, else the one the browser tests
 * find (tests/support/browser.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { findChromium } from '../tests/support/browser.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = join(import.meta.dirname, '..');
const dist = resolve(arg('dist') ?? join(root, 'dist'));
const runs = Number(arg('runs') ?? 1);
const out = resolve(arg('out') ?? mkdtempSync(join(tmpdir(), 'belt-lighthouse-')));
mkdirSync(out, { recursive: true });
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html does not exist: build the site first`);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** The `_headers` rules (Netlify / Cloudflare Pages format): a path pattern, then indented `Name: value` lines. */
function readHeaderRules(file: string): { pattern: RegExp; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (m && rules.length > 0) rules.at(-1)!.headers.push([m[1]!, m[2]!]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules(join(dist, '_headers'));

const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = resolve(join(dist, pathname));
  if (file !== dist && !file.startsWith(dist + sep)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) return void res.writeHead(301, { Location: `${pathname}/` }).end();
    file = join(file, 'index.html');
  }
  const found = existsSync(file) && statSync(file).isFile();
  if (!found) file = join(dist, '404.html');
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type };
  for (const rule of headerRules) if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) headers[k] = v;
  let body = readFileSync(file);
  if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
    headers.Vary = 'Accept-Encoding';
  }
  res.writeHead(found ? 200 : 404, { ...headers, 'Content-Length': String(body.length) }).end(req.method === 'HEAD' ? undefined : body);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('the server has no port');
const origin = `http://127.0.0.1:${address.port}`;

const htmlOf = (path: string) => readFileSync(join(dist, path, 'index.html'));
/** The first link in `path`'s main content whose address matches `pattern`. */
const firstLink = (path: string, pattern: RegExp) => {
  const links = [...parseHTML(htmlOf(path).toString('utf8')).document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href') ?? '');
  const href = links.find((h) => pattern.test(h));
  if (!href) throw new Error(`${path} links to nothing matching ${pattern}`);
  return href;
};
const pages = [
  { name: 'home', path: '/' },
  { name: '/cases/', path: '/cases/' },
  { name: 'a case', path: arg('case') ?? firstLink('/cases/', /^\/cases\/[^/]+\/$/) },
  { name: 'a chapter', path: arg('chapter') ?? firstLink('/handbook/', /^\/handbook\/[^/]+\/$/) },
];

const chrome = process.env.CHROME_PATH ?? (await findChromium()).executablePath;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }>;
}

const rows: string[] = [];
const lost: string[] = [];
try {
  for (const page of pages) {
    const raw = htmlOf(page.path).length;
    const gz = gzipSync(htmlOf(page.path)).length;
    for (let run = 1; run <= runs; run++) {
      const file = join(out, `${page.name.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${run}.json`);
      // Asynchronously: the server answering Lighthouse runs in this process.
      const status = await new Promise<number | null>((done, fail) =>
        spawn(
          'npx',
          ['-y', 'lighthouse@12', `${origin}${page.path}`, '--chrome-flags=--headless=new --no-sandbox', '--output=json', `--output-path=${file}`, '--quiet'],
          { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'inherit', 'inherit'] },
        )
          .on('error', fail)
          .on('exit', done),
      );
      if (status !== 0) throw new Error(`lighthouse failed on ${page.path} (exit ${status})`);
      const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
      const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
      const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
      rows.push(
        `| ${page.name} \`${page.path}\`${runs > 1 ? ` (run ${run})` : ''} | ${categories.map(score).join(' / ')} | ${(metric('largest-contentful-paint') / 1000).toFixed(1)} s | ` +
          `${metric('cumulative-layout-shift').toFixed(3)} | ${Math.round(metric('total-blocking-time'))} ms | ${(raw / 1024).toFixed(1)} KB / ${(gz / 1024).toFixed(1)} KB |`,
      );
      for (const c of categories) {
        for (const ref of report.categories[c]?.auditRefs ?? []) {
          const audit = report.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            lost.push(`${page.path} ${c}: ${ref.id} (${audit.title}) score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}`);
          }
        }
      }
    }
  }
} finally {
  server.close();
}

console.log(`\nLighthouse 12, mobile, ${dist} served with gzip and _headers; reports in ${out}\n`);
console.log('| page | performance / accessibility / best practices / SEO | LCP | CLS | TBT | HTML raw / gzip |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(lost.length === 0 ? '\nNo scored audit lost a point.' : `\nScored audits below 1:\n${lost.map((l) => `  ${l}`).join('\n')}`);
