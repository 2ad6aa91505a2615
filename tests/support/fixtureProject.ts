import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './root.ts';

/**
 * A throwaway copy of the project's content and code (node_modules linked)
 * where a test can break one file and run the checker or the build.
 */
export interface FixtureProject {
  dir: string;
  /** Rewrites a file of the copy through `edit`. */
  edit(path: string, edit: (text: string) => string): void;
  write(path: string, text: string): void;
  /** Copies every file under `dir` into the copy, at the same relative path (a fixture's `files/` tree). */
  overlay(dir: string): void;
  /**
   * Runs `npm run build`'s script (src/cli/build.ts) in the copy, with `args`,
   * and `env` over this process's environment (a key set to undefined is
   * left out). `output` is stdout then stderr.
   */
  build(args?: readonly string[], env?: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string; output: string };
  remove(): void;
}

export function fixtureProject(): FixtureProject {
  const dir = mkdtempSync(join(tmpdir(), 'belt-casebook-'));
  for (const name of ['content', 'data', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(path, edit) {
      writeFileSync(join(dir, path), edit(readFileSync(join(dir, path), 'utf8')));
    },
    write(path, text) {
      writeFileSync(join(dir, path), text);
    },
    overlay(from) {
      cpSync(from, dir, { recursive: true });
    },
    build(args = [], env = {}) {
      const result = spawnSync(process.execPath, ['src/cli/build.ts', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}` },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
