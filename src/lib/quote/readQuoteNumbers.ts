/**
 * Reads the figures in a Chinese quote the way Chinese business reporting
 * writes them: 突破1450万, 约5.4万亿, 2.5倍, 翻番, 一个亿, 百余个, 2~3款,
 * 1.5万人以上, ４５％ … Pure: a string in, a list of numbers out.
 *
 * How it works: one left-to-right scan. At each position a few small readers
 * are tried in order (a skipped idiom, a named number such as 818, a date, a
 * doubling word, 百分之…, then a figure). A figure is
 *
 *   [prefix word] amount [多|余|+] [~ amount] [unit] [suffix word]
 *
 * where the amount is Arabic (1,450 / 2.5 with 万/亿/万亿…) or Chinese
 * (两千, 一百多万, 一个亿). The prefix and suffix words set the bound
 * (突破 → atLeast, 约 → about, 不到 → atMost …), the unit word the unit.
 *
 * Decisions worth knowing (the tests pin each one):
 * - 多, 余, +, 几 after a number (30多, 百余, 1.5万+, 十几) all mean “at least
 *   the number written”: 十几 is `atLeast 10`, like 十多, not a range 11~19,
 *   so that one rule covers every vague tail and the value is what is written.
 *   A leading 几 (几十, 几百) is read the same way: 几十 = `atLeast 10`.
 * - Dates, ordinals and names are reported, with `kind` saying so, never as
 *   figures: 2021年7月, 8月14日, 7.25-8.23, 8.14单日 are `date`; 第1批 is
 *   `ordinal`; 818, 618, 双11 and digits glued to Latin letters (3C, 5G) are
 *   `name`. A caller that wants figures keeps `kind === 'number'`. A rank
 *   (第3名, 前10) is a figure with unit `rank`.
 * - A range keeps its lower end in `value` and its upper end in `valueMax`;
 *   a magnitude written only on the upper end applies to both (1~2万).
 * - Chinese numerals are read only where they clearly count something: with
 *   a unit or classifier after them (两倍, 一家), a magnitude and a second
 *   character (两千, 百万), a vague tail (百余) or a bound word (上百). So
 *   一手, 千川 and 四大场域 are not figures. A few idioms are skipped outright.
 */
import type { Unit } from '../../schemas/dataset.ts';

/** How exact a number is as the quote gives it. */
export type QuoteBound = 'exact' | 'about' | 'atLeast' | 'atMost';

/** `number` is a figure; the others are numbers that are not figures. */
export type QuoteNumberKind = 'number' | 'date' | 'ordinal' | 'name';

/** A calendar date to the precision the quote gives (7.25 has no year). */
export interface QuoteDate {
  year?: number;
  month?: number;
  day?: number;
}

/** One number read from a quote. */
export interface QuoteNumber {
  kind: QuoteNumberKind;
  /** The words read, as the quote writes them (“突破1450万”, “1.5万人以上”). */
  text: string;
  /** Offset of `text` in the quote. */
  index: number;
  /**
   * In the unit's base: 14500000 for 1450万, 61.23 for 61.23%. For a date, its
   * first component as written (2021 for 2021年7月, 7 for 7.25-8.23).
   */
  value: number;
  /** Upper end of a range (3 for 2~3款). */
  valueMax?: number;
  /** Unit id of the dataset schema, when the unit word names one. */
  unit?: Unit;
  /** The unit or classifier word as written (“个小时”, “家”, “个”), if any. */
  unitText?: string;
  bound: QuoteBound;
  /**
   * Place value of the last printed Arabic digit, in the unit's base
   * (10000 for 1450万, 0.01 for 61.23%); absent for Chinese numerals.
   */
  precision?: number;
  /** For `kind: 'date'`: the date, and the end of a date range. */
  date?: QuoteDate;
  dateEnd?: QuoteDate;
}

export interface ReadQuoteOptions {
  /**
   * Numbers that are names, not figures (818, 双11). The project keeps them in
   * `content/vocabularies/allowed-number-words.yaml`; none by default.
   */
  names?: readonly string[];
}

