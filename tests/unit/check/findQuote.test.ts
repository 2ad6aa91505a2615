import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuote, longestMatchingPrefix } from '../../../src/lib/check/findQuote.ts';

const text = readFileSync(join(import.meta.dirname, '../../../content/sources/douyin-818-2022.txt'), 'utf8');

describe('findQuote', () => {
  it('finds a real quote word for word, with its line', () => {
    const match = findQuote(text, '8.14单日销售总额突破1450万');
    expect(match).toBeDefined();
    expect(text.split('\n')[match!.line - 1]).toContain('8.14单日销售总额突破1450万');
  });

  it('rejects a quote with a single character changed', () => {
    expect(findQuote(text, '8.14单日销售总额突破1460万')).toBeUndefined();
    // Full-width and half-width commas are different characters.
    expect(findQuote(text, '阳光,空气和水')).toBeDefined();
    expect(findQuote(text, '阳光，空气和水')).toBeUndefined();
  });

  it('rejects an empty quote', () => {
    expect(findQuote(text, '   ')).toBeUndefined();
  });

  it('says how far a wrong quote matches', () => {
    expect(longestMatchingPrefix(text, '8.14单日销售总额突破1460万')).toBe('8.14单日销售总额突破14');
  });
});
