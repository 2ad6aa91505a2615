import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readAllowedNumberWords } from '../../../src/lib/check/readAllowedNumberWords.ts';
import { readQuoteNumbers, type QuoteNumber } from '../../../src/lib/quote/readQuoteNumbers.ts';

/** The site's one list of number words that are names (818, 双11). */
const names = readAllowedNumberWords(join(import.meta.dirname, '..', '..', '..')).words;

const figures = (quote: string) => readQuoteNumbers(quote, { names }).filter((n) => n.kind === 'number');

/** What one figure should read as; `unit: undefined` means no unit id (a bare number). */
type Expected = Pick<QuoteNumber, 'value' | 'bound'> & { valueMax?: number; unit?: QuoteNumber['unit']; text?: string };

// Each phrase holds exactly one figure. Phrases in 「」 come from the source article.
const tricky: Array<[string, Expected]> = [
  // Arabic numbers with 万/亿/万亿/千/百
  ['销售总额1450万', { value: 14_500_000, unit: undefined, bound: 'exact', text: '1450万' }],
  ['单月结算GMV2.5亿', { value: 250_000_000, unit: undefined, bound: 'exact' }],
  ['产业带市场规模约为5.4万亿', { value: 5.4e12, unit: undefined, bound: 'about', text: '约为5.4万亿' }],
  ['当天GMV25万', { value: 250_000, unit: undefined, bound: 'exact' }],
  ['直播时长累计达3180万小时', { value: 31_800_000, unit: 'hours', bound: 'exact' }],
  ['短视频播放了832亿次', { value: 83_200_000_000, unit: 'plays', bound: 'exact' }],
  ['GMV破1百万', { value: 1_000_000, unit: undefined, bound: 'atLeast' }],
  ['一共3千家', { value: 3000, unit: 'merchants', bound: 'exact' }],
  ['GMV1000多万', { value: 10_000_000, unit: undefined, bound: 'atLeast' }],
  ['结算3.5万元', { value: 35_000, unit: 'yuan', bound: 'exact' }],
  // thousands separators and full-width forms
  ['成交1,450万元', { value: 14_500_000, unit: 'yuan', bound: 'exact', text: '1,450万元' }],
  ['成交12,345,678元', { value: 12_345_678, unit: 'yuan', bound: 'exact' }],
  ['占比４５％', { value: 45, unit: 'percent', bound: 'exact', text: '４５％' }],
  ['测出２～３款', { value: 2, valueMax: 3, unit: 'products', bound: 'exact' }],
  ['ＧＭＶ１．８亿', { value: 180_000_000, unit: undefined, bound: 'exact' }],
  // Chinese numerals
  ['实现一个亿的GMV', { value: 100_000_000, unit: undefined, bound: 'exact', text: '一个亿' }],
  ['两个亿', { value: 200_000_000, unit: undefined, bound: 'exact' }],
  ['两千家商家', { value: 2000, unit: 'merchants', bound: 'exact' }],
  ['二十八款', { value: 28, unit: 'products', bound: 'exact' }],
  ['一万五千人', { value: 15_000, unit: 'people', bound: 'exact' }],
  ['一千零五家', { value: 1005, unit: 'merchants', bound: 'exact' }],
  ['二点五亿', { value: 250_000_000, unit: undefined, bound: 'exact' }],
  ['单场GMV破百万', { value: 1_000_000, unit: undefined, bound: 'atLeast', text: '破百万' }],
  ['三千五百万', { value: 35_000_000, unit: undefined, bound: 'exact' }],
  // vague tails: 多, 余, +, 几 are lower bounds
  ['团队五十多人', { value: 50, unit: 'people', bound: 'atLeast' }],
  ['签约百余个新媒体达人', { value: 100, unit: 'people', bound: 'atLeast', text: '百余个' }],
  ['打造了30多个自媒体账号', { value: 30, unit: 'accounts', bound: 'atLeast', text: '30多个' }],
  ['合作商家700多家', { value: 700, unit: 'merchants', bound: 'atLeast' }],
  ['服务1300多家商家', { value: 1300, unit: 'merchants', bound: 'atLeast' }],
  ['我们团队50多个人', { value: 50, unit: 'people', bound: 'atLeast', text: '50多个人' }],
  ['十几家', { value: 10, unit: 'merchants', bound: 'atLeast' }],
  ['几十个主播', { value: 10, unit: 'people', bound: 'atLeast' }],
  ['一百多万', { value: 1_000_000, unit: undefined, bound: 'atLeast' }],
  ['1万多人', { value: 10_000, unit: 'people', bound: 'atLeast' }],
  ['引流1.5万+', { value: 15_000, unit: undefined, bound: 'atLeast', text: '1.5万+' }],
  ['自有账号30+', { value: 30, unit: undefined, bound: 'atLeast' }],
  ['签约达人100+', { value: 100, unit: undefined, bound: 'atLeast' }],
  ['引流直播间1.5万人以上', { value: 15_000, unit: 'people', bound: 'atLeast', text: '1.5万人以上' }],
  ['上百家', { value: 100, unit: 'merchants', bound: 'atLeast', text: '上百家' }],
  ['两倍多', { value: 2, unit: 'multiple', bound: 'atLeast' }],
  // words before a number
  ['8.14单日销售总额突破1450万', { value: 14_500_000, unit: undefined, bound: 'atLeast', text: '突破1450万' }],
  ['超过100家', { value: 100, unit: 'merchants', bound: 'atLeast' }],
  ['观看人数超4万', { value: 40_000, unit: undefined, bound: 'atLeast', text: '超4万' }],
  ['逾千家', { value: 1000, unit: 'merchants', bound: 'atLeast' }],
  ['超过了1万', { value: 10_000, unit: undefined, bound: 'atLeast', text: '超过了1万' }],
  ['大约5000人', { value: 5000, unit: 'people', bound: 'about' }],
  ['约5000人', { value: 5000, unit: 'people', bound: 'about' }],
  ['5000人左右', { value: 5000, unit: 'people', bound: 'about', text: '5000人左右' }],
  ['近似2倍', { value: 2, unit: 'multiple', bound: 'about' }],
  ['近30天', { value: 30, unit: 'days', bound: 'atMost' }],
  ['将近两倍', { value: 2, unit: 'multiple', bound: 'atMost' }],
  ['不到1万', { value: 10_000, unit: undefined, bound: 'atMost' }],
  ['不足百家', { value: 100, unit: 'merchants', bound: 'atMost' }],
  ['最近30天', { value: 30, unit: 'days', bound: 'exact', text: '30天' }],
  // percentages, points, multiples
  ['单日GMV环比上月增长126%', { value: 126, unit: 'percent', bound: 'exact' }],
  ['比6月份增长61.23%', { value: 61.23, unit: 'percent', bound: 'exact' }],
  ['百分之五十', { value: 50, unit: 'percent', bound: 'exact' }],
  ['提升了3个百分点', { value: 3, unit: 'points', bound: 'exact', text: '3个百分点' }],
  ['高出0.5百分点', { value: 0.5, unit: 'points', bound: 'exact' }],
  ['同比下降5%', { value: -5, unit: 'percent', bound: 'exact' }],
  ['相比去年实现了2.5倍的增长', { value: 2.5, unit: 'multiple', bound: 'exact' }],
  ['是7月同期峰值的两倍', { value: 2, unit: 'multiple', bound: 'exact', text: '两倍' }],
  ['销量翻番', { value: 2, unit: 'multiple', bound: 'exact', text: '翻番' }],
  ['GMV翻倍', { value: 2, unit: 'multiple', bound: 'exact' }],
  ['翻了一番', { value: 2, unit: 'multiple', bound: 'exact' }],
  ['翻两番', { value: 4, unit: 'multiple', bound: 'exact' }],
  // ranges
  ['找到2~3款有深度库存爆款', { value: 2, valueMax: 3, unit: 'products', bound: 'exact', text: '2~3款' }],
  ['2-3款', { value: 2, valueMax: 3, unit: 'products', bound: 'exact' }],
  ['每天上50~100款', { value: 50, valueMax: 100, unit: 'products', bound: 'exact', text: '50~100款' }],
  ['50到100家', { value: 50, valueMax: 100, unit: 'merchants', bound: 'exact' }],
  ['2至3天', { value: 2, valueMax: 3, unit: 'days', bound: 'exact' }],
  ['1~2万', { value: 10_000, valueMax: 20_000, unit: undefined, bound: 'exact' }],
  ['1万~2万', { value: 10_000, valueMax: 20_000, unit: undefined, bound: 'exact' }],
  ['两三款', { value: 2, valueMax: 3, unit: 'products', bound: 'exact' }],
  ['三到五家', { value: 3, valueMax: 5, unit: 'merchants', bound: 'exact' }],
  ['一到两万人', { value: 10_000, valueMax: 20_000, unit: 'people', bound: 'exact' }],
  ['5000-2万', { value: 5000, valueMax: 20_000, unit: undefined, bound: 'exact' }],
  ['2.5-3.5倍', { value: 2.5, valueMax: 3.5, unit: 'multiple', bound: 'exact' }],
  // units
  ['评分下降到4.4', { value: 4.4, unit: undefined, bound: 'exact' }],
  ['评分4.4分', { value: 4.4, unit: 'score', bound: 'exact' }],
  ['直播60个小时', { value: 60, unit: 'hours', bound: 'exact', text: '60个小时' }],
  ['7个账号同时开播', { value: 7, unit: 'accounts', bound: 'exact', text: '7个账号' }],
  ['服务商家165家', { value: 165, unit: 'merchants', bound: 'exact' }],
  ['(7.25-8.23的30天)', { value: 30, unit: 'days', bound: 'exact', text: '30天' }],
  ['观看2万人次', { value: 20_000, unit: 'visits', bound: 'exact' }],
  ['3件', { value: 3, unit: 'pieces', bound: 'exact' }],
  ['成交5000单', { value: 5000, unit: 'orders', bound: 'exact' }],
  ['开了3间门店', { value: 3, unit: 'rooms', bound: 'exact' }],
  ['60分钟', { value: 60, unit: undefined, bound: 'exact', text: '60分钟' }],
  ['一年多', { value: 1, unit: undefined, bound: 'atLeast' }],
  ['超三成商家', { value: 30, unit: 'percent', bound: 'atLeast', text: '超三成' }],
  ['1.5万UV', { value: 15_000, unit: undefined, bound: 'exact', text: '1.5万' }],
  // ranks
  ['做到了男装全国前10的账号', { value: 10, unit: 'rank', bound: 'exact', text: '前10' }],
  ['第3名', { value: 3, unit: 'rank', bound: 'exact', text: '第3名' }],
  ['排名第3', { value: 3, unit: 'rank', bound: 'exact', text: '第3' }],
  ['TOP10', { value: 10, unit: 'rank', bound: 'exact', text: 'TOP10' }],
  ['前10名', { value: 10, unit: 'rank', bound: 'exact' }],
];

