/**
 * Compares a dataset entry with the number its quote states: the value, the
 * upper end of a range, the unit and the bound. Pure.
 *
 * The quote's numbers are read by `readQuoteNumbers`; those the entry's unit
 * could be written as are the candidates (a percentage for percent and
 * percentChange; a bare number for money, scores and counts, since reporting
 * writes “GMV2.5亿” and “观看人数超4万” with no unit word). Then:
 * - a `pick` (the exact words, or a 1-based position among the quote's
 *   figures) says which number the entry takes, and that one is compared;
 * - with no pick, one candidate (or several that all say the same) is
 *   compared; candidates that say different things are `ambiguous` even when
 *   one of them matches, because the check cannot tell which one the editor
 *   meant (“由年初的7%提升到年末的20%”: swapping 7 and 20 must not pass).
 */
import type { Bound, Unit } from '../../schemas/dataset.ts';
import { formatNumberCN } from '../format/formatNumberCN.ts';
import { readQuoteNumbers, type QuoteBound, type QuoteNumber, type ReadQuoteOptions } from './readQuoteNumbers.ts';

/** What an entry says about its figure. */
export interface ExpectedFigure {
  value: number;
  valueMax?: number | undefined;
  unit: Unit;
  bound: Bound | 'atMost';
}

/** Which number of the quote the entry takes: its exact words, or its position among the figures (from 1). */
export interface FigurePick {
  text?: string | undefined;
  position?: number | undefined;
}

export type QuoteFigureMatch =
  | { ok: true; found: QuoteNumber }
  | { ok: false; reason: 'notFound' | 'mismatch' | 'ambiguous'; candidates: QuoteNumber[]; message: string; differs?: FigureField };

/** The entry field a mismatch is about. */
export type FigureField = 'value' | 'unit' | 'bound';

/** Units a count can be written without (“观看人数超4万”), or with the bare classifier 个. */
const COUNTS: ReadonlySet<Unit> = new Set<Unit>(['merchants', 'accounts', 'people', 'products', 'plays', 'pieces', 'orders', 'rooms', 'count', 'visits']);

/** Whether a number read from a quote could be written for an entry of this unit. */
export function unitAccepts(unit: Unit, n: QuoteNumber): boolean {
  if (unit === 'year') return n.kind === 'date' && n.unit === 'year';
  if (n.kind !== 'number') return false;
  if (unit === 'percent' || unit === 'percentChange') return n.unit === 'percent';
  const bare = n.unitText === undefined;
  if (unit === 'yuan' || unit === 'score') return n.unit === unit || bare;
  if (unit === 'index') return bare;
  if (COUNTS.has(unit)) return n.unit === unit || bare || (n.unitText === '个' && n.unit === undefined);
  return n.unit === unit; // multiple, hours, days, points, rank need their word
}

/**
 * Equal within float noise, or within rounding of the quote's last printed
 * Arabic digit (61.23% stands for 61.225–61.235). Chinese numerals (一个亿)
 * carry no printed precision, so they must match exactly.
 */
export function sameValue(entry: number, quoted: number, precision?: number): boolean {
  const diff = Math.abs(entry - quoted);
  if (diff <= 1e-9 * Math.max(Math.abs(entry), Math.abs(quoted))) return true;
  return precision !== undefined && diff <= (precision / 2) * (1 + 1e-9);
}

/** Whether a number read from the quote says what the entry says. */
export function figureMatches(expected: ExpectedFigure, n: QuoteNumber): boolean {
  if (!unitAccepts(expected.unit, n) || n.bound !== expected.bound) return false;
  if (!sameValue(expected.value, n.value, n.precision)) return false;
  if (expected.valueMax === undefined || n.valueMax === undefined) return expected.valueMax === n.valueMax;
  return sameValue(expected.valueMax, n.valueMax, n.precision);
}

