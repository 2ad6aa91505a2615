import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../src/schemas/source.ts';

describe('sourceSchema', () => {
  it('accepts only http(s) URLs for links', () => {
    const source = { title: 't', platform: 'p', campaign: 'c', textFile: 'a.txt' };
    expect(sourceSchema.safeParse({ ...source, url: 'https://example.com/a' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'ftp://example.com/a' }).success).toBe(false);
  });
});
