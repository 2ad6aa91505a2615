import { describe, expect, it } from 'vitest';
import { checkSiteAddress } from '../../../src/lib/deploy/siteAddress.ts';
import { defaultSiteUrl, normaliseBasePath } from '../../../src/lib/urls.ts';

describe('checkSiteAddress', () => {
  it('warns without SITE_URL, and refuses when strict', () => {
    for (const siteUrl of [undefined, '', '  ', defaultSiteUrl, `${defaultSiteUrl}/`]) {
      const loose = checkSiteAddress({ siteUrl, basePath: undefined, strict: false });
      expect(loose.level).toBe('warn');
      expect(loose.message).toContain('SITE_URL');
      expect(checkSiteAddress({ siteUrl, basePath: undefined, strict: true }).level).toBe('error');
    }
  });

  it('accepts an origin, with or without a trailing slash', () => {
    for (const siteUrl of ['https://casebook.example.com', 'https://casebook.example.com/', 'http://localhost:4321']) {
      expect(checkSiteAddress({ siteUrl, basePath: undefined, strict: true })).toEqual({ level: 'ok', message: '' });
    }
  });

  it('rejects what is not an http(s) origin, even when not strict', () => {
    expect(checkSiteAddress({ siteUrl: 'casebook.example.com', basePath: undefined, strict: false }).level).toBe('error');
    expect(checkSiteAddress({ siteUrl: 'ftp://casebook.example.com', basePath: undefined, strict: false }).level).toBe('error');
    const withPath = checkSiteAddress({ siteUrl: 'https://user.github.io/casebook', basePath: undefined, strict: false });
    expect(withPath.level).toBe('error');
    expect(withPath.message).toContain('BASE_PATH=/casebook');
  });
});

describe('normaliseBasePath', () => {
  it('gives a path that starts and ends with a slash', () => {
    expect(normaliseBasePath(undefined)).toBe('/');
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('casebook')).toBe('/casebook/');
    expect(normaliseBasePath('/casebook')).toBe('/casebook/');
    expect(normaliseBasePath('/a/b/')).toBe('/a/b/');
  });

  it('rejects what cannot be a path', () => {
    expect(() => normaliseBasePath('/case book/')).toThrow(/BASE_PATH/);
    expect(() => normaliseBasePath('https://x.example/')).toThrow(/BASE_PATH/);
  });
});
