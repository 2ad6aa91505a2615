import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lib/svgText/textWidth.ts';

/** The rule as first written: one regular expression test per character. */
function byPattern(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char) ? 1 : 0.6;
  return em * fontSize;
}

describe('textWidth', () => {
  it('counts CJK characters and full-width forms as 1 em, everything else as 0.6 em', () => {
    expect(textWidth('产业带', 10)).toBe(30);
    expect(textWidth('GMV', 10)).toBe(byPattern('GMV', 10));
    expect(textWidth('（１２）', 10)).toBe(40);
    expect(textWidth('', 14)).toBe(0);
  });

  it('counts a character outside the Basic Multilingual Plane once', () => {
    expect(textWidth('𠀀', 10)).toBe(6);
    expect(textWidth('a😀b', 10)).toBe(byPattern('a😀b', 10));
  });

  it('gives exactly the width the per-character pattern gave, floating point included', () => {
    const alphabet = ['产', '业', 'A', '7', '.', '%', ' ', '，', '（', '😀', '\uFF10', '\u3001', '·', '—', 'é'];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = n % 40;
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      for (const size of [14, 18, 22.5, 60]) expect(textWidth(text, size), text).toBe(byPattern(text, size));
    }
  });
});