export function matchQuoteFigure(
  quote: string,
  expected: ExpectedFigure,
  pick?: FigurePick,
  options?: ReadQuoteOptions,
): QuoteFigureMatch {
  const read = readQuoteNumbers(quote, options);
  const figures = read.filter((n) => n.kind === 'number');
  const pool = expected.unit === 'year' ? read.filter((n) => n.kind === 'number' || n.kind === 'date') : figures;
  const describe = (n: QuoteNumber) => describeRead(n, figures);

  if (pick && (pick.text !== undefined || pick.position !== undefined)) {
    const picked = pickNumber(quote, pool, figures, pick);
    if (!picked.ok) return { ok: false, reason: picked.reason, candidates: picked.candidates, message: picked.message };
    return compare(expected, picked.found, [picked.found]);
  }

  const candidates = pool.filter((n) => unitAccepts(expected.unit, n));
  if (candidates.length === 0) {
    const seen = figures.length ? figures.map(describe).join('、') : '无 / none';
    return {
      ok: false,
      reason: 'notFound',
      candidates: [],
      message:
        `引文里没有读到${unitNames[expected.unit].zh}的数字(读到的数字:${seen})` +
        ` / no ${unitNames[expected.unit].en} figure in the quote`,
    };
  }
  const distinct = new Set(candidates.map((n) => `${n.value}|${n.valueMax}|${n.bound}`));
  if (distinct.size > 1) {
    const matching = candidates.filter((n) => figureMatches(expected, n));
    const hint = matching.length ? `,其中与数据相符的是${matching.map((n) => `“${n.text}”`).join('、')}` : '';
    return {
      ok: false,
      reason: 'ambiguous',
      candidates,
      message:
        `引文里有 ${candidates.length} 个可能的数字:${candidates.map(describe).join('、')}${hint};` +
        `请在 source.figure 写出数据取的那个数字的原文(如 "figure": "${(matching[0] ?? candidates[0])!.text}")` +
        ` / the quote holds ${candidates.length} candidate figures (${candidates.map((n) => n.text).join(', ')});` +
        ` name the one the entry takes in source.figure`,
    };
  }
  return compare(expected, candidates[0]!, candidates);
}

/* ------------------------------------------------------------------ */

type Picked = { ok: true; found: QuoteNumber } | { ok: false; reason: 'notFound' | 'ambiguous'; candidates: QuoteNumber[]; message: string };

function pickNumber(quote: string, pool: QuoteNumber[], figures: QuoteNumber[], pick: FigurePick): Picked {
  if (pick.position !== undefined) {
    const found = figures[pick.position - 1];
    if (found) return { ok: true, found };
    return {
      ok: false,
      reason: 'notFound',
      candidates: figures,
      message:
        `标记的序号 ${pick.position} 超出了引文里的数字个数(${figures.length} 个)` +
        ` / position ${pick.position} is past the quote's ${figures.length} figures`,
    };
  }
  const text = pick.text ?? '';
  const at = occurrences(quote, text);
  if (at.length !== 1) {
    return {
      ok: false,
      reason: at.length ? 'ambiguous' : 'notFound',
      candidates: [],
      message: at.length
        ? `标记“${text}”在引文里出现了 ${at.length} 次,请写长一些 / the marker “${text}” occurs ${at.length} times in the quote; make it longer`
        : `标记“${text}”不在引文里 / the marker “${text}” is not in the quote`,
    };
  }
  const from = at[0]!;
  const to = from + text.length;
  const overlapping = pool.filter((n) => n.index < to && from < n.index + n.text.length);
  if (overlapping.length === 1) return { ok: true, found: overlapping[0]! };
  return {
    ok: false,
    reason: overlapping.length ? 'ambiguous' : 'notFound',
    candidates: overlapping,
    message: overlapping.length
      ? `标记“${text}”跨了 ${overlapping.length} 个数字,请只写一个 / the marker “${text}” spans ${overlapping.length} numbers`
      : `标记“${text}”处没有读到数字 / no figure read at the marker “${text}”`,
  };
}

function occurrences(text: string, word: string): number[] {
  const at: number[] = [];
  if (!word) return at;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) at.push(i);
  return at;
}

