import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllowedNumberWords } from '../../../src/lib/check/readAllowedNumberWords.ts';
import { findTypedNumbers } from '../../../src/lib/content/findFigureDirectives.ts';
import { findTypedNumbersInText } from '../../../src/lib/content/typedNumbers.ts';

const allowed = readAllowedNumberWords(join(import.meta.dirname, '..', '..', '..')).words;
const typed = (text: string, allowDates = false) => findTypedNumbersInText(text, { allowed, allowDates }).map((t) => t.text);

describe('findTypedNumbersInText', () => {
  it.each([
    ['销售额1450万', ['1450万']],
    ['占比４５％', ['４５％']],
    ['测出二十八款', ['二十八款']],
    ['服务十几家商家', ['十几家']],
    ['两千家商家', ['两千家']],
    ['一个亿的GMV', ['一个亿']],
    ['七个账号同时开播', ['七个账号']],
    ['是去年的两倍', ['两倍']],
    ['两家服务商', ['两家']],
    ['型号A7', ['7']],
  ])('reports %s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it.each(['大家一起做', '一些商家', '统一规划', '万一断货', '第一步', '一家品牌集合店', '四大场域', '前两个靠内容', '一两个环节', '几个店铺', '千川投流'])(
    'lets the word %s pass',
    (text) => {
      expect(typed(text)).toEqual([]);
    },
  );

  it('lets the allowed number words pass, from the content file', () => {
    expect(allowed).toContain('818');
    expect(typed('818期间，错过了618')).toEqual([]);
  });

  it('reports dates in digits only where they could be cited, and never months in words', () => {
    expect(typed('7月的日均GMV')).toEqual(['7月']);
    expect(typed('7月的日均GMV', true)).toEqual([]);
    expect(typed('八月比七月高')).toEqual([]);
  });
});

describe('findTypedNumbers in an MDX body', () => {
  it('skips directives, list markers, link targets, ids and code, and gives the line', () => {
    const body = ['1. 第一步', '见 :fig[a/b] 与 [章节](/handbook/x-2/#y3)', '## 标题 :section{#s-1}', '`code 12`', '增长了６６％', '```', '99', '```'].join('\n');
    expect(findTypedNumbers(body, allowed)).toEqual([{ line: 5, text: '６６％' }]);
  });
});