describe('readQuoteNumbers: tricky phrases', () => {
  it('has a table worth the name', () => {
    expect(tricky.length).toBeGreaterThanOrEqual(40);
  });

  it.each(tricky)('%s', (phrase, expected) => {
    const read = figures(phrase);
    expect(read, JSON.stringify(readQuoteNumbers(phrase, { names }))).toHaveLength(1);
    const [n] = read as [QuoteNumber];
    expect(n.value).toBeCloseTo(expected.value, 9);
    expect(n.valueMax).toBe(expected.valueMax);
    expect(n.unit).toBe(expected.unit);
    expect(n.bound).toBe(expected.bound);
    if (expected.text !== undefined) expect(n.text).toBe(expected.text);
    expect(phrase.slice(n.index, n.index + n.text.length)).toBe(n.text);
  });

  it('keeps exact values for scaled decimals (no float drift)', () => {
    expect(figures('5.4万亿')[0]?.value).toBe(5_400_000_000_000);
    expect(figures('0.07亿')[0]?.value).toBe(7_000_000);
    expect(figures('1.15万')[0]?.value).toBe(11_500);
  });

  it('records the place of the last printed digit', () => {
    expect(figures('1450万')[0]?.precision).toBe(10_000);
    expect(figures('61.23%')[0]?.precision).toBe(0.01);
    expect(figures('2.5亿')[0]?.precision).toBe(10_000_000);
    expect(figures('一个亿')[0]?.precision).toBeUndefined();
  });
});

