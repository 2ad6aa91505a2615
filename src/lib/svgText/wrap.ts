import { textWidth } from './textWidth.ts';

/**
 * Characters that must not begin a line (Chinese line-breaking rules, 避头点):
 * closing brackets and quotes, sentence and clause punctuation, the
 * ellipsis, dash, middle dot and percent sign.
 */
const noLineStart = new Set('，。、；：？！）」』”’》〉】〕〗…—·％%,.;:?!)]}'.split(''));

/** Characters that must not end a line (避尾点): opening brackets and quotes. */
const noLineEnd = new Set('（「『“‘《〈【〔〖([{'.split(''));

/** One Chinese character (or a full-width form): the unit ICU's dictionary works in. */
const cjkChar = /^[\u2E80-\u9FFF\uF900-\uFAFF]$/u;

/** A run that must stay whole: Latin letters, digits and what sits inside a number, a word or an address (40.15, +126%, ThinkPad, https://…/a-b/). */
const asciiWord = /^[A-Za-z0-9+\-.%/×~:#?=&_@]+$/;

/** Where a run too long for a line may break, as in an address: after a slash, else after a hyphen, dot or query mark. */
const runBreaks = [/(?<=\/)(?=[^/])/, /(?<=[\-.?&#=_])(?=[^\-.?&#=_])/];

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The pieces of texts seen before: a page wraps its card's title and
 * subtitle twice (link-preview card and poster) and its charts' source and
 * unit lines once a chart, and segmenting is most of wrapping's cost. Bounded:
 * cleared when full.
 */
const unitsSeen = new Map<string, readonly string[]>();
const unitsSeenLimit = 4096;

/**
 * The pieces a line may break between, in order. Starts from the word
 * boundaries of `Intl.Segmenter` and then:
 * - keeps a run of ASCII letters, digits and number signs whole;
 * - joins a one-character Chinese word to the word before it (ICU's
 *   dictionary splits common suffixes off: 服务|商, 方法|论, 产业|带), as long
 *   as the piece stays within four characters;
 * - joins punctuation that may not start a line to the piece before it, and
 *   punctuation that may not end a line to the piece after it.
 */
export function breakUnits(text: string): readonly string[] {
  const seen = unitsSeen.get(text);
  if (seen) return seen;
  const units = segmentUnits(text);
  if (unitsSeen.size >= unitsSeenLimit) unitsSeen.clear();
  unitsSeen.set(text, Object.freeze(units));
  return units;
}

/** `breakUnits` without the memory. */
function segmentUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const { segment } of segmenter.segment(text)) {
    const last = units.at(-1);
    const first = [...segment][0] ?? '';
    const lastChar = last === undefined ? '' : ([...last].at(-1) ?? '');
    const join =
      last !== undefined &&
      (glueNext ||
        noLineStart.has(first) ||
        (asciiWord.test(segment) && asciiWord.test(lastChar)) ||
        (cjkChar.test(segment) && cjkChar.test(lastChar) && [...last].length >= 2 && [...last].every((c) => cjkChar.test(c)) && [...last].length < 4));
    if (join) units[units.length - 1] = last + segment;
    else units.push(segment);
    glueNext = noLineEnd.has([...segment].at(-1) ?? '');
  }
  return units;
}

/**
 * Breaks a line of (mostly Chinese) text into lines no wider than
 * `maxWidth` at `fontSize`, measured with `textWidth`: breaks only between
 * the pieces of `breakUnits`, so no line starts with “，” or “）”, none ends
 * with “（”, and words and numbers stay whole. A single piece wider than the
 * line is cut after the slashes and hyphens of an address, or else between
 * characters, the only way it fits; even then a closing mark hangs past the
 * edge (one character at most) rather than start a line.
 */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    const trimmed = line.trimEnd();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  for (const unit of breakUnits(text)) {
    if (line && textWidth(line + unit.trimEnd(), fontSize) > maxWidth) push();
    if (!line && unit.trim() === '') continue;
    if (textWidth(unit.trimEnd(), fontSize) <= maxWidth) {
      line += unit;
      continue;
    }
    // Too long for any line: an address breaks after its slashes (then hyphens, dots), anything else between characters.
    const place = (piece: string, level: number): void => {
      if (line && textWidth(line + piece, fontSize) > maxWidth) push();
      if (textWidth(piece, fontSize) <= maxWidth) {
        line += piece;
        return;
      }
      if (level < runBreaks.length && asciiWord.test(piece)) {
        for (const part of piece.split(runBreaks[level]!)) place(part, level + 1);
        return;
      }
      for (const char of piece) {
        const last = [...line].at(-1) ?? '';
        // Punctuation hangs past the edge rather than start (or end) a line.
        if (line && textWidth(line + char, fontSize) > maxWidth && !noLineStart.has(char) && !noLineEnd.has(last)) push();
        line += char;
      }
    };
    place(unit, 0);
  }
  push();
  return lines;
}
