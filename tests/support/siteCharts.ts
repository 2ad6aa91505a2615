import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { readMdxFile } from '../../src/lib/check/readContentFile.ts';
import { chartsOfSite, type PlacedChart } from '../../src/lib/content/chartsOfSite.ts';
import { homePageFile, homePageSchema } from '../../src/schemas/homePage.ts';
import { root } from './root.ts';

/** The project's content as the checker reads it, and every chart the site draws from it, with its page. */
export function siteCharts(dir = root): { check: ReturnType<typeof checkProject>; placed: PlacedChart[] } {
  const check = checkProject(dir);
  const { content } = check;
  const homePath = join(dir, homePageFile);
  const home = existsSync(homePath) ? readMdxFile(homePath, homePageFile) : undefined;
  const homeCharts = home?.ok ? homePageSchema.parse(home.value.data).charts : [];
  const placed = chartsOfSite(
    {
      home: homeCharts,
      sources: [...content.sources.values()].map((s) => ({ id: s.id, charts: s.data.charts })),
      cases: [...content.cases.values()].map((c) => ({ id: c.id, charts: c.data.charts })),
      providers: [...content.providers.values()].map((p) => ({ id: p.id, name: p.data.name, scale: p.data.scale, charts: p.data.charts })),
    },
    content.datasets,
  );
  return { check, placed };
}