/** Numbers that are not figures: each phrase reads as these kinds and no figure. */
const notFigures: Array<[string, Array<Partial<QuoteNumber>>]> = [
  ['2021年7月开始布局', [{ kind: 'date', text: '2021年7月', date: { year: 2021, month: 7 } }]],
  ['8月14日', [{ kind: 'date', date: { month: 8, day: 14 } }]],
  ['7.25-8.23的', [{ kind: 'date', text: '7.25-8.23', date: { month: 7, day: 25 }, dateEnd: { month: 8, day: 23 } }]],
  ['8.14单日', [{ kind: 'date', text: '8.14', date: { month: 8, day: 14 } }]],
  ['8月6日到18日', [{ kind: 'date', date: { month: 8, day: 6 }, dateEnd: { month: 8, day: 18 } }]],
  ['2022年7月25日–8月23日', [{ kind: 'date', date: { year: 2022, month: 7, day: 25 }, dateEnd: { year: 2022, month: 8, day: 23 } }]],
  ['2020年10月底', [{ kind: 'date', text: '2020年10月底', date: { year: 2020, month: 10 } }]],
  ['7月22号起号', [{ kind: 'date', date: { month: 7, day: 22 } }]],
  ['环比7月份增长', [{ kind: 'date', text: '7月份', date: { month: 7 } }]],
  ['7-8月', [{ kind: 'date', date: { month: 7 }, dateEnd: { month: 8 } }]],
  ['2022-08-14', [{ kind: 'date', date: { year: 2022, month: 8, day: 14 } }]],
  ['创立于2013年', [{ kind: 'date', unit: 'year', value: 2013, date: { year: 2013 } }]],
  ['二〇二二年', [{ kind: 'date', unit: 'year', value: 2022 }]],
  ['《2022抖音电商服务商生态年鉴》', [{ kind: 'date', unit: 'year', value: 2022 }]],
  ['818期间', [{ kind: 'name', text: '818' }]],
  ['从双11到618再到818', [{ kind: 'name', text: '双11' }, { kind: 'name', text: '618' }, { kind: 'name', text: '818' }]],
  ['双十一', [{ kind: 'name', text: '双十一', value: 11 }]],
  ['3C品类', [{ kind: 'name', text: '3C' }]],
  ['5G手机', [{ kind: 'name', text: '5G' }]],
  ['iPhone14', [{ kind: 'name', text: '14' }]],
  ['2021-2022年', [{ kind: 'date', date: { year: 2021 }, dateEnd: { year: 2022 } }]],
  ['第1批抖音电商服务商', [{ kind: 'ordinal', text: '第1批', value: 1 }]],
  ['第2点是', [{ kind: 'ordinal', value: 2 }]],
  ['第一时间', [{ kind: 'ordinal', value: 1 }]],
  ['一手连接抖音电商', []],
  ['千川投流', []],
  ['巨量千川明星导师', []],
  ['百家争鸣', []],
  ['十分重要', []],
  ['四大场域', []],
  ['一枝独秀', []],
  ['双手欢迎', []],
];

