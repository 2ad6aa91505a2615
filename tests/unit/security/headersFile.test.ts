import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../../../src/lib/security/contentSecurityPolicy.ts';

describe('headersFile', () => {
  it('sends the policy on every path and caches the content-hashed folders for a year, under the base path', () => {
    const lines = headersFile('/casebook/').split('\n');
    expect(lines.slice(0, 2)).toEqual(['/*', `  Content-Security-Policy: ${contentSecurityPolicy}`]);
    for (const folder of ['/casebook/_astro/*', '/casebook/charts/*']) {
      expect(lines[lines.indexOf(folder) + 1], folder).toBe('  Cache-Control: public, max-age=31536000, immutable');
    }
    expect(headersFile('/')).toContain('\n/_astro/*\n');
  });
});
