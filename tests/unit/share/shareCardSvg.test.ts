import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { shareCardImage, shareCardSvg, shareCardSize } from '../../../src/lib/share/shareCardSvg.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('shareCardSvg', () => {
  it('draws kicker, title, subtitle, the lead figure and the site name at 1200×630', () => {
    const svg = shareCardSvg({
      kicker: '案例 · 乐栩',
      title: '乐栩的818：千川代投加日不落直播',
      subtitle: '活动期间成交金额明显增长。',
      figure: { value: '+40.15%', label: '成交金额环比7月份增长' },
    });
    expect(svg).toContain(`width="${shareCardSize.width}" height="${shareCardSize.height}"`);
    expect(texts(svg)).toEqual(expect.arrayContaining(['案例 · 乐栩', '+40.15%', '成交金额环比7月份增长', '产业带案例库', '活动期间成交金额明显增长。']));
  });

  it('keeps a long title to three lines, ending the last with an ellipsis', () => {
    const svg = shareCardSvg({ kicker: 'k', title: '很'.repeat(80), subtitle: 's' });
    const titleLines = [...svg.matchAll(/font-size="60"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(titleLines).toHaveLength(3);
    expect(titleLines[2]!.endsWith('…')).toBe(true);
  });

  it('escapes markup in text', () => {
    expect(shareCardSvg({ kicker: '<b>', title: 'A & B', subtitle: '"q"' })).toContain('A &amp; B');
  });

  it('writes the same SVG as before the card became a flat image (the SVG is what the poster embeds and the cache key hashes)', () => {
    const card = {
      kicker: '案例 · 乐栩',
      title: '乐栩的818：千川代投加日不落直播',
      subtitle: '活动期间成交金额明显增长。',
      figure: { value: '+40.15%', label: '成交金额环比7月份增长，很长的标签很长的标签很长的标签很长的标签很长的标签' },
    };
    expect(createHash('sha256').update(shareCardSvg(card)).digest('hex').slice(0, 16)).toBe('9c3278a2ce536edc');
    const image = shareCardImage(card);
    expect(image.items.filter((i) => i.kind === 'text' && i.anchor === 'end').map((i) => (i.kind === 'text' ? i.text : ''))).toEqual([
      '+40.15%',
      '成交金额环比7月份增长，',
      '很长的标签很长的标签很…',
      '每个数字都附原文出处',
    ]);
  });
});
