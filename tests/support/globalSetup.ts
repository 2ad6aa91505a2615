/**
 * Builds the site once before the suites that read dist/. Set
 * BELT_REUSE_DIST=1 to reuse an existing dist/ while iterating locally, or
 * BELT_SKIP_BUILD=1 when running only unit tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  if (process.env.BELT_SKIP_BUILD === '1') return;
  if (process.env.BELT_REUSE_DIST === '1' && existsSync(join(root, 'dist', 'index.html'))) return;
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed before the tests:\n${result.stdout}\n${result.stderr}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.env.BELT_BUILD_SECONDS = seconds;
  console.log(`[globalSetup] built dist/ in ${seconds} s`);
}