export function readQuoteNumbers(quote: string, options: ReadQuoteOptions = {}): QuoteNumber[] {
  const s = normalizeWidth(quote);
  const names = [...(options.names ?? [])].map(normalizeWidth).sort((a, b) => b.length - a.length);
  const found: QuoteNumber[] = [];
  let i = 0;
  // Prefix words (突破, 约, 第) may look back, but never into the previous number.
  let floor = 0;
  while (i < s.length) {
    const idiom = SKIPPED_IDIOMS.find((word) => s.startsWith(word, i));
    if (idiom) {
      i += idiom.length;
      continue;
    }
    const token = readName(s, i, names) ?? readDate(s, i) ?? readDoubling(s, i, floor) ?? readFigure(s, i, floor);
    if (!token) {
      i++;
      continue;
    }
    const { start, end, ...rest } = token;
    found.push({ text: quote.slice(start, end), index: start, ...rest });
    i = floor = end;
  }
  return found;
}

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

/**
 * Full-width digits and signs become ASCII, one character for one, so offsets
 * in the normalised text are offsets in the quote.
 */
function normalizeWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u301C\u2013\u2014\u2212]/g, (ch) => {
    if (ch === '\u301C') return '~'; // 〜
    if (ch === '\u2013' || ch === '\u2014' || ch === '\u2212') return '-'; // – — −
    const ascii = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    // Only the characters numbers are written with; ，（）stay Chinese punctuation.
    return /[0-9A-Za-z%+~.\-]/.test(ascii) ? ascii : ch;
  });
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** Magnitudes as powers of ten. */
const MAGNITUDES: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isCnDigit = (ch: string | undefined): boolean => ch !== undefined && ch in CN_DIGITS;
const isMagnitude = (ch: string | undefined): boolean => ch !== undefined && ch in MAGNITUDES;
const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);

/** Idioms and adverbs made of numerals that count nothing. */
const SKIPPED_IDIOMS = [
  '百家争鸣', '千家万户', '万人空巷', '千方百计', '百分百', '十分', '万分', '万一', '一一',
  '一次性', '千万不', '千万别', '千万要', '一分一秒', '一分钱', '亿万', '千千万万', '万千',
];

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

interface Token extends Omit<QuoteNumber, 'text' | 'index'> {
  start: number;
  end: number;
}

/** 818, 618, 双11 …: names of festivals, not figures, unless a unit follows (818元). */
function readName(s: string, i: number, names: readonly string[]): Token | undefined {
  if (isDigit(s[i - 1]) || s[i - 1] === '.') return undefined;
  for (const name of names) {
    if (!s.startsWith(name, i)) continue;
    const end = i + name.length;
    if (isDigit(s[end]) || s[end] === '.' || s[end] === '%' || isMagnitude(s[end]) || readUnit(s, end)?.unit) continue;
    return { kind: 'name', start: i, end, value: leadingNumber(name), bound: 'exact' };
  }
  return undefined;
}

/** The number inside a name: 11 in 双11 and in 双十一. */
function leadingNumber(name: string): number {
  const digits = /\d+/.exec(name);
  if (digits) return Number(digits[0]);
  const at = [...name].findIndex((ch) => isCnDigit(ch) || isMagnitude(ch));
  return (at >= 0 ? readChineseAmount(name, at)?.value : undefined) ?? NaN;
}

/* ---- dates --------------------------------------------------------- */

const YEAR_DATE = /(\d{4})年(?:(\d{1,2})月份?(?:(\d{1,2})[日号])?)?(?:年初|年底|年末|年中|上旬|中旬|下旬|初|底|末)?/y;
const MONTH_DATE = /(\d{1,2})月份?(?:(\d{1,2})[日号])?(?:上旬|中旬|下旬|初|底|末)?/y;
const MONTH_RANGE = /(\d{1,2})(?:到|至|-|~)(\d{1,2})月份?/y;
const DAY_DATE = /(\d{1,2})[日号]/y;
const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/y;
/** 7.25 is a date only beside another (7.25-8.23) or before a word for a day (8.14单日). */
const DOTTED_DATE = /(\d{1,2})\.(\d{2})(?!\d)/y;
const DAY_WORDS = ['单日', '当天', '当日', '当周', '当晚', '日', '号'];
const RANGE_SEPARATOR = /(?:到|至|-|~)/y;

function matchAt(pattern: RegExp, s: string, i: number): RegExpExecArray | null {
  pattern.lastIndex = i;
  return pattern.exec(s);
}

