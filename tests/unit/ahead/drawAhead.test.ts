import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartAheadKey, qrAheadKey } from '../../../src/lib/ahead/aheadKeys.ts';
import { AheadStoreReader, AheadStoreWriter, aheadStoreVariable } from '../../../src/lib/ahead/aheadStore.ts';
import { drawAhead } from '../../../src/lib/ahead/drawAhead.ts';
import { drawnChart, drawnQrCodeSvg } from '../../../src/lib/ahead/drawnAhead.ts';
import { renderChart } from '../../../src/lib/charts/renderChart.ts';
import { checkProject, type LoadedContent } from '../../../src/lib/check/checkProject.ts';
import { qrCodeSvg } from '../../../src/lib/handbook/qrSvg.ts';
import { chartImageFile } from '../../../src/lib/png/chartImage.ts';
import { absoluteUrl, caseUrl } from '../../../src/lib/urls.ts';

// Over the project's own content, whatever it holds: what the build draws
// ahead is what each case page would draw itself.
const site = 'https://casebook.example';
let dir: string;
let content: LoadedContent;
let reader: AheadStoreReader;
let count: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'draw-ahead-'));
  content = checkProject(process.cwd()).content;
  const writer = new AheadStoreWriter(join(dir, 'store.jsonl'));
  count = await drawAhead({ cases: content.cases.values(), datasets: content.datasets, site }, (k, v) => writer.put(k, v), { cacheDir: join(dir, 'images') });
  writer.end();
  reader = new AheadStoreReader(writer.file);
});
afterAll(() => {
  delete process.env[aheadStoreVariable];
  rmSync(dir, { recursive: true, force: true });
});

describe('drawing ahead', () => {
  it('puts every case chart and every case poster QR code', () => {
    const charts = [...content.cases.values()].reduce((n, c) => n + c.data.charts.length, 0);
    expect(content.cases.size).toBeGreaterThan(0);
    expect(count).toBe(charts + content.cases.size);
  });

  it('stores each chart as renderChart draws it, with its framed image written to the cache', () => {
    for (const entry of content.cases.values()) {
      for (const spec of entry.data.charts) {
        const stored = reader.get(chartAheadKey(spec, undefined, content.datasets)) as { chart: unknown; image: { file: string } };
        const chart = renderChart(spec, content.datasets);
        expect(stored.chart, `${entry.file} ${spec.title}`).toEqual(chart);
        expect(stored.image).toEqual(chartImageFile(chart, { cacheDir: join(dir, 'images') }));
      }
    }
    expect(readdirSync(join(dir, 'images')).filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
  });

  it('stores each case page QR code as qrCodeSvg draws it', async () => {
    for (const entry of content.cases.values()) {
      const url = absoluteUrl(caseUrl(entry.id), site);
      expect(reader.get(qrAheadKey(url))).toBe(await qrCodeSvg(url));
    }
  });

  it('is what the pages take when the build names the store, and they draw the rest themselves', async () => {
    process.env[aheadStoreVariable] = reader.file;
    const entry = [...content.cases.values()].find((c) => c.data.charts.length > 0)!;
    const spec = entry.data.charts[0]!;
    const fromStore = drawnChart(spec, content.datasets);
    expect(fromStore).toEqual(reader.get(chartAheadKey(spec, undefined, content.datasets)));
    // A chart drawn with another id (as the home page does) is not in the store: drawn here, the same way.
    expect(drawnChart(spec, content.datasets, { id: 'elsewhere' }).chart).toEqual(renderChart(spec, content.datasets, { id: 'elsewhere' }));
    expect(await drawnQrCodeSvg(absoluteUrl(caseUrl(entry.id), site))).toBe(reader.get(qrAheadKey(absoluteUrl(caseUrl(entry.id), site))));
    expect(await drawnQrCodeSvg('https://elsewhere.example/')).toBe(await qrCodeSvg('https://elsewhere.example/'));
  });
});
