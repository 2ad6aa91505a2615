import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaceholders, isPlaceholderFollowOn, placeholdersIn } from '../../../src/lib/check/checkPlaceholders.ts';

describe('placeholders left by npm run new', () => {
  it('are found in JSON by field path and line', () => {
    const text = '{\n  "title": "t",\n  "entries": [\n    { "value": "待填写：数字本身。" }\n  ]\n}\n';
    expect(placeholdersIn('data/x.json', text)).toEqual([
      { file: 'data/x.json', field: 'entries[0].value', line: 4, column: 16, message: '待填写：数字本身', gloss: expect.stringContaining('npm run new') },
    ]);
  });

  it('are found in MDX frontmatter by field and in the body by line', () => {
    const text = '---\ntitle: t\n# 写着“待填写”的地方：a comment is not a placeholder\ncategories: [待填写：品类]\n---\n\n## 背景\n\n待填写：背景。\n';
    expect(placeholdersIn('content/cases/x.mdx', text).map((p) => [p.field, p.line, p.message])).toEqual([
      ['categories[0]', 4, '待填写：品类'],
      ['正文', 9, '待填写：背景'],
    ]);
  });

  it('are found line by line where the YAML does not parse', () => {
    expect(placeholdersIn('content/belts/x.mdx', '---\nname: [待填写\n---\n').map((p) => [p.field, p.line])).toEqual([['正文', 2]]);
  });

  it('are none in a file without the word', () => expect(placeholdersIn('data/x.json', '{"title": "t"}')).toEqual([]));

  it('hide the problems they cause inside the same list entry, and nothing else', () => {
    const placeholders = [
      { file: 'data/x.json', field: 'entries[0].value', message: '' },
      { file: 'data/x.json', field: 'unit', message: '' },
    ];
    const followOn = (file: string, field: string) => isPlaceholderFollowOn({ file, field, message: '' }, placeholders);
    expect(followOn('data/x.json', 'entries[0].value')).toBe(true);
    expect(followOn('data/x.json', 'entries[0].source.quote')).toBe(true);
    expect(followOn('data/x.json', 'unit')).toBe(true);
    expect(followOn('data/x.json', 'entries[1].value')).toBe(false);
    expect(followOn('data/x.json', 'title')).toBe(false);
    expect(followOn('data/y.json', 'entries[0].value')).toBe(false);
  });

  it('in a body, hide what else is reported on their line', () => {
    const placeholders = [{ file: 'content/cases/x.mdx', field: '正文', line: 9, message: '' }];
    expect(isPlaceholderFollowOn({ file: 'content/cases/x.mdx', field: '正文', line: 9, message: '' }, placeholders)).toBe(true);
    expect(isPlaceholderFollowOn({ file: 'content/cases/x.mdx', field: 'line 9', message: '' }, placeholders)).toBe(true);
    expect(isPlaceholderFollowOn({ file: 'content/cases/x.mdx', field: '正文', line: 10, message: '' }, placeholders)).toBe(false);
  });

  it('are looked for in content/ and data/, not in the guides, whatever form the root is given in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'belt-placeholders-'));
    try {
      mkdirSync(join(dir, 'data'));
      mkdirSync(join(dir, 'content/cases'), { recursive: true });
      writeFileSync(join(dir, 'data/x.json'), '{"title": "待填写：标题"}');
      writeFileSync(join(dir, 'content/README.md'), '模板里写着“待填写”的地方');
      writeFileSync(join(dir, 'content/cases/y.mdx'), '---\ntitle: t\n---\n待填写：正文\n');
      const expected = [
        { file: 'content/cases/y.mdx', field: '正文' },
        { file: 'data/x.json', field: 'title' },
      ];
      for (const root of [dir, `${dir}/`]) expect(findPlaceholders(root).map(({ file, field }) => ({ file, field }))).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
