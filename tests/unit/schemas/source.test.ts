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

describe('a source with only what it gives', () => {
  it('needs a title; publisher, date, URL and campaign are optional, a date is ISO', () => {
    expect(sourceSchema.safeParse({ title: 't' }).success).toBe(true);
    expect(sourceSchema.safeParse({ title: 't', publisher: 'p', date: '2024-12', url: 'https://example.com/', campaign: 'x-2024' }).success).toBe(true);
    expect(sourceSchema.safeParse({ title: 't', date: '2024-13' }).success).toBe(false);
    expect(sourceSchema.safeParse({}).success).toBe(false);
  });
});
