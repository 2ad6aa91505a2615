import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What one page may weigh, at any number of cases: a phone on a slow network
 * opens it fast. HTML raw and gzipped (what travels), each stylesheet raw.
 */
export const pageBudget = {
  htmlRaw: 60 * 1024,
  htmlGzip: 16 * 1024,
  css: 15 * 1024,
} as const;

/** A file over its budget. */
export interface BudgetProblem {
  /** Path inside the built site, from `/`. */
  file: string;
  measure: 'html raw' | 'html gzip' | 'css';
  bytes: number;
  limit: number;
}

/** The budget problems of one built file (HTML or CSS; other files have no budget here). */
export function fileBudgetProblems(file: string, bytes: Uint8Array): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  if (file.endsWith('.html')) {
    if (bytes.length > pageBudget.htmlRaw) problems.push({ file, measure: 'html raw', bytes: bytes.length, limit: pageBudget.htmlRaw });
    const gzip = gzipSync(bytes).length;
    if (gzip > pageBudget.htmlGzip) problems.push({ file, measure: 'html gzip', bytes: gzip, limit: pageBudget.htmlGzip });
  } else if (file.endsWith('.css') && bytes.length >= pageBudget.css) {
    problems.push({ file, measure: 'css', bytes: bytes.length, limit: pageBudget.css });
  }
  return problems;
}

const stylesheetHref = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/[^"]+\.css)"|<link\b[^>]*\bhref="(\/[^"]+\.css)"[^>]*\brel="stylesheet"/g;

/**
 * Every budget problem in a built site folder: each HTML page, and each
 * stylesheet a page links to (tools' unused stylesheets, such as Pagefind's
 * other UIs, weigh nothing for a reader).
 */
export function siteBudgetProblems(dir: string): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const stylesheets = new Set<string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const bytes = readFileSync(full);
        problems.push(...fileBudgetProblems(`/${relative(dir, full).split('\\').join('/')}`, bytes));
        for (const m of bytes.toString('utf8').matchAll(stylesheetHref)) stylesheets.add((m[1] ?? m[2])!);
      }
    }
  };
  walk(dir);
  for (const href of [...stylesheets].sort()) problems.push(...fileBudgetProblems(href, readFileSync(join(dir, href))));
  return problems;
}

/** One line per problem: `/cases/index.html: html gzip 17.2 KB over 16.0 KB`. */
export function formatBudgetProblem(p: BudgetProblem): string {
  return `${p.file}: ${p.measure} ${(p.bytes / 1024).toFixed(1)} KB over ${(p.limit / 1024).toFixed(1)} KB`;
}