describe('readQuoteNumbers: dates, names and ordinals are not figures', () => {
  it.each(notFigures)('%s', (phrase, expected) => {
    const read = readQuoteNumbers(phrase, { names });
    expect(read).toHaveLength(expected.length);
    expected.forEach((e, k) => expect(read[k]).toMatchObject(e));
    expect(read.filter((n) => n.kind === 'number')).toEqual([]);
  });

  it('reads 818 as a figure when a unit follows', () => {
    expect(figures('售价818元')).toMatchObject([{ value: 818, unit: 'yuan' }]);
  });

  it('takes the list of names from the caller', () => {
    expect(readQuoteNumbers('双11', { names: [] })).toMatchObject([{ kind: 'number', text: '11', value: 11 }]);
    expect(readQuoteNumbers('520活动', { names: ['520'] })).toMatchObject([{ kind: 'name' }]);
    expect(readQuoteNumbers('520活动', { names: [] })).toMatchObject([{ kind: 'number', value: 520 }]);
  });
});

describe('readQuoteNumbers: whole sentences', () => {
  it('reads every number in reading order, with its offset', () => {
    const quote = '乐栩传媒在818活动期间(7.25-8.23的30天)内成交金额环比7月份增长40.15%,比6月份增长61.23%,8.14单日销售总额突破1450万';
    const read = readQuoteNumbers(quote, { names });
    expect(read.map((n) => [n.kind, n.text])).toEqual([
      ['name', '818'],
      ['date', '7.25-8.23'],
      ['number', '30天'],
      ['date', '7月份'],
      ['number', '40.15%'],
      ['date', '6月份'],
      ['number', '61.23%'],
      ['date', '8.14'],
      ['number', '突破1450万'],
    ]);
    for (const n of read) expect(quote.slice(n.index, n.index + n.text.length)).toBe(n.text);
  });

  it('keeps two figures of one sentence apart', () => {
    expect(figures('商家的评分从4.4提到了4.58').map((n) => n.value)).toEqual([4.4, 4.58]);
    expect(figures('由2021年年初的7%提升到年末的20%').map((n) => n.value)).toEqual([7, 20]);
    expect(figures('最终818当周,雪姐姐通讯GMV破百万,当天GMV25万,观看人数超4万').map((n) => n.text)).toEqual([
      '破百万',
      '25万',
      '超4万',
    ]);
    expect(figures('我们团队50多个人,服务1300多家商家').map((n) => [n.value, n.unit])).toEqual([
      [50, 'people'],
      [1300, 'merchants'],
    ]);
  });

  it('does not take a bound word from inside another word', () => {
    expect(figures('签约百余个新媒体达人')[0]?.text).toBe('百余个');
    expect(figures('打破100万')[0]?.bound).toBe('exact');
  });

  it('reads nothing from an empty or number-free quote', () => {
    expect(readQuoteNumbers('')).toEqual([]);
    expect(readQuoteNumbers('抖音电商是“肥沃土壤”')).toEqual([]);
  });
});