const validDate = (d: QuoteDate): boolean =>
  (d.month === undefined || (d.month >= 1 && d.month <= 12)) && (d.day === undefined || (d.day >= 1 && d.day <= 31));

/** One date (without a range) at i. */
function readOneDate(s: string, i: number, dotted: boolean): { date: QuoteDate; end: number } | undefined {
  const num = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const iso = matchAt(ISO_DATE, s, i);
  if (iso) return { date: { year: num(iso[1]), month: num(iso[2]), day: num(iso[3]) }, end: i + iso[0].length };
  const y = matchAt(YEAR_DATE, s, i);
  if (y) return { date: { year: num(y[1]), month: num(y[2]), day: num(y[3]) }, end: i + y[0].length };
  const m = matchAt(MONTH_DATE, s, i);
  if (m) return { date: { month: num(m[1]), day: num(m[2]) }, end: i + m[0].length };
  const d = matchAt(DAY_DATE, s, i);
  if (d) return { date: { day: num(d[1]) }, end: i + d[0].length };
  if (dotted) {
    const dot = matchAt(DOTTED_DATE, s, i);
    if (dot) return { date: { month: num(dot[1]), day: num(dot[2]) }, end: i + dot[0].length };
  }
  return undefined;
}

function readDate(s: string, i: number): Token | undefined {
  if (!isDigit(s[i]) || isDigit(s[i - 1])) return undefined;
  // 7-8月, 7到8月: a range of months written once.
  const months = matchAt(MONTH_RANGE, s, i);
  if (months) {
    const [from, to] = [Number(months[1]), Number(months[2])];
    if (validDate({ month: from }) && validDate({ month: to }) && from < to) {
      return dateToken(i, i + months[0].length, { month: from }, { month: to });
    }
  }
  const first = readOneDate(s, i, false);
  if (first) {
    if (!validDate(first.date)) return undefined;
    // 8月6日到18日, 2022年7月25日–8月23日: the end inherits what it leaves out.
    const sep = matchAt(RANGE_SEPARATOR, s, first.end);
    const second = sep ? readOneDate(s, first.end + sep[0].length, false) : undefined;
    if (second && validDate(second.date) && !followsAsFigure(s, second.end)) {
      return dateToken(i, second.end, first.date, { ...first.date, ...dropUndefined(second.date) });
    }
    return dateToken(i, first.end, first.date);
  }
  // Dotted dates: 7.25-8.23 as a range, 8.14 before 单日.
  const dot = readOneDate(s, i, true);
  if (!dot || !validDate(dot.date) || followsAsFigure(s, dot.end)) return undefined;
  const afterSep = matchAt(RANGE_SEPARATOR, s, dot.end);
  if (afterSep) {
    const second = matchAt(DOTTED_DATE, s, dot.end + afterSep[0].length);
    if (second) {
      const end = dot.end + afterSep[0].length + second[0].length;
      const date2 = { month: Number(second[1]), day: Number(second[2]) };
      if (validDate(date2) && !followsAsFigure(s, end)) return dateToken(i, end, dot.date, date2);
    }
  }
  if (DAY_WORDS.some((word) => s.startsWith(word, dot.end))) return dateToken(i, dot.end, dot.date);
  return undefined;
}

/** True when a unit or magnitude follows, so what looked like a date is a figure (7.25-8.23元). */
function followsAsFigure(s: string, end: number): boolean {
  return isDigit(s[end]) || s[end] === '%' || isMagnitude(s[end]) || readUnit(s, end)?.unit !== undefined;
}

function dropUndefined(d: QuoteDate): QuoteDate {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as QuoteDate;
}

function dateToken(start: number, end: number, date: QuoteDate, dateEnd?: QuoteDate): Token {
  const token: Token = {
    kind: 'date',
    start,
    end,
    value: date.year ?? date.month ?? date.day ?? NaN,
    bound: 'exact',
    date: dropUndefined(date),
  };
  if (date.year !== undefined && date.month === undefined) token.unit = 'year';
  if (dateEnd) token.dateEnd = dropUndefined(dateEnd);
  return token;
}

/* ---- 翻番, 翻倍 ---------------------------------------------------- */

