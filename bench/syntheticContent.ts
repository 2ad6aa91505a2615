/**
 * Synthetic content for the build benchmark: N cases written into a throwaway
 * copy of the project, each with its own dataset, its own figures and its own
 * quotes in a synthetic source article (one article and one provider per
 * `casesPerArticle` cases). Every number comes from a seeded generator keyed by
 * the case's number, so no two charts are alike and no cache can serve one
 * case's chart or image to another. Every quote occurs word for word in its
 * article and states the value its entry holds, so `npm run check` passes.
 * Nothing here reaches the site: the files exist only in the temp copy.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readVocabularies } from '../src/lib/check/readVocabularies.ts';

export interface SyntheticOptions {
  /** Number of synthetic cases. */
  cases: number;
  /** Cases that cite one synthetic article (and belong to its provider). */
  casesPerArticle?: number;
}

/** What was written, for the benchmark's report and its one-changed run. */
export interface SyntheticContent {
  cases: string[];
  articles: string[];
  providers: string[];
}

/** A small deterministic PRNG (mulberry32): the same case always gets the same figures. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names carry no Arabic digits (prose may not type a number): each digit of
// the index becomes a character.
const stems = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const nameOf = (n: number) => [...String(n)].map((d) => stems[Number(d)]).join('');

/** The practice ids the real cases use (the handbook's sections), read from their frontmatter. */
function practiceIds(root: string): string[] {
  const ids = new Set<string>();
  for (const f of readdirSync(join(root, 'content/cases')).filter((f) => f.endsWith('.mdx'))) {
    const line = /^practices:\s*\[(.*)\]$/m.exec(readFileSync(join(root, 'content/cases', f), 'utf8'))?.[1];
    for (const id of line?.split(',') ?? []) if (id.trim()) ids.add(id.trim());
  }
  return [...ids].sort();
}

