import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/lib/svgText/wrap.ts';

describe('wrap', () => {
  it('wraps long Chinese lines to the width', () => {
    expect(wrap('一二三四五六七八九十', 56, 14)).toEqual(['一二三四', '五六七八', '九十']);
  });
});