function compare(expected: ExpectedFigure, n: QuoteNumber, candidates: QuoteNumber[]): QuoteFigureMatch {
  if (figureMatches(expected, n)) return { ok: true, found: n };
  const mismatch = (message: string, differs: FigureField): QuoteFigureMatch => ({ ok: false, reason: 'mismatch', candidates, message, differs });
  if (!unitAccepts(expected.unit, n)) {
    const what = n.unitText ?? n.kind;
    return mismatch(
      `引文标记的“${n.text}”单位是“${what}”,数据的单位是 ${expected.unit}(${unitNames[expected.unit].zh})` +
        ` / the marked words “${n.text}” are in “${what}”, the entry's unit is ${expected.unit}`,
      'unit',
    );
  }
  const valuesDiffer =
    !sameValue(expected.value, n.value, n.precision) ||
    expected.valueMax !== n.valueMax &&
      (expected.valueMax === undefined || n.valueMax === undefined || !sameValue(expected.valueMax, n.valueMax, n.precision));
  if (valuesDiffer) {
    return mismatch(
      `引文写的是“${n.text}”(${amountZh(n)}),数据填的是 ${amountZh(expected)}` +
        ` / quote says ${amountEn(n)}, value is ${amountEn(expected)}`,
      'value',
    );
  }
  return mismatch(
    `引文写的是“${n.text}”(${boundNames[n.bound].zh},${n.bound}),数据的 bound 是 ${expected.bound}(${boundNames[expected.bound].zh})` +
      ` / quote says ${boundNames[n.bound].en} (${n.bound}), the entry's bound is ${expected.bound}`,
    'bound',
  );
}

/* ---- wording ------------------------------------------------------- */

const unitNames: Record<Unit, { zh: string; en: string }> = {
  yuan: { zh: '金额(元)', en: 'money (yuan)' },
  percentChange: { zh: '增长率(%)', en: 'growth (%)' },
  percent: { zh: '百分比(%)', en: 'percentage' },
  multiple: { zh: '倍数', en: 'multiple' },
  hours: { zh: '小时数', en: 'hours' },
  plays: { zh: '次数', en: 'plays' },
  merchants: { zh: '商家数(家)', en: 'merchants' },
  accounts: { zh: '账号数(个)', en: 'accounts' },
  people: { zh: '人数', en: 'people' },
  products: { zh: '款数', en: 'products' },
  score: { zh: '评分', en: 'score' },
  index: { zh: '指数', en: 'index' },
  points: { zh: '百分点', en: 'percentage points' },
  rank: { zh: '名次', en: 'rank' },
  days: { zh: '天数', en: 'days' },
  year: { zh: '年份', en: 'year' },
  pieces: { zh: '件数', en: 'pieces' },
  orders: { zh: '单数', en: 'orders' },
  rooms: { zh: '间数', en: 'rooms' },
  count: { zh: '个数', en: 'count' },
  visits: { zh: '人次', en: 'visits' },
};

const boundNames: Record<QuoteBound, { zh: string; en: string; zhWord: string; enWord: string }> = {
  exact: { zh: '确数', en: 'an exact figure', zhWord: '', enWord: '' },
  about: { zh: '约数', en: 'an approximate figure', zhWord: '约 ', enWord: 'about ' },
  atLeast: { zh: '下限,至少', en: 'a lower bound', zhWord: '至少 ', enWord: 'at least ' },
  atMost: { zh: '上限,不到', en: 'an upper bound', zhWord: '不到 ', enWord: 'under ' },
};

/** 14500000 → “14500000(1450万)”: the number as the entry stores it, and as a reader says it. */
function plain(value: number): string {
  const cn = formatNumberCN(value, { maximumFractionDigits: 4 });
  return Math.abs(value) >= 1e4 ? `${value} 即 ${cn}` : String(value);
}

function amountZh(f: { value: number; valueMax?: number | undefined; bound: QuoteBound }): string {
  const range = f.valueMax === undefined ? plain(f.value) : `${plain(f.value)}~${plain(f.valueMax)}`;
  return `${boundNames[f.bound].zhWord}${range}`;
}

function amountEn(f: { value: number; valueMax?: number | undefined; bound: QuoteBound }): string {
  const range = f.valueMax === undefined ? String(f.value) : `${f.value}~${f.valueMax}`;
  return `${boundNames[f.bound].enWord}${range}`;
}

/** “第2个数字“20%”(20)”: how a candidate is named in a message, with its position for a marker. */
function describeRead(n: QuoteNumber, figures: QuoteNumber[]): string {
  const position = figures.indexOf(n);
  const where = position >= 0 ? `第${position + 1}个` : '';
  return `${where}“${n.text}”(${amountZh(n)})`;
}
