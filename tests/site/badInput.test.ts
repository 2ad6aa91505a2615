import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCacheDir, checkedFingerprintVariable } from '../../src/lib/check/checkCache.ts';
import { fixtureProject, type FixtureProject } from '../support/fixtureProject.ts';


/**
 * Runs `npm run check` on the copy as it is, which passes and records the
 * pass in the check cache: the bad edit that follows must still be caught.
 * Returns the fingerprint recorded.
 */
function checkedOnce(project: FixtureProject): string {
  const result = spawnSync(process.execPath, ['src/cli/check.ts'], { cwd: project.dir, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const records = readdirSync(join(project.dir, checkCacheDir)).filter((name) => name.endsWith('.passed'));
  expect(records).toHaveLength(1);
  return records[0]!.replace(/\.passed$/, '');
}

describe('npm run build fails on bad input, naming file and field, writing nothing, even right after a check that passed', () => {
  let project: FixtureProject | undefined;
  afterEach(() => project?.remove());

  it.each([
    ['a dataset that is not valid JSON', 'data/tianxun-818.json', (t: string) => t.replace('"unit": "percentChange",', '"unit": "percentChange"'), /data\/tianxun-818\.json:6:3 › entries：不是合法的 JSON：缺少逗号.* \/ invalid JSON/],
    ['text where a number belongs', 'data/xiakehui-818.json', (t: string) => t.replace('"value": 2.5', '"value": "两倍半"'), /data\/xiakehui-818\.json:\d+:\d+ › entries\[1\]\.value：应为数字.*实际是文字 "两倍半" \/ expected a number/],
    ['a quote not found in its source', 'data/xiakehui-hongyuan.json', (t: string) => t.replace('单场GMV破百万', '单场GMV破千万'), /data\/xiakehui-hongyuan\.json:\d+:\d+ › entries\[0\]\.source\.quote：引文在 .* 里找不到原话.* \/ quote not found/],
    ['a case naming an unknown provider', 'content/cases/lexu-kadanlu.mdx', (t: string) => t.replace(/^provider: .*$/m, 'provider: lexu-media'), /content\/cases\/lexu-kadanlu\.mdx:\d+:\d+ › provider：未知服务商 "lexu-media".* \/ unknown provider "lexu-media"/],
    ['a case without a required field', 'content/cases/lexu-kadanlu.mdx', (t: string) => t.replace(/^belt: .*$/m, ''), /content\/cases\/lexu-kadanlu\.mdx:\d+:\d+ › belt：缺少必填字段 belt/],
    ['a component in a case body, which is rendered as Markdown', 'content/cases/lexu-kadanlu.mdx', (t: string) => `${t}\n<Chart id="a" />\n`, /content\/cases\/lexu-kadanlu\.mdx:\d+:1 › 正文：这里的正文按 Markdown 排版，不能用 MDX 的组件或标签.* \/ a component or tag in a body rendered as Markdown/],
    ['a category taken out of its vocabulary', 'content/vocabularies/categories.yaml', (t: string) => t.replace(/^- name: 箱包\n/m, ''), /content\/cases\/lexu-kadanlu\.mdx:\d+:\d+ › categories\[2\]：词表里没有这个品类："箱包"/],
  ])('%s', (_name, file, edit, expected) => {
    project = fixtureProject();
    checkedOnce(project);
    project.edit(file, edit);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(expected);
    expect(existsSync(join(project.dir, 'dist'))).toBe(false);
    expect(existsSync(join(project.dir, '.build-tmp'))).toBe(false);
  });

  it('astro build on its own also stops on bad content (the integration runs the checker), even when told the check passed before the edit', () => {
    project = fixtureProject();
    // What npm run build hands astro build after its check passed: stale once the content changes.
    const fingerprint = checkedOnce(project);
    project.edit('content/cases/lexu-kadanlu.mdx', (t) => t.replace(/^provider: .*$/m, 'provider: lexu-media'));
    const out = join(project.dir, 'out');
    const result = spawnSync(join(project.dir, 'node_modules/.bin/astro'), ['build'], {
      cwd: project.dir,
      encoding: 'utf8',
      env: { ...process.env, BELT_OUT_DIR: out, [checkedFingerprintVariable]: fingerprint },
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/content\/cases\/lexu-kadanlu\.mdx:\d+:\d+ › provider：未知服务商 "lexu-media"/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

describe('npm run build -- --strict without a public address', () => {
  let project: FixtureProject | undefined;
  afterEach(() => project?.remove());

  it.each([
    ['--strict', ['--strict'], {}],
    ['BELT_STRICT=1', [], { BELT_STRICT: '1' }],
  ])('refuses with %s, naming SITE_URL, writing nothing', (_name, args, env) => {
    project = fixtureProject();
    const result = project.build(args, { ...env, SITE_URL: undefined });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/SITE_URL is not set/);
    expect(existsSync(join(project.dir, 'dist'))).toBe(false);
    expect(existsSync(join(project.dir, '.build-tmp'))).toBe(false);
  });
});
