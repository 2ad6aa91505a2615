import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureMatches, matchQuoteFigure, type ExpectedFigure } from '../../../src/lib/quote/matchQuoteFigure.ts';
import { readAllowedNumberWords } from '../../../src/lib/check/readAllowedNumberWords.ts';
import { readQuoteNumbers } from '../../../src/lib/quote/readQuoteNumbers.ts';

const exact = (value: number, unit: ExpectedFigure['unit'], more: Partial<ExpectedFigure> = {}): ExpectedFigure => ({
  value,
  unit,
  bound: 'exact',
  ...more,
});

describe('matchQuoteFigure', () => {
  it('finds the one figure of the unit and accepts it', () => {
    const result = matchQuoteFigure('比6月份增长61.23%', exact(61.23, 'percentChange'));
    expect(result).toMatchObject({ ok: true, found: { text: '61.23%', value: 61.23 } });
  });

  it('names what the quote says when the value differs (the 61.23 → 61.32 typo)', () => {
    const result = matchQuoteFigure('比6月份增长61.23%', exact(61.32, 'percentChange'));
    expect(result).toMatchObject({ ok: false, reason: 'mismatch' });
    if (!result.ok) {
      expect(result.message).toBe('引文写的是“61.23%”(61.23),数据填的是 61.32 / quote says 61.23, value is 61.32');
    }
  });

  it('reads percent and percentChange from the same %', () => {
    expect(matchQuoteFigure('由年初的7%提升', exact(7, 'percent')).ok).toBe(true);
    expect(matchQuoteFigure('环比增长73%', exact(73, 'percentChange')).ok).toBe(true);
  });

  it('compares the bound', () => {
    const quote = '8.14单日销售总额突破1450万';
    expect(matchQuoteFigure(quote, { value: 14_500_000, unit: 'yuan', bound: 'atLeast' }).ok).toBe(true);
    const wrong = matchQuoteFigure(quote, exact(14_500_000, 'yuan'));
    expect(wrong).toMatchObject({ ok: false, reason: 'mismatch' });
    if (!wrong.ok) expect(wrong.message).toMatch(/突破1450万.*atLeast.*exact/);
    expect(matchQuoteFigure('不到1万人', { value: 10_000, unit: 'people', bound: 'atMost' }).ok).toBe(true);
    expect(matchQuoteFigure('约为5.4万亿', { value: 5.4e12, unit: 'yuan', bound: 'about' }).ok).toBe(true);
  });

  it('compares the upper end of a range', () => {
    expect(matchQuoteFigure('找到2~3款', exact(2, 'products', { valueMax: 3 })).ok).toBe(true);
    const missing = matchQuoteFigure('找到2~3款', exact(2, 'products'));
    expect(missing).toMatchObject({ ok: false, reason: 'mismatch' });
    if (!missing.ok) expect(missing.message).toContain('quote says 2~3, value is 2');
    expect(matchQuoteFigure('找到2款', exact(2, 'products', { valueMax: 3 })).ok).toBe(false);
    expect(matchQuoteFigure('每天上50~100款', exact(50, 'products', { valueMax: 100 })).ok).toBe(true);
  });

  it('accepts the rounding of the last printed digit, and no more', () => {
    expect(matchQuoteFigure('增长61.23%', exact(61.234, 'percentChange')).ok).toBe(true);
    expect(matchQuoteFigure('增长61.23%', exact(61.236, 'percentChange')).ok).toBe(false);
    expect(matchQuoteFigure('GMV1450万', exact(14_504_000, 'yuan')).ok).toBe(true);
    expect(matchQuoteFigure('GMV1450万', exact(14_600_000, 'yuan')).ok).toBe(false);
    // Chinese numerals print no digit: 一个亿 is 1亿 exactly.
    expect(matchQuoteFigure('一个亿的GMV', exact(100_000_000, 'yuan')).ok).toBe(true);
    expect(matchQuoteFigure('一个亿的GMV', exact(120_000_000, 'yuan')).ok).toBe(false);
  });

  it('lets a money figure, a score and a count go without a unit word', () => {
    expect(matchQuoteFigure('当天GMV25万', exact(250_000, 'yuan')).ok).toBe(true);
    expect(matchQuoteFigure('评分下降到4.4', exact(4.4, 'score')).ok).toBe(true);
    expect(matchQuoteFigure('观看人数超4万', { value: 40_000, unit: 'people', bound: 'atLeast' }).ok).toBe(true);
    expect(matchQuoteFigure('签约百余个新媒体达人', { value: 100, unit: 'people', bound: 'atLeast' }).ok).toBe(true);
  });

  it('wants the word for hours, days, multiples, points and ranks', () => {
    expect(matchQuoteFigure('直播60', exact(60, 'hours'))).toMatchObject({ ok: false, reason: 'notFound' });
    expect(matchQuoteFigure('直播60个小时', exact(60, 'hours')).ok).toBe(true);
    expect(matchQuoteFigure('是7月同期峰值的两倍', exact(2, 'multiple')).ok).toBe(true);
    expect(matchQuoteFigure('销量翻番', exact(2, 'multiple')).ok).toBe(true);
    expect(matchQuoteFigure('提升了13个百分点', exact(13, 'points')).ok).toBe(true);
    expect(matchQuoteFigure('男装全国前10的账号', exact(10, 'rank')).ok).toBe(true);
  });

  it('reads the units 件, 单, 间, 人次 and a bare 个 count', () => {
    expect(matchQuoteFigure('卖出3万件', exact(30_000, 'pieces')).ok).toBe(true);
    expect(matchQuoteFigure('成交5000单', exact(5000, 'orders')).ok).toBe(true);
    expect(matchQuoteFigure('开了3间门店', exact(3, 'rooms')).ok).toBe(true);
    expect(matchQuoteFigure('观看2万人次', exact(20_000, 'visits')).ok).toBe(true);
    expect(matchQuoteFigure('建了5个群', exact(5, 'count')).ok).toBe(true);
    expect(matchQuoteFigure('单日成交', exact(1, 'orders')).ok).toBe(false);
  });

  it('reads a year from a date, and nothing else from dates', () => {
    expect(matchQuoteFigure('创立于2013年', exact(2013, 'year')).ok).toBe(true);
    expect(matchQuoteFigure('8月6日到18日', exact(18, 'days'))).toMatchObject({ ok: false, reason: 'notFound' });
    expect(matchQuoteFigure('818当周GMV达到1.8亿', exact(180_000_000, 'yuan'), undefined, { names }).ok).toBe(true);
  });

  it('says when nothing of the unit is in the quote, and what it did read', () => {
    const result = matchQuoteFigure('7个账号同时开播', exact(7, 'hours'));
    expect(result).toMatchObject({ ok: false, reason: 'notFound', candidates: [] });
    if (!result.ok) expect(result.message).toContain('“7个账号”');
  });

  it('calls two different candidates ambiguous, even when one matches', () => {
    const result = matchQuoteFigure('由2021年年初的7%提升到年末的20%', exact(20, 'percent'));
    expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
    if (!result.ok) {
      expect(result.candidates.map((n) => n.text)).toEqual(['7%', '20%']);
      expect(result.message).toContain('第1个“7%”');
      expect(result.message).toContain('第2个“20%”');
      expect(result.message).toContain('source.figure');
    }
  });

  it('accepts several candidates that say the same', () => {
    expect(matchQuoteFigure('评分从4.4回到了4.4', exact(4.4, 'score')).ok).toBe(true);
  });

  it('takes the number a marker names: its words or its position', () => {
    const quote = '商家的评分从4.4提到了4.58';
    expect(matchQuoteFigure(quote, exact(4.58, 'score'), { text: '4.58' })).toMatchObject({ ok: true, found: { text: '4.58' } });
    expect(matchQuoteFigure(quote, exact(4.58, 'score'), { position: 2 })).toMatchObject({ ok: true, found: { text: '4.58' } });
    expect(matchQuoteFigure(quote, exact(4.58, 'score'), { position: 1 })).toMatchObject({ ok: false, reason: 'mismatch' });
    // The marker may carry the words around the number.
    expect(matchQuoteFigure('由2021年年初的7%提升到年末的20%', exact(20, 'percent'), { text: '年末的20%' }).ok).toBe(true);
    // Positions count figures only: the date 2021年 is not one.
    expect(matchQuoteFigure('由2021年年初的7%提升到年末的20%', exact(7, 'percent'), { position: 1 }).ok).toBe(true);
  });

  it('explains a marker that does not work', () => {
    const quote = '商家的评分从4.4提到了4.58';
    expect(matchQuoteFigure(quote, exact(4.6, 'score'), { text: '4.6' })).toMatchObject({ ok: false, reason: 'notFound' });
    expect(matchQuoteFigure(quote, exact(4.4, 'score'), { text: '4.' })).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(matchQuoteFigure(quote, exact(4.4, 'score'), { text: '评分' })).toMatchObject({ ok: false, reason: 'notFound' });
    expect(matchQuoteFigure(quote, exact(4.4, 'score'), { text: '4.4提到了4.58' })).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(matchQuoteFigure(quote, exact(4.4, 'score'), { position: 3 })).toMatchObject({ ok: false, reason: 'notFound' });
    const unit = matchQuoteFigure('相比去年实现了2.5倍的增长', exact(2.5, 'percentChange'), { text: '2.5倍' });
    expect(unit).toMatchObject({ ok: false, reason: 'mismatch' });
    if (!unit.ok) expect(unit.message).toContain('倍');
  });
});

