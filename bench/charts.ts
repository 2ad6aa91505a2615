/**
 * `npm run bench`: how long each chart takes to render (Plot → SVG) and to
 * rasterise (SVG → PNG with the subset Chinese font), with a cold cache (a
 * fresh, empty folder) and a warm one (the same folder again). Uses the fixture
 * specs of tests/fixtures/charts (one per builder) plus every chart of the
 * site's content, all drawn from data/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderChart } from '../src/lib/charts/renderChart.ts';
import { chartImage } from '../src/lib/png/chartImage.ts';
import { checkProject } from '../src/lib/check/checkProject.ts';
import type { ChartSpec } from '../src/schemas/chart.ts';
import { specs } from '../tests/fixtures/charts/specs.ts';

const { content } = checkProject(process.cwd());
const index = content.datasets;
const charts: { name: string; spec: ChartSpec }[] = [
  ...Object.entries(specs).map(([name, spec]) => ({ name: `fixture:${name}`, spec: spec as ChartSpec })),
  ...[...content.cases.values()].flatMap((c) => c.data.charts.map((spec, i) => ({ name: `case:${c.id}#${i + 1}(${spec.type})`, spec }))),
  ...[...content.providers.values()].flatMap((p) => p.data.charts.map((spec, i) => ({ name: `provider:${p.id}#${i + 1}(${spec.type})`, spec }))),
];

const cacheDir = mkdtempSync(join(tmpdir(), 'bench-chart-png-'));
const ms = (n: number) => n.toFixed(1).padStart(7);
type Row = { name: string; render: number; cold: number; warm: number; renderWarm: number };
const rows: Row[] = [];
try {
  // Warm up module loading and the font wasm once, outside the measurements' first chart.
  const processStart = performance.now();
  renderChart(charts[0]!.spec, index);
  const firstLoad = performance.now() - processStart;
  for (const { name, spec } of charts) {
    let t = performance.now();
    const chart = renderChart(spec, index);
    const render = performance.now() - t;
    t = performance.now();
    const cold = await chartImage(chart, { cacheDir });
    const coldMs = performance.now() - t;
    if (cold.cached) throw new Error(`${name}: expected a cold cache`);
    t = performance.now();
    const again = renderChart(spec, index);
    const renderWarm = performance.now() - t;
    t = performance.now();
    const warm = await chartImage(again, { cacheDir });
    const warmMs = performance.now() - t;
    if (!warm.cached) throw new Error(`${name}: same SVG should hit the cache (render is not deterministic?)`);
    rows.push({ name, render, cold: coldMs, warm: warmMs, renderWarm });
  }
  const sum = (k: keyof Omit<Row, 'name'>) => rows.reduce((a, r) => a + r[k], 0);
  const mean = (k: keyof Omit<Row, 'name'>) => sum(k) / rows.length;
  console.log(`chart${' '.repeat(40)} render ms   png cold ms   png warm ms`);
  for (const r of rows) console.log(`${r.name.padEnd(45)} ${ms(r.render)}     ${ms(r.cold)}       ${ms(r.warm)}`);
  console.log(`\n${rows.length} charts; first render in the process (module load) ${firstLoad.toFixed(0)} ms`);
  console.log(`mean per chart: render ${mean('render').toFixed(1)} ms (again: ${mean('renderWarm').toFixed(1)} ms), rasterise cold ${mean('cold').toFixed(1)} ms, warm (cache hit) ${mean('warm').toFixed(2)} ms`);
  console.log(`total: render ${sum('render').toFixed(0)} ms, rasterise cold ${sum('cold').toFixed(0)} ms, warm ${sum('warm').toFixed(1)} ms`);
  console.log(`at 1000 charts (linear): rasterise cold ≈ ${((mean('cold') * 1000) / 1000).toFixed(0)} s, warm ≈ ${((mean('warm') * 1000) / 1000).toFixed(1)} s; render ≈ ${((mean('render') * 1000) / 1000).toFixed(1)} s`);
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
