/**
 * `node bench/cards.ts`: CPU time of one share card, drawn the old way (resvg
 * renders the SVG, sharp encodes RGB PNG) and the new way (flatImagePng:
 * glyph coverage composed into an indexed PNG), on the same cards in one run.
 * The cards are the site's own (every case, provider, belt, dataset and
 * handbook chapter) plus synthetic ones with long titles, Latin, digits and
 * figures. Per card: CPU time (user + system, process.cpuUsage) — min,
 * median, mean, max — file size, and how far the new pixels are from resvg's.
 *
 *   node bench/cards.ts [--passes 2]
 *
 * The new way's first pass starts with an empty glyph cache (as a build's
 * worker thread does, but for the footer's glyphs, drawn once beforehand);
 * later passes show the warm cache. process.cpuUsage counts every thread, so
 * sharp's encoder (on libuv's threads) is in the old way's time. In a build,
 * `BELT_TIMINGS` reports the workers' CPU as "share card PNG (worker CPU)".
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { checkProject } from '../src/lib/check/checkProject.ts';
import { chartFontFamily, chartFontSfnt, subsetChartFont } from '../src/lib/png/chartFont.ts';
import { flatImagePng } from '../src/lib/png/flatPng.ts';
import { rasteriseSvg, svgText } from '../src/lib/png/rasteriseSvg.ts';
import { pixelDifference } from '../src/lib/raster/pixelDifference.ts';
import { shareCardImage, shareCardSvg, type ShareCard } from '../src/lib/share/shareCardSvg.ts';

sharp.concurrency(1);
const root = join(import.meta.dirname, '..');
const passesArg = process.argv.indexOf('--passes');
const passes = passesArg > 0 ? Number(process.argv[passesArg + 1]) : 2;

/** The site's cards (as its pages make them, give or take the lead figure) and synthetic ones. */
function benchCards(): ShareCard[] {
  const { content } = checkProject(root);
  const figures = [
    { value: '+40.15%', label: '成交金额环比7月份增长' },
    { value: '超1450万元', label: '8月14日单日销售总额' },
    { value: '3.2倍', label: '活动日GMV与上月日均之比' },
    { value: '12,806单', label: '大促期间直播间成交订单数，含预售与现货' },
  ];
  const cards: ShareCard[] = [];
  [...content.cases.values()].forEach((c, i) =>
    cards.push({ kicker: `案例 · ${content.providers.get(c.data.provider)?.data.name ?? c.data.provider}${c.data.merchant ? ` × ${c.data.merchant}` : ''}`, title: c.data.title, subtitle: c.data.summary, figure: figures[i % figures.length] }),
  );
  for (const p of content.providers.values()) cards.push({ kicker: '产业带服务商', title: p.data.name, subtitle: p.data.summary });
  for (const b of content.belts.values()) cards.push({ kicker: '产业带', title: b.data.name, subtitle: b.data.summary });
  for (const d of content.datasets.values()) cards.push({ kicker: '数据', title: `数据：${d.data.title}`, subtitle: d.data.description ?? '' });
  for (const f of readdirSync(join(root, 'content/handbook')).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(root, 'content/handbook', f), 'utf8');
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.replace(/^["']|["']$/g, '') ?? '';
    cards.push({ kicker: '方法论手册', title: field('title'), subtitle: field('description') });
  }
  for (let i = 0; i < 12; i++)
    cards.push({
      kicker: `案例 · 服务商${i} × ThinkPad旗舰店`,
      title: `第${i + 1}个案例：某服务商帮助女装商家在“818”大促中单日销售额突破千万元，直播间转化率提升${i * 7 + 3}.5%，复购“翻倍”`,
      subtitle: `从测款、预热到直播（共${i + 2}周），服务商把商家的供应链长处用在平台活动上，单日销售总额超${1450 + i * 37}万元；详见 https://example.com/a-b/${i}。`,
      figure: { value: `${(i * 13.7 + 1).toFixed(2)}%`, label: `第${i + 1}周成交额环比增长（A/B测试）` },
    });
  return cards;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `min ${s[0]!.toFixed(2)}  median ${s[Math.floor(s.length / 2)]!.toFixed(2)}  mean ${mean.toFixed(2)}  max ${s.at(-1)!.toFixed(2)} ms`;
};

const cards = benchCards();
const fontDir = mkdtempSync(join(tmpdir(), 'bench-cards-'));
try {
  // Both ways load the fonts before the clock starts (the full TrueType, once per build; the wasm of harfbuzz).
  await chartFontSfnt(fontDir);
  const svgs = cards.map(shareCardSvg);
  let t = cpu();
  // Old: one font subset per batch of 16, as rasterWorker.ts does.
  const subsets: string[][] = [];
  for (let i = 0; i < svgs.length; i += 16) subsets.push(await subsetChartFont(svgs.slice(i, i + 16).map(svgText).join('') + '0123456789', fontDir));
  const subsetMs = cpu() - t;
  const oldMs: number[] = [];
  const oldSizes: number[] = [];
  for (const [i, svg] of svgs.entries()) {
    t = cpu();
    const { png } = await rasteriseSvg(svg, { scale: 1, fontDir, fontFiles: subsets[Math.floor(i / 16)]! });
    oldMs.push(cpu() - t);
    oldSizes.push(png.length);
  }
  const newMs: number[][] = [];
  let newSizes: number[] = [];
  let pngs: Buffer[] = [];
  await flatImagePng(shareCardImage({ kicker: '', title: '', subtitle: '' }), fontDir);
  for (let pass = 0; pass < passes; pass++) {
    const times: number[] = [];
    pngs = [];
    for (const card of cards) {
      t = cpu();
      const png = await flatImagePng(shareCardImage(card), fontDir);
      times.push(cpu() - t);
      pngs.push(png);
    }
    newMs.push(times);
    newSizes = pngs.map((p) => p.length);
  }
  // How far the new pixels are from resvg's, card by card.
  let worst = { max: 0, mean: 0, share: 0 };
  for (const [i, svg] of svgs.entries()) {
    const ref = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 1 },
      background: '#ffffff',
      font: { fontFiles: subsets[Math.floor(i / 16)]!, loadSystemFonts: false, defaultFontFamily: chartFontFamily, sansSerifFamily: chartFontFamily },
    })
      .render()
      .pixels;
    if (!pngs[i]) throw new Error(`no png ${i} of ${pngs.length}`);
    const { data, info } = await sharp(pngs[i]!).raw().toBuffer({ resolveWithObject: true });
    const d = pixelDifference(ref, 4, data, info.channels, info.width * info.height);
    worst = { max: Math.max(worst.max, d.max), mean: Math.max(worst.mean, d.mean), share: Math.max(worst.share, d.share) };
  }
  const kb = (xs: number[]) => `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length / 1024).toFixed(1)} KB, max ${(Math.max(...xs) / 1024).toFixed(1)} KB`;
  console.log(`${cards.length} share cards, CPU per card`);
  console.log(`old  resvg + sharp RGB PNG   ${stats(oldMs)}   (+ font subsets ${(subsetMs / cards.length).toFixed(2)} ms a card)`);
  newMs.forEach((times, pass) => console.log(`new  flat indexed PNG, ${pass ? 'warm' : 'cold'} glyphs  ${stats(times)}`));
  console.log(`size old ${kb(oldSizes)}; new ${kb(newSizes)}`);
  console.log(`new vs resvg, worst card: max channel difference ${worst.max}, mean ${worst.mean.toFixed(3)}, pixels differing by more than 32: ${(worst.share * 100).toFixed(3)}%`);
} finally {
  rmSync(fontDir, { recursive: true, force: true });
}
