/**
 * The check and the build agree on every fixture project in
 * tests/fixtures/check/ (see its README): the checker reports exactly the
 * expected problems, `npm run check` and `npm run build` fail or pass alike
 * with the same problems (a build after a passed check reuses it, checking
 * nothing twice; a failed one is never reused), and whatever Astro's own build rejects (with the
 * project check switched off) the check has found first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { root } from '../support/root.ts';
import { fixtureProject, type FixtureProject } from '../support/fixtureProject.ts';

const fixturesDir = join(root, 'tests/fixtures/check');
const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(fixturesDir, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

interface Expected {
  description: string;
  /** Every problem as `file:line › field` (or `file:line` for the file as a whole). */
  problems: string[];
  /** Whether Astro's own build, without the project check, rejects the fixture too. */
  astroRejects: boolean;
}

function run(project: FixtureProject, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(project.dir, 'node_modules/.bin')}:${process.env.PATH}`, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The problem lines a CLI printed (`  ✗ file:line:col › field：…`). */
const problemLines = (output: string) => output.split('\n').filter((line) => /^ {2}[✗↳] /.test(line));

describe.each(fixtures)('fixture project %s', (name) => {
  const expected = JSON.parse(readFileSync(join(fixturesDir, name, 'expected.json'), 'utf8')) as Expected;
  const project = fixtureProject();
  project.overlay(join(fixturesDir, name, 'files'));
  afterAll(() => project.remove());

  it('the check reports exactly the expected problems, each with file, line and field', () => {
    const { problems } = checkProject(project.dir);
    const found = problems.map((p) => `${p.file}:${p.line}${p.field ? ` › ${p.field}` : ''}`);
    expect(found.sort()).toEqual([...expected.problems].sort());
    expect(problems.filter((p) => p.followsFrom)).toEqual([]);
    for (const p of problems) expect(p.message, `${p.file} › ${p.field}`).toMatch(/[\u4e00-\u9fff]/);
  });

  it('npm run check and npm run build fail or pass alike, printing the same problems', { timeout: 300_000 }, () => {
    const check = run(project, process.execPath, ['src/cli/check.ts']);
    const build = run(project, process.execPath, ['src/cli/build.ts'], { BELT_DIST: join(project.dir, 'dist') });
    expect(check.status === 0, check.output).toBe(expected.problems.length === 0);
    expect(build.status === 0, build.output).toBe(check.status === 0);
    expect(problemLines(build.output)).toEqual(problemLines(check.output));
    expect(problemLines(check.output)).toHaveLength(expected.problems.length);
    if (check.status !== 0) expect(check.output).toMatch(new RegExp(`共 ${expected.problems.length} 个问题`));
    // A passed check is recorded (src/lib/check/checkCache.ts): the build reuses it, and Astro does not check again.
    if (check.status === 0) {
      expect(build.output).toMatch(/content check reused/);
      expect(build.output).toMatch(/content check already done by npm run build/);
    } else expect(build.output).not.toMatch(/content check reused/);
  });

  it(`Astro's own build ${expected.astroRejects ? 'rejects it too, naming the file' : 'passes too'}`, { timeout: 300_000 }, () => {
    const build = run(project, 'astro', ['build'], { BELT_UNCHECKED_BUILD: '1', BELT_OUT_DIR: join(project.dir, 'unchecked') });
    expect(build.status === 0, build.output.slice(-3000)).toBe(!expected.astroRejects);
    if (expected.astroRejects) {
      const files = [...new Set(expected.problems.map((p) => p.split(':')[0]!))];
      expect(files.some((file) => build.output.includes(file)), build.output.slice(-3000)).toBe(true);
    }
  });
});