/* ------------------------------------------------------------------ */
/* The real content: every stated entry agrees with its quote.         */
/* ------------------------------------------------------------------ */

interface RawEntry {
  id: string;
  kind: string;
  value?: number;
  valueMax?: number;
  unit: ExpectedFigure['unit'];
  bound?: ExpectedFigure['bound'];
  source?: { quote: string; figure?: string };
}
interface RawDataset {
  entries: RawEntry[];
  milestones?: Array<{ id: string; date: string; end?: string; source: { quote: string } }>;
}

const root = join(import.meta.dirname, '..', '..', '..');
const names = readAllowedNumberWords(root).words;
const datasets = readdirSync(join(root, 'data'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, data: JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as RawDataset }));
const stated = datasets.flatMap(({ file, data }) =>
  data.entries
    .filter((e) => e.kind === 'stated' && e.source && e.value !== undefined)
    .map((e) => ({
      name: `${file} ${e.id}`,
      quote: e.source!.quote,
      figure: e.source!.figure,
      expected: { value: e.value!, valueMax: e.valueMax, unit: e.unit, bound: e.bound ?? 'exact' } satisfies ExpectedFigure,
    })),
);
const milestones = datasets.flatMap(({ file, data }) => (data.milestones ?? []).map((m) => ({ name: `${file} ${m.id}`, ...m })));

