/**
 * The checks behind the promise that every claim is traced to its source, on
 * a fixture project with one mistake of each kind (tests/fixtures/integrity/),
 * in-process and through `npm run check`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/check/checkProject.ts';
import { formatProblems } from '../../../src/lib/check/contentProblem.ts';
import { root } from '../../support/root.ts';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'integrity', 'mistakes');

describe('the integrity checks on a project with one mistake of each kind', () => {
  const { problems } = checkProject(fixture);
  const at = (file: string, field: string) => problems.filter((p) => p.file === file && p.field === field);

  it('reports a stated value that disagrees with its quote, with both values, file, line and field', () => {
    const [problem] = at('data/test-data.json', 'entries[0].value');
    expect(problem).toMatchObject({ line: 12 });
    expect(problem!.message).toContain('35.5');
    expect(problem!.message).toContain('53.5');
  });

  it('reports a quote of several numbers without a marker, and accepts the one with source.figure', () => {
    expect(at('data/test-data.json', 'entries[1].source.figure')[0]!.message).toMatch(/第1个“8%”.*第2个“15%”/);
    expect(problems.filter((p) => p.field.startsWith('entries[2]'))).toEqual([]);
    expect(problems.filter((p) => p.field.startsWith('entries[3]'))).toEqual([]);
  });

  it('reports a milestone whose date its quote does not give', () => {
    const [problem] = at('data/test-data.json', 'milestones[0].date');
    expect(problem!.message).toContain('“2015年”');
    expect(problem!.message).toContain('2016');
    expect(problem!.line).toBe(48);
  });

  it('reports numbers typed into text fields and bodies: Arabic, full-width and Chinese numerals', () => {
    const typed = problems.filter((p) => p.message.includes('手写了数字'));
    expect(typed.map((p) => [p.file, p.line, p.field, /数字 "([^"]+)"/.exec(p.message)![1]])).toEqual(
      expect.arrayContaining([
        ['data/test-data.json', 3, 'description', '4条'],
        ['content/providers/test-provider.mdx', 7, 'summary', '二十八家'],
        ['content/cases/test-case.mdx', 2, 'title', '３５％'],
        ['content/cases/test-case.mdx', 24, '正文', '十几个百分点'],
      ]),
    );
    expect(typed).toHaveLength(4);
  });

  it('reports a place or categories without provenance, and a quote that does not say the claim', () => {
    expect(at('content/providers/test-provider.mdx', 'provenance.place')[0]).toMatchObject({ line: 4 });
    expect(at('content/cases/test-case.mdx', 'provenance.categories')[0]).toMatchObject({ line: 6 });
    expect(at('content/belts/test-belt.mdx', 'provenance.categories.quote')[0]!.message).toContain('引文里没有“童鞋”');
    // An inference with its reason and a quote that says the claim pass.
    expect(at('content/cases/test-case.mdx', 'provenance.belt')).toEqual([]);
    expect(at('content/belts/test-belt.mdx', 'provenance.place.quote')).toEqual([]);
  });

  it('reports nothing else', () => {
    expect(problems, formatProblems(problems)).toHaveLength(10);
  });

  it('npm run check fails and names file, line and field of each kind', () => {
    const result = spawnSync(process.execPath, [join(root, 'src', 'cli', 'check.ts')], { cwd: fixture, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data/test-data.json:12:7 › entries[0].value：引文写的是“35.5%”');
    expect(result.stderr).toContain('content/cases/test-case.mdx:2:1 › title：手写了数字 "３５％"');
    expect(result.stderr).toContain('content/providers/test-provider.mdx:4:1 › provenance.place：');
  });
});
