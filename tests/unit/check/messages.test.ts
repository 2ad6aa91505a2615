import { describe, expect, it } from 'vitest';
import { plainCaseSchema } from '../../../src/schemas/case.ts';
import { datasetSchema } from '../../../src/schemas/dataset.ts';
import { formatProblems, parseFieldPath, problemSummary, type ContentProblem } from '../../../src/lib/check/contentProblem.ts';
import { didYouMean } from '../../../src/lib/check/didYouMean.ts';
import { parseFields } from '../../../src/lib/check/readContentFile.ts';
import { FrontmatterError, parseFrontmatter } from '../../../src/lib/check/parseFrontmatter.ts';
import { fieldLocator } from '../../../src/lib/check/locateProblems.ts';

const caseInput = {
  title: '标题',
  provider: 'p',
  belt: 'b',
  categories: ['服饰'],
  serviceTypes: ['代运营'],
  period: { label: '期间' },
  summary: '一句话。',
  dataset: 'd',
};

describe('formatProblems', () => {
  const problems: ContentProblem[] = [
    { file: 'data/a.json', field: 'entries[1].value', line: 14, column: 7, message: '应为数字(例如 14500000)，实际是文字 "1450万"', gloss: 'expected a number' },
    { file: 'content/cases/x.mdx', field: 'provider', line: 3, column: 1, message: '未知服务商 "q"', gloss: 'unknown provider' },
    { file: 'data/a.json', field: 'title', line: 2, column: 3, message: '不能为空', gloss: 'must not be empty' },
  ];

  it('groups by file, sorts by line, and ends with the summary line', () => {
    const text = formatProblems(problems);
    const lines = text.split('\n').filter((l) => l.startsWith('  ✗'));
    expect(lines).toEqual([
      '  ✗ data/a.json:2:3 › title：不能为空 / must not be empty',
      '  ✗ data/a.json:14:7 › entries[1].value：应为数字(例如 14500000)，实际是文字 "1450万" / expected a number',
      '  ✗ content/cases/x.mdx:3:1 › provider：未知服务商 "q" / unknown provider',
    ]);
    expect(text.split('\n').at(-1)).toBe('共 3 个问题，涉及 2 个文件 / 3 problems in 2 files');
  });

  it('sums follow-on problems up in one line per cause and counts them apart', () => {
    const followOn = { file: 'content/cases/y.mdx', field: 'keyFigures[0]', message: '无法核对', followsFrom: 'data/a.json' };
    const text = formatProblems([...problems, followOn, { ...followOn, file: 'content/cases/z.mdx' }]);
    expect(text).toMatch(/↳ 另有 2 处引用\(在 content\/cases\/y\.mdx、content\/cases\/z\.mdx\)要等 data\/a\.json 修好后才能核对/);
    expect(problemSummary([...problems, followOn])).toBe('共 3 个问题，涉及 2 个文件（另有 1 个后续问题） / 3 problems in 2 files (+1 follow-on)');
  });

  it('reads field paths back into keys, and refuses what is not a path', () => {
    expect(parseFieldPath('entries[2].source.quote')).toEqual(['entries', 2, 'source', 'quote']);
    expect(parseFieldPath('[3].related[1]')).toEqual([3, 'related', 1]);
    expect(parseFieldPath(':fig[a/b]')).toBeUndefined();
    expect(parseFieldPath('正文')).toBeUndefined();
  });
});

describe('did you mean', () => {
  it('suggests the closest known word for a slip, and nothing for a stranger', () => {
    expect(didYouMean('keyFigure', ['keyFigures', 'charts', 'practices'])).toBe('keyFigures');
    expect(didYouMean('lexu-meida', ['lexu-media', 'tianxun'])).toBe('lexu-media');
    expect(didYouMean('percentchange', ['percent', 'percentChange'])).toBe('percentChange');
    expect(didYouMean('completely-different', ['lexu', 'tianxun'])).toBeUndefined();
    expect(didYouMean('lexu', ['lexu'])).toBeUndefined();
  });
});