describe('the data agrees with its quotes', () => {
  it('has stated entries to check', () => {
    expect(stated.length).toBeGreaterThan(0);
  });

  it.each(stated)('$name: the quote holds the figure', ({ quote, figure, expected }) => {
    const read = readQuoteNumbers(quote, { names });
    expect(read.some((n) => figureMatches(expected, n)), JSON.stringify(read)).toBe(true);
    // A quote with several candidates names the entry's one in source.figure.
    const result = matchQuoteFigure(quote, expected, figure === undefined ? undefined : { text: figure }, { names });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
  });

  it.each(milestones)('$name: the quote is read, and gives the date', ({ source, date }) => {
    const dates = readQuoteNumbers(source.quote).filter((n) => n.kind === 'date');
    const [year, month, day] = date.split('-').map(Number);
    // The quote may leave out what the data knows from elsewhere (7.25 has no year), never contradict it.
    const agrees = dates.some(
      (n) =>
        (n.date?.year === undefined || n.date.year === year) &&
        (n.date?.month === undefined || n.date.month === month) &&
        (n.date?.day === undefined || day === undefined || n.date.day === day),
    );
    expect(agrees, JSON.stringify(dates)).toBe(true);
  });
});

describe('every sentence of the source texts reads cleanly', () => {
  const sources = readdirSync(join(root, 'content', 'sources')).filter((file) => file.endsWith('.txt'));
  const sentences = sources.flatMap((file) =>
    readFileSync(join(root, 'content', 'sources', file), 'utf8')
      .split(/(?<=[。!?;\n])/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => /[0-9０-９一二两三四五六七八九十百千万亿]/.test(sentence))
      .map((sentence) => ({ file, sentence })),
  );

  it('has sentences with numbers', () => {
    expect(sentences.length).toBeGreaterThan(0);
  });

  it.each(sentences)('$file: $sentence', ({ sentence }) => {
    const read = readQuoteNumbers(sentence);
    let previousEnd = 0;
    for (const n of read) {
      expect(sentence.slice(n.index, n.index + n.text.length)).toBe(n.text);
      expect(n.index).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = n.index + n.text.length;
      expect(Number.isFinite(n.value), n.text).toBe(true);
      if (n.valueMax !== undefined) expect(n.valueMax).toBeGreaterThanOrEqual(n.value);
    }
  });
});
