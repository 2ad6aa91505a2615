import { describe, expect, it } from 'vitest';
import { indexedPagesGlob } from '../../../src/lib/search/indexedPagesGlob.ts';

describe('indexedPagesGlob', () => {
  it('gives one pattern per kind of indexed page, each folder level below the first as a wildcard', () => {
    expect(
      indexedPagesGlob(['cases/a/index.html', 'cases/b/index.html', 'handbook/x/index.html', 'handbook/index.html', 'glossary/index.html', 'providers/p/index.html']),
    ).toBe('{cases/*/index.html,glossary/index.html,handbook/*/index.html,handbook/index.html,providers/*/index.html}');
  });

  it('matches every page it was given, with system separators or a leading slash, and leaves lists out', () => {
    const glob = indexedPagesGlob(['/cases/a/index.html', 'belts\\quanzhou\\index.html'])!;
    expect(glob).toBe('{belts/*/index.html,cases/*/index.html}');
    const re = new RegExp(`^(?:${glob.slice(1, -1).split(',').map((p) => p.replace(/\./g, '\\.').replace(/\*/g, '[^/]+')).join('|')})$`);
    expect(re.test('cases/zzz/index.html')).toBe(true);
    expect(re.test('cases/page/2/index.html')).toBe(false);
    expect(re.test('data/x/index.html')).toBe(false);
  });

  it('gives a single pattern bare, escapes glob characters in names, and nothing for no pages', () => {
    expect(indexedPagesGlob(['glossary/index.html'])).toBe('glossary/index.html');
    expect(indexedPagesGlob(['a{b}/c/index.html'])).toBe('a\\{b\\}/*/index.html');
    expect(indexedPagesGlob([])).toBeUndefined();
  });
});
