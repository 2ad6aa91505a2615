import { describe, expect, it } from 'vitest';
import { sectionLead } from '../../../src/lib/handbook/sectionLead.ts';

const body = [
  '开篇的话。',
  '',
  '## 第一节 :section{#first}',
  '',
  '### 是什么',
  '',
  '这是**第一节**的开头，见[术语](/glossary/#gmv)。单日GMV环比:fig[d/growth]。',
  '第二行接着说。',
  '',
  '后面的段落不算。',
  '',
  '## 第二节 :section{#second}',
  '',
  '- 只有列表',
  '',
  '## 第三节 :section{#third}',
  '',
  '未知数字:fig[d/missing]的句子省去。其余保留。',
].join('\n');

const text = (name: 'fig' | 'date', ref: string) => (name === 'fig' && ref === 'd/growth' ? '+126%' : undefined);

describe('sectionLead', () => {
  it('takes the first paragraph under the section, as plain text with figures written out', () => {
    expect(sectionLead(body, 'first', text)).toBe('这是第一节的开头，见术语。单日GMV环比+126%。第二行接着说。');
  });

  it('is empty for a section without a paragraph or an unknown id', () => {
    expect(sectionLead(body, 'second', text)).toBe('');
    expect(sectionLead(body, 'nope', text)).toBe('');
  });

  it('leaves out a sentence whose figure cannot be written out', () => {
    expect(sectionLead(body, 'third', text)).toBe('其余保留。');
  });

  it('cuts at a sentence end within the limit', () => {
    const long = `## 长 :section{#long}\n\n${'一二三四五六七八九。'.repeat(20)}`;
    const lead = sectionLead(long, 'long', text, 35);
    expect(lead).toBe('一二三四五六七八九。'.repeat(3));
  });
});
