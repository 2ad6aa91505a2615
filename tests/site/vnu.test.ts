/**
 * Every built HTML page is valid HTML by the Nu HTML Checker (vnu.jar from the
 * `vnu-jar` package, run on the machine's Java 17), in one JVM call.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuiltSite, siteDir } from '../support/dist.ts';

requireBuiltSite();

const require = createRequire(import.meta.url);
const vnuJar = String(require('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

describe('valid HTML (Nu HTML Checker)', () => {
  it('reports no error on any page in dist/', () => {
    const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(siteDir, f))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`could not run Java for the Nu HTML Checker: ${run.error.message}`);
    let report: { messages: VnuMessage[] };
    try {
      report = JSON.parse(run.stdout);
    } catch {
      throw new Error(`the Nu HTML Checker did not answer in JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => {
        const file = m.url ? relative(siteDir, decodeURI(new URL(m.url).pathname)) : '?';
        return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? ` — ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;
      });
    expect(errors).toEqual([]);
  });
});
