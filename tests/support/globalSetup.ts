/**
 * Builds the site once before the layers that read it (site, browser); the unit
 * layer has no global setup and never builds. Both layers list this file: the
 * first to start builds, the second finds the site built. BELT_REUSE_DIST=1
 * reuses an existing dist/ while iterating locally; BELT_SKIP_BUILD=1 never
 * builds, and every suite that reads the site then fails unless one exists
 * (`requireBuiltSite` in dist.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteDir } from './dist.ts';
import { root } from './root.ts';

const builtThisRun = Symbol.for('belt-casebook.globalSetup.built');

export default function setup(): void {
  // Every project's global setup runs in the one main process, so this mark outlives the first call.
  const run = globalThis as { [builtThisRun]?: true };
  if (run[builtThisRun] || process.env.BELT_SKIP_BUILD === '1') return;
  if (process.env.BELT_REUSE_DIST === '1' && existsSync(join(siteDir, 'index.html'))) return;
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed before the tests:\n${result.stdout}\n${result.stderr}`);
  }
  run[builtThisRun] = true;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.env.BELT_BUILD_SECONDS = seconds;
  console.log(`[globalSetup] built ${relative(root, siteDir) || siteDir}/ in ${seconds} s`);
}
