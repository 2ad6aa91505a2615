/**
 * Two builds of the same commit give byte-identical output: pages, feeds,
 * sitemap, datasets, chart SVGs, images and the search index. A second build
 * goes to a temporary folder (`BELT_DIST`, see src/cli/build.ts) and is compared
 * with dist/, file by file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { root } from '../support/root.ts';

requireBuiltSite();

const scratch = mkdtempSync(join(tmpdir(), 'belt-determinism-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(outDir: string): void {
  const run = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    encoding: 'utf8',
    // A fresh PNG cache per build, so chart images are drawn twice, not copied.
    env: { ...process.env, BELT_DIST: outDir, BELT_CHART_PNG_CACHE: mkdtempSync(join(scratch, 'png-')) },
  });
  if (run.status !== 0) throw new Error(`npm run build into ${outDir} failed:\n${run.stdout}\n${run.stderr}`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

/** Where two text files first differ, to make a failure readable. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const textual = (buf: Buffer) => buf.subarray(Math.max(0, i - 60), i + 60).toString('utf8').replace(/\s+/g, ' ');
  return `at byte ${i}: «${textual(a)}» vs «${textual(b)}»`;
}

describe('deterministic build', () => {
  it('a second build of the same sources is byte-identical to the first', () => {
    // With BELT_REUSE_DIST=1 dist/ may predate the sources: build twice afresh.
    let first = siteDir;
    if (process.env.BELT_REUSE_DIST === '1') {
      first = join(scratch, 'first');
      build(first);
    }
    const second = join(scratch, 'second');
    build(second);

    const a = files(first);
    const b = files(second);
    expect(a.length, 'files in the first build').toBeGreaterThan(10);
    const inSecond = new Set(b);
    const inFirst = new Set(a);
    expect({ onlyInFirst: a.filter((f) => !inSecond.has(f)), onlyInSecond: b.filter((f) => !inFirst.has(f)) }, 'both builds write the same files').toEqual({ onlyInFirst: [], onlyInSecond: [] });

    const differing: string[] = [];
    for (const file of a) {
      const x = readFileSync(join(first, file));
      const y = readFileSync(join(second, file));
      if (!x.equals(y)) differing.push(`${file} ${firstDifference(x, y)}`);
    }
    expect(differing).toEqual([]);
  }, 600_000);
});