const beltIds = (root: string) =>
  readdirSync(join(root, 'content/belts'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
/** Non-numeric claims need a provenance: for synthetic content, an editors' inference that says so. */
const inferred = (fields: string[]) => `provenance:\n${fields.map((f) => `  ${f}:\n    inference: "基准测试合成的内容，不是事实"\n`).join('')}`;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Writes the synthetic articles, providers, datasets and cases into the project at `root`. */
export function writeSyntheticContent(root: string, options: SyntheticOptions): SyntheticContent {
  const perArticle = options.casesPerArticle ?? 50;
  const practices = practiceIds(root);
  // Categories and service types come from the editors' vocabularies, as a real case's must.
  const { vocabularies } = readVocabularies(root);
  const goods = vocabularies.categories.map((c) => c.name);
  const serviceTypeValues = vocabularies.serviceTypes.map((t) => t.name);
  const belts = beltIds(root);
  const out: SyntheticContent = { cases: [], articles: [], providers: [] };
  for (const dir of ['content/sources', 'content/providers', 'content/cases', 'data']) mkdirSync(join(root, dir), { recursive: true });
  if (goods.length === 0 || serviceTypeValues.length === 0) throw new Error('content/vocabularies/ lists no categories or service types to draw from');
  const articleCount = Math.ceil(options.cases / perArticle);
  for (let a = 0; a < articleCount; a++) {
    const article = `bench-article-${a}`;
    const providerId = `bench-provider-${a}`;
    const provider = `基准${nameOf(a)}服务商`;
    const belt = belts[a % belts.length]!;
    const rnd = random(1_000_003 * (a + 1));
    const merchantsServed = 100 + Math.floor(rnd() * 4900);
    const sentences: string[] = [
      `这是一篇为构建基准测试合成的文章，第${a + 1}篇，不是事实。`,
      `${provider}是一家产业带服务商，目前服务${merchantsServed}家商家。`,
    ];
    writeFileSync(
      join(root, 'data', `${providerId}.json`),
      json({
        title: `${provider}：服务商概况`,
        description: `合成的基准测试数据：${provider}服务的商家数。`,
        unit: 'merchants',
        entries: [
          {
            id: 'merchants-served',
            label: '服务的商家',
            subject: provider,
            period: { label: '文章发表时' },
            unit: 'merchants',
            kind: 'stated',
            value: merchantsServed,
            source: { document: article, quote: `目前服务${merchantsServed}家商家` },
          },
        ],
      }),
    );
    writeFileSync(
      join(root, 'content/providers', `${providerId}.mdx`),
      `---\nname: ${provider}\nlegalName: ${provider}有限公司(合成)\nplace: 合成地点\nbelts: [${belt}]\ncategories: [${goods[a % goods.length]}]\n` +
        `serviceTypes: [${serviceTypeValues[a % serviceTypeValues.length]}]\nsummary: 为构建基准测试合成的服务商，不是事实。\ndataset: ${providerId}\nscale: [${providerId}/merchants-served]\n${inferred(['place', 'categories', 'serviceTypes'])}---\n\n` +
        `## 是谁\n\n${provider}是合成的服务商，服务的商家:fig[${providerId}/merchants-served]。\n`,
    );
    out.providers.push(providerId);
    const first = a * perArticle;
    const last = Math.min(options.cases, first + perArticle);
    for (let c = first; c < last; c++) {
      const slug = `bench-case-${c}`;
      const r = random(2_000_029 * (c + 1));
      const merchant = `${nameOf(c)}${goods[c % goods.length]}旗舰店`;
      const growth = (10 + Math.floor(r() * 30000) / 100).toFixed(2);
      const gmvWan = 100 + Math.floor(r() * 99000);
      const hours = 10 + Math.floor(r() * 300);
      const before = 3.6 + Math.floor(r() * 80) / 100;
      const after = Math.min(4.99, before + 0.05 + Math.floor(r() * 40) / 100);
      const threshold = Math.min(5, Math.round((after + 0.02 + r() * 0.2) * 10) / 10);
      const year = 2022 + (c % 4);
      const month = 1 + (c % 12);
      const day = 1 + (c % 28);
      const date = `${year}-${pad2(month)}-${pad2(day)}`;
      const dateLabel = `${year}年${month}月${day}日`;
      const q = {
        growth: `${merchant}的单日GMV环比增长${growth}%`,
        gmv: `${merchant}在活动期间成交额突破${gmvWan}万`,
        hours: `${merchant}直播${hours}个小时`,
        scores: `${merchant}的评分从${before.toFixed(2)}提到了${after.toFixed(2)}`,
        threshold: `${merchant}距离${threshold.toFixed(1)}分的门槛还差一点`,
      };
      sentences.push(`${dateLabel}，${q.growth}，${q.gmv}；${q.hours}。${q.scores}，${q.threshold}。`);
      const stated = (id: string, label: string, unit: string, value: number, quote: string, bound?: string) => ({
        id,
        label,
        subject: merchant,
        period: { label: dateLabel, start: date },
        unit,
        kind: 'stated',
        value,
        ...(bound ? { bound } : {}),
        source: { document: article, quote },
      });
      writeFileSync(
        join(root, 'data', `${slug}.json`),
        json({
          title: `${merchant}：活动数据`,
          description: `合成的基准测试数据：${merchant}的增长、成交额、直播时长与评分。`,
          unit: 'percentChange',
          entries: [
            stated('gmv-growth', '单日GMV环比增长', 'percentChange', Number(growth), `单日GMV环比增长${growth}%`),
            stated('gmv', '活动期间成交额', 'yuan', gmvWan * 10000, `成交额突破${gmvWan}万`, 'atLeast'),
            stated('live-hours', '直播时长', 'hours', hours, `直播${hours}个小时`),
            stated('score-before', '调整前的评分', 'score', Number(before.toFixed(2)), `评分从${before.toFixed(2)}`),
            stated('score-after', '调整后的评分', 'score', Number(after.toFixed(2)), `提到了${after.toFixed(2)}`),
            stated('score-threshold', '对照的评分门槛', 'score', Number(threshold.toFixed(1)), `距离${threshold.toFixed(1)}分的门槛`),
          ],
        }),
      );
      const p1 = practices[c % practices.length]!;
      const p2 = practices[(c * 7 + 3) % practices.length]!;
      const practiceList = p1 === p2 ? [p1] : [p1, p2];
      writeFileSync(
        join(root, 'content/cases', `${slug}.mdx`),
        `---\ntitle: ${provider}×${merchant}：合成案例的增长与评分\nprovider: ${providerId}\nmerchant: ${merchant}\nbelt: ${belt}\n` +
          `categories: [${goods[c % goods.length]}]\nserviceTypes: [${serviceTypeValues[c % serviceTypeValues.length]}]\n` +
          `period:\n  label: ${dateLabel}\n  start: "${date}"\nsummary: ${provider}为${merchant}做的合成案例，用于构建基准测试，不是事实。\ndataset: ${slug}\n` +
          `keyFigures:\n  - ${slug}/gmv-growth\n  - ${slug}/gmv\n  - ${slug}/score-after\npractices: [${practiceList.join(', ')}]\norder: ${100 + c}\n${inferred(['belt', 'categories', 'serviceTypes'])}` +
          `charts:\n` +
          `  - type: indexBars\n    title: ${merchant}单日GMV：上月与活动日\n    takeaway: 活动日的GMV高于上月水平。\n    figures: [${slug}/gmv-growth]\n    baselineLabel: 上月\n    currentLabel: 活动日\n` +
          `  - type: bullet\n    title: ${merchant}的评分：调整前、调整后与门槛\n    takeaway: 调整后评分回升，但仍在门槛之下。\n    figures: [${slug}/score-before, ${slug}/score-after, ${slug}/score-threshold]\n` +
          `  - type: tiles\n    title: ${merchant}的活动成交\n    takeaway: 直播时长与成交额。\n    figures: [${slug}/gmv, ${slug}/live-hours]\n` +
          `---\n\n## 背景\n\n${merchant}是${provider}服务的商家。这个案例是为构建基准测试合成的，不是事实。\n\n` +
          `## 结果\n\n活动日，单日GMV环比:fig[${slug}/gmv-growth]，活动期间成交额:fig[${slug}/gmv]，直播:fig[${slug}/live-hours]。\n\n` +
          `评分从:fig[${slug}/score-before]提到了:fig[${slug}/score-after]，离门槛:fig[${slug}/score-threshold]还差一点。\n`,
      );
      out.cases.push(slug);
    }
    const text = sentences.join('\n');
    writeFileSync(join(root, 'content/sources', `${article}.txt`), `${text}\n`);
    writeFileSync(join(root, 'content/sources', `${article}.mdx`), `---\ntitle: 基准测试合成文章${nameOf(a)}\nplatform: 抖音电商\ntextFile: ${article}.txt\n---\n`);
    out.articles.push(article);
  }
  return out;
}