/** 翻番 / 翻一番 = ×2, 翻两番 = ×4, 翻倍 = ×2: a multiple with no digit in it. */
function readDoubling(s: string, i: number, floor: number): Token | undefined {
  const m = matchAt(/翻了?(?:([一两二三四])番|番|(一)?倍)/y, s, i);
  if (!m) return undefined;
  const times = m[1] ? (CN_DIGITS[m[1]] ?? 1) : 1;
  const end = i + m[0].length;
  const prefix = readPrefix(s, i, floor);
  const suffix = readSuffixBound(s, end, '倍');
  return {
    kind: 'number',
    start: prefix.start,
    end: suffix.end,
    value: 2 ** times,
    unit: 'multiple',
    unitText: m[0],
    bound: combineBounds(prefix.bound, suffix.bound),
  };
}

/* ---- amounts ------------------------------------------------------- */

interface Amount {
  value: number;
  /** Upper end when the numerals themselves make a range (两三 = 2~3). */
  valueMax?: number;
  end: number;
  /** Power of ten of 万/亿/… written after the digits (4 for 1450万). */
  exponent: number;
  /** Place of the last printed digit; undefined for Chinese numerals. */
  precision?: number;
  /** 多, 余, 几 inside or after the numerals: a lower bound. */
  vague: boolean;
  chinese: boolean;
  /** How many characters the numerals take and whether a magnitude is among them (for Chinese). */
  length: number;
  hasMagnitude: boolean;
}

/** 多/余 is a vague tail unless it starts a word (多数, 多种, 余下). */
const VAGUE_TAIL = /(?:多(?![数种样为次少元彩方])|余(?![下额量]))/y;

/** 1450, 1,450, 2.5, then 万/亿/万亿/百万…, 多/余, 个亿. */
function readArabicAmount(s: string, i: number): Amount | undefined {
  const m = matchAt(/(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(\d+))?/y, s, i);
  if (!m) return undefined;
  const whole = (m[1] ?? '').replace(/,/g, '');
  const fraction = m[2] ?? '';
  let j = i + m[0].length;
  let vague = false;
  if (matchAt(VAGUE_TAIL, s, j) && (isMagnitude(s[j + 1]) || s.startsWith('个亿', j + 1))) {
    vague = true; // 30多万
    j++;
  }
  if (s.startsWith('个亿', j)) j++; // 1个亿
  let exponent = 0;
  // 百分点 and 百分之 are words, not 百.
  while (isMagnitude(s[j]) && !/^百分[点之]/.test(s.slice(j, j + 3))) {
    exponent += MAGNITUDES[s[j]!]!;
    j++;
  }
  const value = Number(`${whole}${fraction}e${exponent - fraction.length}`);
  return {
    value,
    end: j,
    exponent,
    precision: Number(`1e${exponent - fraction.length}`),
    vague,
    chinese: false,
    length: j - i,
    hasMagnitude: exponent > 0,
  };
}

/**
 * Chinese numerals: 两千, 二十八, 一百多万, 十几, 一个亿, 二点五, 两三.
 * The usual reading: 十/百/千 multiply the digit before them inside a section,
 * 万 and 亿 close a section and multiply everything before them.
 */
