import { describe, expect, it } from 'vitest';
import { cssString, printPagesCss } from '../../../src/lib/print/printPagesCss.ts';

describe('printPagesCss', () => {
  const css = printPagesCss('https://casebook.example.org/', [
    { id: 'stay-close', title: '贴身服务："实时诊断"', url: 'https://casebook.example.org/casebook/handbook/stay-close/' },
  ]);

  it('declares the origin without a trailing slash, for full addresses after links', () => {
    expect(css).toContain(':root { --site-origin: "https://casebook.example.org"; }');
  });

  it('gives each chapter a named page with title, page number and address in the footer', () => {
    expect(css).toContain('.hb-chapter[data-hb-chapter="stay-close"] { page: hb-stay-close; }');
    expect(css).toMatch(/@page hb-stay-close \{[^]*@bottom-left \{ content: "贴身服务：\\"实时诊断\\""/);
    expect(css).toContain('counter(page) " / " counter(pages)');
    expect(css).toContain('content: "https://casebook.example.org/casebook/handbook/stay-close/"');
  });

  it('escapes quotes, backslashes and newlines in strings', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\a d"');
  });
});
