import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagesWrittenSignal, pagesWrittenVariable } from '../../../src/integrations/pagesWrittenSignal.ts';

describe('pagesWrittenSignal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pages-written-'));
  afterEach(() => vi.unstubAllEnvs());

  const buildDone = () => (pagesWrittenSignal().hooks['astro:build:done'] as () => void)();

  it('tells npm run build that the pages are written, through the file it names', () => {
    const file = join(dir, 'signal');
    vi.stubEnv(pagesWrittenVariable, file);
    expect(existsSync(file)).toBe(false);
    buildDone();
    expect(existsSync(file)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('does nothing in a plain astro build', () => {
    vi.stubEnv(pagesWrittenVariable, '');
    expect(() => buildDone()).not.toThrow();
  });
});