function readChineseAmount(s: string, i: number): Amount | undefined {
  const first = s[i];
  const leadingVague = first === '几' && isMagnitude(s[i + 1]);
  if (!isCnDigit(first) && !isMagnitude(first) && !leadingVague) return undefined;

  // Plain digits with no magnitude: 两三 (a range), 二〇二二 (digit by digit), 五.
  let j = i;
  while (isCnDigit(s[j])) j++;
  if (j > i && !isMagnitude(s[j]) && s[j] !== '点' && !s.startsWith('个亿', j)) {
    const digits = [...s.slice(i, j)].map((ch) => CN_DIGITS[ch]!);
    const [a, b] = digits;
    if (digits.length === 2 && a !== undefined && b === a + 1) {
      return { value: a, valueMax: b, end: j, exponent: 0, vague: false, chinese: true, length: 2, hasMagnitude: false };
    }
    return { value: Number(digits.join('')), end: j, exponent: 0, vague: false, chinese: true, length: j - i, hasMagnitude: false };
  }

  let total = 0; // closed by 亿
  let section = 0; // closed by 万
  let digit: number | undefined;
  let vague = leadingVague;
  let hasMagnitude = false;
  let lastWasMagnitude = false;
  j = leadingVague ? i + 1 : i;
  for (; j < s.length; j++) {
    const ch = s[j]!;
    if (isCnDigit(ch)) {
      // 三四十 and the like: two digits in a row end the number.
      if (digit !== undefined && digit !== 0 && CN_DIGITS[ch] !== 0) break;
      digit = CN_DIGITS[ch]!;
      lastWasMagnitude = false;
    } else if (ch === '点' && digit !== undefined && isCnDigit(s[j + 1])) {
      // 二点五(亿): a decimal; only digits follow the point.
      let k = j + 1;
      while (isCnDigit(s[k])) k++;
      const fraction = [...s.slice(j + 1, k)].map((c) => CN_DIGITS[c]).join('');
      section += Number(`${digit}.${fraction}`);
      digit = undefined;
      j = k - 1;
      lastWasMagnitude = false;
    } else if (ch === '个' && s[j + 1] === '亿' && digit !== undefined) {
      continue; // 一个亿
    } else if (isMagnitude(ch)) {
      const power = MAGNITUDES[ch]!;
      hasMagnitude = true;
      lastWasMagnitude = true;
      if (power < 4) {
        section += (digit ?? 1) * 10 ** power;
      } else if (power === 4) {
        section = (section + (digit ?? (section === 0 ? 1 : 0))) * 1e4;
      } else {
        total = (total + section + (digit ?? (total + section === 0 ? 1 : 0))) * 1e8;
        section = 0;
      }
      digit = undefined;
    } else if (lastWasMagnitude && (ch === '几' || matchAt(VAGUE_TAIL, s, j))) {
      // 五十多, 百余, 十几, 一百多万: the tail follows a magnitude.
      vague = true;
      lastWasMagnitude = false;
      if (!isMagnitude(s[j + 1])) {
        j++;
        break;
      }
    } else {
      break;
    }
  }
  const value = total + section + (digit ?? 0);
  if (j === i) return undefined;
  // 两万 ends in 万: in 一到两万 the 万 applies to both ends, as 1~2万 does.
  let exponent = 0;
  for (let k = j - 1; k > i && (s[k] === '万' || s[k] === '亿'); k--) exponent += MAGNITUDES[s[k]!]!;
  return { value, end: j, exponent, vague, chinese: true, length: j - i, hasMagnitude };
}

function readAmount(s: string, i: number): Amount | undefined {
  return isDigit(s[i]) ? readArabicAmount(s, i) : readChineseAmount(s, i);
}

/* ---- units --------------------------------------------------------- */

interface UnitMatch {
  unit?: Unit;
  text: string;
  end: number;
}

/** Unit words and the schema's unit ids. */
const UNIT_WORDS: ReadonlyArray<readonly [string, Unit | undefined]> = [
  ['个百分点', 'points'],
  ['百分点', 'points'],
  ['%', 'percent'],
  ['倍', 'multiple'],
  ['个小时', 'hours'],
  ['小时', 'hours'],
  ['人次', 'visits'],
  ['次', 'plays'],
  ['家', 'merchants'],
  ['人', 'people'],
  ['位', 'people'],
  ['名', 'people'], // 第3名 and 前10名 become ranks, see readFigure
  ['款', 'products'],
  ['件', 'pieces'],
  ['单', 'orders'],
  ['间', 'rooms'],
  ['分', 'score'],
  ['天', 'days'],
  ['元', 'yuan'],
  ['块钱', 'yuan'],
  ['块', 'yuan'],
  // Units the schema has no id for: read, so the number is not taken for a bare count.
  ['美元', undefined],
  ['分钟', undefined],
  ['个月', undefined],
  ['年', undefined], // a 4-digit year becomes a date, see readFigure
  ['周', undefined],
  ['场', undefined],
  ['项', undefined],
  ['种', undefined],
  ['批', undefined],
  ['条', undefined],
  ['届', undefined],
];

/** 分钟 before 分, 块钱 before 块: at one position the longest word wins. */
const UNIT_WORDS_LONGEST_FIRST = [...UNIT_WORDS].sort((a, b) => b[0].length - a[0].length);

/** Words after which 分, 天, 人 … are the start of another word, not a unit (分钟 is listed above). */
const NOT_A_UNIT = /^(?:分[之钱享析别类配布成销期散支级公店]|天[猫下]|人[气群货]|次[日年月]|元[旦素]|名[字单]|家[居电庭族]|场[观景]|单[日场月周品价个独一纯笔]|间[隔断])/;

