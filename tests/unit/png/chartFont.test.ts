import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartFontFingerprint, subsetChartFont } from '../../../src/lib/png/chartFont.ts';

/** TrueType or OpenType, as resvg reads them (not WOFF). */
const isSfnt = (bytes: Buffer) => ['00010000', '4f54544f', '74727565'].includes(bytes.subarray(0, 4).toString('hex'));

describe('subsetChartFont', () => {
  it('converts the WOFF font to TrueType once, keeps it, and cuts small subsets of just the glyphs asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-font-'));
    try {
      const small = await subsetChartFont('产业带', dir);
      const large = await subsetChartFont('产业带服务商帮助商家在大促中做测款预热与直播0123456789', dir);
      expect(small).toHaveLength(2);
      for (const file of [...small, ...large]) expect(isSfnt(readFileSync(file))).toBe(true);
      // The Chinese subset grows with the glyphs and stays far below the whole font.
      expect(statSync(large[1]!).size).toBeGreaterThan(statSync(small[1]!).size);
      const full = readdirSync(dir).filter((f) => f.startsWith(`full-${chartFontFingerprint()}-`));
      expect(full).toHaveLength(2);
      expect(statSync(large[1]!).size * 20).toBeLessThan(statSync(join(dir, full[1]!)).size);
      // The same glyphs in any order are one subset file.
      expect(await subsetChartFont('带业产', dir)).toEqual(small);
      expect(existsSync(small[0]!)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