describe('schema problems, in Chinese with the value found and an English gloss', () => {
  it('names a misspelt field and the field it probably meant', () => {
    const { problems } = parseFields('c.mdx', plainCaseSchema(), { ...caseInput, keyFigure: [] });
    expect(problems).toEqual([{ file: 'c.mdx', field: 'keyFigure', message: '未知字段 "keyFigure"；是不是想写 "keyFigures"？', gloss: 'unknown field; did you mean "keyFigures"?' }]);
  });

  it('shows the value typed for an enum, with the allowed values and the nearest one', () => {
    const entry = { id: 'x', label: 'l', period: { label: 'p' }, unit: 'percentchange', kind: 'stated', value: 1, source: { document: 'd', quote: '增长1%' } };
    const { problems } = parseFields('d.json', datasetSchema, { title: 't', description: 'd', unit: 'yuan', entries: [entry] });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'entries[0].unit', message: expect.stringMatching(/^应为以下之一：yuan、percentChange、.*，实际是 "percentchange"；是不是想写 "percentChange"？$/) }),
    ]);
  });

  it('names a chart type it does not know, with the value typed', () => {
    const { problems } = parseFields('c.mdx', plainCaseSchema(), { ...caseInput, charts: [{ type: 'indexbars', title: 't', takeaway: 't', figures: ['a/b'] }] });
    expect(problems[0]).toMatchObject({ field: 'charts[0].type', message: expect.stringContaining('实际是 "indexbars"；是不是想写 "indexBars"？') });
  });

  it('says a required field is missing, and what a wrong type holds', () => {
    const { problems } = parseFields('c.mdx', plainCaseSchema(), { ...caseInput, summary: undefined, title: 3 });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'summary', message: '缺少必填字段 summary（应为文字）', gloss: 'missing required field' }),
        expect.objectContaining({ field: 'title', message: '应为文字，实际是数字 3', gloss: 'expected text' }),
      ]),
    );
  });

  it('keeps the fields that passed, so the rest of the file is still checked', () => {
    const { value, fields } = parseFields('c.mdx', plainCaseSchema(), { ...caseInput, keyFigure: [], provider: 'Not An Id' });
    expect(value).toBeUndefined();
    expect(fields).toMatchObject({ belt: 'b', dataset: 'd', title: '标题' });
    expect(fields).not.toHaveProperty('provider');
  });

  it('explains text where a number belongs', () => {
    const entry = { id: 'x', label: 'l', period: { label: 'p' }, unit: 'yuan', kind: 'stated', value: '1450万', source: { document: 'd', quote: '突破1450万' } };
    const { problems } = parseFields('d.json', datasetSchema, { title: 't', description: 'd', unit: 'yuan', entries: [entry] });
    expect(problems).toEqual([{ file: 'd.json', field: 'entries[0].value', message: '应为数字(例如 14500000)，实际是文字 "1450万"', gloss: 'expected a number' }]);
  });
});

describe('YAML errors give one line number, counted in the file', () => {
  it('points at the line of the file, not of the YAML block, and says it once', () => {
    const source = '---\ntitle: 标题\nsummary: 甲: 乙\n---\n\n正文\n';
    let error: FrontmatterError | undefined;
    try {
      parseFrontmatter(source);
    } catch (e) {
      error = e as FrontmatterError;
    }
    expect(error).toBeInstanceOf(FrontmatterError);
    expect(error!.line).toBe(3);
    expect(error!.field).toBe('summary');
    expect(`${error!.message} ${error!.gloss}`).not.toMatch(/line \d/);
    expect(error!.message).toMatch(/不是合法的 YAML/);
    // The body is still there to be checked.
    expect(error!.rest).toEqual({ body: '\n正文\n', bodyLine: 5 });
  });
});

describe('fieldLocator', () => {
  it('finds a JSON field by its path, at its key', () => {
    const json = '{\n  "title": "t",\n  "entries": [\n    { "id": "a" },\n    {\n      "id": "b",\n      "value": "1450万"\n    }\n  ]\n}\n';
    const locate = fieldLocator('data/x.json', json)!;
    expect(locate(['entries', 1, 'value'])).toEqual({ line: 7, column: 7 });
    expect(locate(['title'])).toEqual({ line: 2, column: 3 });
    // A missing field points at the object that lacks it.
    expect(locate(['entries', 0, 'label'])).toEqual({ line: 4, column: 5 });
  });

  it('finds a frontmatter field at its line in the MDX file', () => {
    const mdx = '---\ntitle: t\ncharts:\n  - type: tiles\n    figures: [a/b, c/d]\n---\n\nbody\n';
    const locate = fieldLocator('content/cases/x.mdx', mdx)!;
    expect(locate(['title'])).toEqual({ line: 2, column: 1 });
    expect(locate(['charts', 0, 'figures', 1])).toEqual({ line: 5, column: 20 });
  });
});
