import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../src/lib/check/readGlossary.ts';
import { checkGlossary } from '../../../src/lib/check/checkGlossary.ts';
import { termMatcher } from '../../../src/lib/glossary/termMatcher.ts';
import { readHandbook } from '../../../src/lib/check/readHandbook.ts';
import { root } from '../../support/root.ts';

describe('the glossary (content/glossary/terms.yaml)', () => {
  const glossary = checkGlossary(readGlossary(root));
  const ids = new Set(glossary.terms.map((t) => t.id));

  it('has no problems', () => {
    expect(glossary.problems).toEqual([]);
  });

  it('has the terms the issue asks for, each findable by its words', () => {
    const find = termMatcher(glossary.terms);
    const required = ['GMV', '千川', '巨量千川', '投流', '代投', '场观', 'UV价值', '客单价', '福袋', 'KA', '白牌', 'FACT', '冷启动', '起号', '测款', '陪跑伴教', '达人分销', '日不落直播', '货找人', '人找货', '内容场', '中心场', '环比', '同比', 'SKU', '云仓', '产业带', '服务商'];
    for (const word of required) expect(find(word).map((m) => m.text), word).toEqual([word]);
  });

  it('types no Arabic digits in definitions (figures come from datasets)', () => {
    for (const term of glossary.terms) expect(term.definition.replace(/818|618|双11/g, ''), term.id).not.toMatch(/\d/);
  });

  it('points only at handbook sections and terms that exist', () => {
    const sectionIds = new Set(readHandbook(root).chapters.flatMap((c) => c.sections.map((s) => s.id)));
    for (const term of glossary.terms) {
      for (const id of term.sections) expect(sectionIds.has(id), `${term.id}.sections: ${id}`).toBe(true);
      for (const id of term.related) expect(ids.has(id), `${term.id}.related: ${id}`).toBe(true);
    }
  });
});