/** What the classifier 个 counts, found in the next few words: 30多个自媒体账号 → accounts. */
const COUNTED_NOUNS: ReadonlyArray<readonly [string, Unit]> = [
  ['账号', 'accounts'],
  ['店铺', 'accounts'],
  ['直播间', 'accounts'],
  ['号', 'accounts'],
  ['店', 'accounts'],
  ['达人', 'people'],
  ['主播', 'people'],
  ['员工', 'people'],
  ['博主', 'people'],
  ['人', 'people'],
  ['商家', 'merchants'],
  ['商户', 'merchants'],
  ['品牌', 'merchants'],
  ['企业', 'merchants'],
  ['服务商', 'merchants'],
  ['商品', 'products'],
  ['单品', 'products'],
  ['SKU', 'products'],
  ['sku', 'products'],
];

function readUnit(s: string, i: number): UnitMatch | undefined {
  if (s.startsWith('个', i)) {
    for (const [word, unit] of UNIT_WORDS) {
      if (word.startsWith('个') && s.startsWith(word, i)) return { unit, text: word, end: i + word.length };
    }
    // 个 alone is a classifier; the noun a few characters on says what it counts.
    for (let k = i + 1; k < Math.min(s.length, i + 8); k++) {
      if (/[\s,.;:!?，。、；：！？（）()《》“”"'0-9]/.test(s[k]!)) break;
      const noun = COUNTED_NOUNS.find(([word]) => s.startsWith(word, k));
      if (noun) {
        const adjacent = k === i + 1;
        return { unit: noun[1], text: adjacent ? `个${noun[0]}` : '个', end: adjacent ? k + noun[0].length : i + 1 };
      }
    }
    return { unit: undefined, text: '个', end: i + 1 };
  }
  if (NOT_A_UNIT.test(s.slice(i, i + 2))) return undefined;
  for (const [word, unit] of UNIT_WORDS_LONGEST_FIRST) {
    if (s.startsWith(word, i)) return { unit, text: word, end: i + word.length };
  }
  return undefined;
}

/* ---- bounds -------------------------------------------------------- */

/** Words before a number, longest first. 不超过 must be tried before 超过. */
const PREFIX_BOUNDS: ReadonlyArray<readonly [string, QuoteBound]> = [
  ['不超过', 'atMost'],
  ['突破', 'atLeast'],
  ['超过', 'atLeast'],
  ['超出', 'atLeast'],
  ['高于', 'atLeast'],
  ['多于', 'atLeast'],
  ['大约', 'about'],
  ['约为', 'about'],
  ['约合', 'about'],
  ['大概', 'about'],
  ['近似', 'about'],
  ['将近', 'atMost'],
  ['接近', 'atMost'],
  ['不到', 'atMost'],
  ['不足', 'atMost'],
  ['低于', 'atMost'],
  ['少于', 'atMost'],
  ['超', 'atLeast'],
  ['逾', 'atLeast'],
  ['破', 'atLeast'],
  ['约', 'about'],
  ['近', 'atMost'],
];
/** Words that end in a bound word but set no bound: 签约百余个 is not 约百余个. */
const NOT_A_PREFIX = [
  '签约', '合约', '预约', '节约', '制约', '邀约', '公约', '履约', '特约', '违约', '相约',
  '最近', '附近', '临近', '靠近', '就近', '亲近',
  '打破', '冲破', '赶超', '高超',
];

/** Words after a number or its unit. 多 after a unit only where it cannot start a word (两倍多). */
const SUFFIX_BOUNDS: ReadonlyArray<readonly [string, QuoteBound]> = [
  ['以上', 'atLeast'],
  ['之多', 'atLeast'],
  ['+', 'atLeast'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['以下', 'atMost'],
  ['以内', 'atMost'],
];

/** Decline words that make a percentage negative: 下降5% is −5. */
const DECLINE_WORDS = ['下降', '下滑', '下跌', '减少', '降低', '缩水'];

interface Prefix {
  /** Where the words read start, prefix included. */
  start: number;
  bound: QuoteBound;
  /** 第 before the number: an ordinal (第1批), or a rank after 排名 or before 名. */
  ordinal: boolean;
  /** 排名第3, 位列第3: a rank even with no 名. */
  ranked: boolean;
  /** 前 or TOP before the number: a rank if no other unit follows (前10, but 前一天 is a day). */
  top: boolean;
  /** 下降, 减少 … before a percentage: a negative change. */
  decline: boolean;
}

function readPrefix(s: string, i: number, floor: number): Prefix {
  const prefix: Prefix = { start: i, bound: 'exact', ordinal: false, ranked: false, top: false, decline: false };
  const before = (word: string, at: number) => at - word.length >= floor && s.startsWith(word, at - word.length);
  if (before('第', i)) {
    const ranked = ['排名', '排行', '位列', '位居', '排'].some((word) => before(word, i - 1));
    return { ...prefix, start: i - 1, ordinal: true, ranked };
  }
  if (before('前', i)) return { ...prefix, start: i - 1, top: true };
  if (i - 3 >= floor && /^top$/i.test(s.slice(i - 3, i))) return { ...prefix, start: i - 3, top: true };
  // 上百家 = at least 100 merchants; 上 before digits is the verb (每天上50款).
  if (before('上', i) && isMagnitude(s[i])) return { ...prefix, start: i - 1, bound: 'atLeast' };
  // 超过了1万: a 了 may stand between the word and the number.
  const at = before('了', i) ? i - 1 : i;
  if (!NOT_A_PREFIX.some((word) => before(word, at))) {
    for (const [word, bound] of PREFIX_BOUNDS) {
      if (before(word, at)) return { ...prefix, start: at - word.length, bound };
    }
  }
  if (DECLINE_WORDS.some((word) => before(word, at))) prefix.decline = true;
  return prefix;
}

/** Units after which 多 is a vague tail (两倍多, 一年多), not the start of a word (家多为, 人多). */
const MORE_AFTER = new Set(['倍', '小时', '个小时', '天', '年', '个月', '周']);

function readSuffixBound(s: string, i: number, unitText: string | undefined): { bound: QuoteBound; end: number } {
  for (const [word, bound] of SUFFIX_BOUNDS) {
    if (s.startsWith(word, i)) return { bound, end: i + word.length };
  }
  if (unitText !== undefined && MORE_AFTER.has(unitText) && matchAt(VAGUE_TAIL, s, i)) return { bound: 'atLeast', end: i + 1 };
  return { bound: 'exact', end: i };
}

/** The first word that sets a bound wins; both rarely differ (约1万左右). */
function combineBounds(...bounds: QuoteBound[]): QuoteBound {
  return bounds.find((b) => b !== 'exact') ?? 'exact';
}

/* ---- figures ------------------------------------------------------- */

/** 百分之五十, 百分之30: a percentage written in words. */
function readPercentWords(s: string, i: number): { amount: Amount; start: number } | undefined {
  if (!s.startsWith('百分之', i)) return undefined;
  const amount = readAmount(s, i + 3);
  return amount ? { amount, start: i } : undefined;
}

function readFigure(s: string, i: number, floor: number): Token | undefined {
  const percentWords = readPercentWords(s, i);
  const left = percentWords?.amount ?? readAmount(s, i);
  if (!left) return undefined;

  // Digits glued to Latin letters are names of things (3C, 5G, 111.jpg).
  if (!left.chinese && !left.hasMagnitude && (isLatin(s[left.end]) || (s[left.end] === '.' && isLatin(s[left.end + 1])))) {
    let end = left.end;
    while (isLatin(s[end]) || s[end] === '.') end++;
    return { kind: 'name', start: i, end, value: left.value, bound: 'exact' };
  }

  let end = left.end;
  let vague = left.vague;
  if (matchAt(VAGUE_TAIL, s, end) && !left.chinese) {
    vague = true; // 700多家, 100余个
    end++;
  }
  let plus = false;
  if (s[end] === '+') {
    plus = true; // 30+, 1.5万+
    end++;
  }

  // A range: 2~3款, 50到100, 1~2万 (the magnitude on the right applies to both ends).
  let value = left.value;
  let valueMax = left.valueMax;
  let precision = left.precision;
  const sep = !vague && !plus ? matchAt(RANGE_SEPARATOR, s, end) : null;
  const right = sep ? readAmount(s, end + sep[0].length) : undefined;
  if (sep && right && right.value > 0) {
    let low = left.value;
    if (left.exponent === 0 && right.exponent > 0 && left.value * 10 ** right.exponent <= right.value) {
      low = Number(`${left.value}e${right.exponent}`);
    }
    if (low <= right.value) {
      value = low;
      valueMax = right.value;
      end = right.end;
      vague = right.vague;
      if (left.precision !== undefined && right.precision !== undefined) {
        precision = Math.min(left.precision * 10 ** (low === left.value ? 0 : right.exponent), right.precision);
      }
    }
  }

  // 六月, 十二月: a month written in Chinese numerals is a date, like 6月.
  if (left.chinese && !percentWords && valueMax === undefined && !vague && s[end] === '月' && Number.isInteger(value) && value >= 1 && value <= 12) {
    return dateToken(i, end + 1, { month: value });
  }

  // 两成, 三成: tenths, read as a percentage; only after a lone Chinese digit (成交, 完成 follow numbers too).
  const tenths = left.chinese && !left.hasMagnitude && left.length === 1 && valueMax === undefined && s[end] === '成';
  if (tenths) value *= 10;
  const unitMatch = percentWords
    ? { unit: 'percent' as const, text: '百分之', end }
    : tenths
      ? { unit: 'percent' as const, text: '成', end: end + 1 }
      : readUnit(s, end);
  if (unitMatch) end = unitMatch.end;
  let unit = unitMatch?.unit;
  const suffix = readSuffixBound(s, end, unitMatch?.text);
  end = suffix.end;
  const start = percentWords?.start ?? i;
  const prefix = readPrefix(s, start, floor);

  const bound = combineBounds(prefix.bound, vague || plus ? 'atLeast' : 'exact', suffix.bound);

  // Chinese numerals count something only in a figure's company (see the header).
  if (left.chinese && !percentWords) {
    const counts =
      unitMatch !== undefined || (left.hasMagnitude && left.length >= 2) || vague || prefix.bound !== 'exact' || prefix.ordinal;
    if (!counts) return undefined;
    // 十分 is an adverb, 九十分 a score: with 分, a single numeral is not a score.
    if (unit === 'score' && left.length < 2) return undefined;
  }

  // 第1批 is an ordinal; 第3名, 排名第3, 前10 and TOP10 are ranks; 前一天 is one day.
  let textStart = prefix.start;
  if (prefix.ordinal && unitMatch?.text !== '名' && !prefix.ranked) {
    const ordinal: Token = { kind: 'ordinal', start: prefix.start, end, value, bound: 'exact' };
    if (unitMatch?.text) ordinal.unitText = unitMatch.text;
    return ordinal;
  }
  if (prefix.ordinal || (prefix.top && (unitMatch === undefined || unitMatch.text === '名'))) unit = 'rank';
  else if (prefix.top) textStart = start;

  // …and so are digits after a word in Latin letters with nothing to count (iPhone14),
  // while GMV2.5亿 and GMV25% stay figures.
  if (isLatin(s[start - 1]) && !prefix.top && !left.chinese && !left.hasMagnitude && !unitMatch && bound === 'exact') {
    return { kind: 'name', start, end, value, bound: 'exact' };
  }

  // A year: 2013年, 二〇二二年, 2021-2022年, and a bare 19xx/20xx with no unit (《2022抖音电商…年鉴》).
  const isYear = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 1900 && n <= 2099);
  const bareFourDigits = !unitMatch && !left.chinese && !left.hasMagnitude && left.length === 4;
  if ((unitMatch?.text === '年' || bareFourDigits) && bound === 'exact' && isYear(value) && isYear(valueMax)) {
    return dateToken(textStart, end, { year: value }, valueMax === undefined ? undefined : { year: valueMax });
  }

  const token: Token = { kind: 'number', start: textStart, end, value, bound };
  if (valueMax !== undefined) token.valueMax = valueMax;
  if (precision !== undefined) token.precision = precision;
  if (unitMatch?.text) token.unitText = unitMatch.text;
  if (prefix.decline && (unit === 'percent' || unit === 'points')) {
    // 下降2~3%: −3 ~ −2, the lower end first.
    token.value = -(valueMax ?? value);
    if (valueMax !== undefined) token.valueMax = -value;
  }
  if (unit !== undefined) token.unit = unit;
  return token;
}
