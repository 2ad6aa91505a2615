import { readQuoteNumbers, type QuoteNumber } from '../quote/readQuoteNumbers.ts';

/** A number written into text where the site promises every figure is cited. */
export interface TypedNumber {
  /** The words read (“1450万”, “二十八款”, “４５”). */
  text: string;
  /** Offset in the text. */
  index: number;
}

export interface TypedNumberOptions {
  /** Words written with digits that are names, not figures (818, 双11, 3C): `content/vocabularies/allowed-number-words.yaml`. */
  allowed: readonly string[];
  /**
   * Whether dates in digits (7月, 2022年8月14日) may stand in the text.
   * Frontmatter titles and labels name periods and cannot cite a milestone;
   * an MDX body can (`:date[…]`), so there a date in digits is reported too.
   * A month in words (七月) is a name of a month either way.
   */
  allowDates: boolean;
}

const DIGIT = /[0-9\uFF10-\uFF19]/;

/**
 * The numbers typed into a piece of text: Arabic and full-width digits and
 * Chinese numerals that count something (二十八款, 十几家, 两千), read with
 * the quote reader's tokenizer, so that 一起, 一些, 统一, 万一 and 第一 are
 * words, not numbers. Names from `allowed` pass, and so does “一” used as
 * an article (一家公司, 一个例子): it counts nothing a reader would check.
 */
export function findTypedNumbersInText(text: string, options: TypedNumberOptions): TypedNumber[] {
  const found: TypedNumber[] = [];
  const covered: Array<[number, number]> = [];
  for (const n of readQuoteNumbers(text, { names: options.allowed })) {
    covered.push([n.index, n.index + n.text.length]);
    const hasDigit = DIGIT.test(n.text);
    const typed =
      n.kind === 'number'
        ? hasDigit || !countingWord(n)
        : n.kind === 'date'
          ? !options.allowDates && hasDigit // 七月, 八月 name months in words
          : n.kind === 'ordinal'
            ? hasDigit
            : hasDigit && !options.allowed.includes(n.text); // a name: 5G, iPhone14
    if (typed) found.push({ text: n.text, index: n.index });
  }
  // Digits the reader did not take as anything (a stray “7” inside a word) are typed numbers too.
  for (const match of text.matchAll(/[0-9\uFF10-\uFF19]+/g)) {
    const at = match.index;
    if (covered.some(([from, to]) => at >= from && at < to)) continue;
    found.push({ text: match[0], index: at });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Chinese numerals that count the text's own things rather than state a
 * figure: “一” as an article (一家公司, 一个例子), and a small count with a
 * generic classifier (四个场域, 三项能力, 一两个环节). A count in a unit the
 * datasets measure (两家, 七个账号, 两倍) is a figure and is reported.
 */
function countingWord(n: QuoteNumber): boolean {
  if (n.bound !== 'exact') return false;
  if (n.value === 1 && n.valueMax === undefined) return true;
  const generic = n.unitText === undefined || GENERIC_CLASSIFIERS.has(n.unitText);
  return generic && Number.isInteger(n.value) && n.value < 10 && (n.valueMax ?? 0) < 10;
}

/** Classifiers that count anything (四个场域, 两件工具, 四块能力), unlike 家, 倍, 款, 人, which count what datasets measure. */
const GENERIC_CLASSIFIERS: ReadonlySet<string> = new Set(['个', '件', '块', '项', '种', '类', '条', '点', '步', '层', '批', '场', '周', '年', '个月']);

/**
 * The one message for a typed number, wherever it is typed: in a body it can
 * be cited, in a text field it can only be said without the number.
 */
export function typedNumberMessage(text: string, where: 'body' | 'field'): { message: string; gloss: string } {
  const names = '(818 这类名字里的数字列在 content/vocabularies/allowed-number-words.yaml)';
  return where === 'body'
    ? {
        message: `正文里手写了数字 "${text}"：请从数据集引用，写成 :fig[<数据集id>/<条目id>] 或 :date[<数据集id>/<时间点id>]${names}`,
        gloss: 'number typed in the text; cite it from its dataset (rule 1)',
      }
    : {
        message: `手写了数字 "${text}"：标题、摘要、图表文字和标签里不能打数字，请不带数字地表述(页面会从数据集显示这个数字)${names}`,
        gloss: 'number typed in a text field; say it without the number (rule 1)',
      };
}
