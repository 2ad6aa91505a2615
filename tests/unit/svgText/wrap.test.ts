import { describe, expect, it } from 'vitest';
import { breakUnits, wrap } from '../../../src/lib/svgText/wrap.ts';
import { textWidth } from '../../../src/lib/svgText/textWidth.ts';

const noStart = /^[，。、；：？！）」』”’》〉】…—·％%,.;:?!)]/;
const noEnd = /[（「『“‘《〈【([]$/;

/** `text` wrapped at every width from `from` to 20 Chinese characters (font size 20). */
function everyWrap(text: string, from = 3): string[][] {
  return widths(text, from).map(([, lines]) => lines);
}

function widths(text: string, from = 3): [number, string[]][] {
  const out: [number, string[]][] = [];
  for (let chars = from; chars <= 20; chars++) out.push([chars * 20, wrap(text, chars * 20, 20)]);
  return out;
}

const samples = [
  '产业带服务商的方法论：找准定位，培养核心能力。',
  '乐栩（浙江）：818期间成交金额环比7月份增长40.15%，比6月增长61.23%。',
  '“阳光、空气和水”：抖音电商是肥沃土壤，服务商帮商家营造好环境！',
  '鸿源严选ThinkPad专场单场成交金额超过1百万元，商家数700+家。',
];

describe('wrap', () => {
  it('loses no character and keeps every line within the width', () => {
    for (const text of samples) {
      for (const [width, lines] of widths(text, 5)) {
        expect(lines.join('')).toBe(text);
        // Punctuation may hang one character past the edge rather than start a line.
        for (const line of lines) expect(textWidth(line.replace(/[，。、；：？！）」』”’%]$/, ''), 20), line).toBeLessThanOrEqual(width);
      }
    }
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    for (const text of samples) {
      for (const lines of everyWrap(text)) {
        lines.slice(1).forEach((line) => expect(line, lines.join(' | ')).not.toMatch(noStart));
        lines.slice(0, -1).forEach((line) => expect(line, lines.join(' | ')).not.toMatch(noEnd));
      }
    }
  });

  it('moves a comma that would start a line back onto the line before, with its word', () => {
    // Six characters fit; the comma after 定位 would start line two if breaking between any characters.
    const lines = wrap('找准自己定位，培养能力', 6 * 20, 20);
    expect(lines[0]).not.toBe('找准自己定位');
    expect(lines.every((l) => !l.startsWith('，'))).toBe(true);
  });

  it('keeps words whole: 方法论, 服务商, numbers and Latin names', () => {
    for (const text of ['产业带服务商的方法论', '单场成交金额超过1450万元', '鸿源严选ThinkPad专场']) {
      for (const lines of everyWrap(text, 5)) {
        const breaks = lines.slice(0, -1).map((l, i) => l.slice(-1) + lines[i + 1]!.slice(0, 1));
        for (const pair of breaks) {
          expect(['方法', '法论', '服务', '务商', '产业', '业带', '14', '45', '50', 'Th', 'in', 'Pa', 'ad']).not.toContain(pair);
        }
      }
    }
  });

  it('breaks an address too long for a line after a slash or hyphen, never inside a word', () => {
    const url = 'https://casebook.example.org/handbook/before-campaign/test-products/';
    const lines = wrap(url, 26 * 12, 20);
    expect(lines.join('')).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/\-.]$/);
    expect(lines[0]).not.toBe('https:');
  });

  it('cuts a single piece wider than the line between characters', () => {
    const lines = wrap('A'.repeat(30), 10 * 12, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('A'.repeat(30));
  });

  it('drops spaces at a break and returns no empty lines', () => {
    expect(wrap('来源 · 产业带案例库', 4 * 20, 20).every((l) => l === l.trim() && l.length > 0)).toBe(true);
    expect(wrap('', 100, 20)).toEqual([]);
  });
});

describe('breakUnits', () => {
  it('joins closing punctuation to the word before and opening punctuation to the word after', () => {
    const units = breakUnits('乐栩（浙江）：增长40.15%。');
    expect(units).toContain('（浙江）：');
    expect(units.some((u) => u.includes('40.15%'))).toBe(true);
  });
});

describe('breakUnits memory', () => {
  it('gives the same pieces again for the same text, and they cannot be changed', () => {
    const text = '服务商带来的GMV占比接近原来的三倍。';
    const first = breakUnits(text);
    expect(breakUnits(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.join('')).toBe(text);
  });
});
