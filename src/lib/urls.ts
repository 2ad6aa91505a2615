/**
 * Every address the site publishes, built in one place: pages, components,
 * chart builders, remark plugins, feeds and tests link through these
 * functions and never write a path by hand. The URL contract of DESIGN.md
 * ("URLs") is what they return; tests/urls.test.ts pins it, because shared
 * links must keep working.
 *
 * Every function returns a root-relative path made by `path()`, under the
 * site's base path (`BASE_PATH`, read here and nowhere else; astro.config.mjs
 * gives the same value to Astro as `base`). Ids are ASCII
 * kebab-case (the schemas and the content check enforce it), so they go into
 * paths and fragments as they are.
 */

/**
 * `BASE_PATH` as a path that starts and ends with `/`: unset or empty is `/`
 * (the root of a host), `casebook` and `/casebook` are `/casebook/`.
 */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH "${raw}" is not a URL path: expected something like /casebook/ (ASCII letters, digits, - . _ ~ and /)`);
  }
  return `/${trimmed}/`;
}

/** The placeholder address a build uses when `SITE_URL` is not set: it leads nowhere (see src/lib/deploy/siteAddress.ts). */
export const defaultSiteUrl = 'https://belt-casebook.example';

/** Where the site lives under its origin: `/` at the root of a host, `/casebook/` under a sub-path. */
export const base = normaliseBasePath(process.env.BASE_PATH);

/** A path inside the site (`cases/x/`, no leading slash) as the URL pages link to. */
function path(inSite: string): string {
  return `${base}${inSite}`;
}

/** A fragment appended to a page's URL. */
function at(pageUrl: string, fragment: string | undefined): string {
  return fragment === undefined ? pageUrl : `${pageUrl}#${fragment}`;
}

/** The home page. */
export function homeUrl(): string {
  return path('');
}

/** Page `page` of a paginated list whose first page is at `first`: page 1 is the list's own address, the rest `page/<n>/` below it. */
function listPage(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

/** Every case, in editorial order, paginated (`/cases/`, `/cases/page/2/` …). */
export function caseIndexUrl(page = 1): string {
  return listPage(path('cases/'), page);
}

/** The ways `/cases/` is filtered: by service type, belt, provider, or handbook practice. */
export const caseFacets = ['service', 'belt', 'provider', 'practice'] as const;
export type CaseFacet = (typeof caseFacets)[number];

/** The cases of one service type, belt, provider or practice, paginated (`/cases/belt/<id>/`, `/cases/belt/<id>/page/2/` …). */
export function caseFacetUrl(facet: CaseFacet, id: string, page = 1): string {
  return listPage(path(`cases/${facet}/${id}/`), page);
}

/** One case study; its slug is its file name in `content/cases/`. */
export function caseUrl(slug: string): string {
  return path(`cases/${slug}/`);
}

/** Every provider, paginated. */
export function providerIndexUrl(page = 1): string {
  return listPage(path('providers/'), page);
}

export function providerUrl(id: string): string {
  return path(`providers/${id}/`);
}

export function beltIndexUrl(): string {
  return path('belts/');
}

export function beltUrl(id: string): string {
  return path(`belts/${id}/`);
}

export function handbookUrl(): string {
  return path('handbook/');
}

export function chapterUrl(chapterId: string): string {
  return path(`handbook/${chapterId}/`);
}

/** A handbook section: its chapter's page at the section's stable id. */
export function sectionUrl(chapterId: string, sectionId: string): string {
  return at(chapterUrl(chapterId), sectionId);
}

/**
 * A handbook section's share page: a small page with the section's own link
 * preview and QR code that forwards to `sectionUrl` (chat apps drop the
 * #fragment, so a shared section link needs a path of its own). The fragment
 * link stays the section's address; this one is only for sharing.
 */
export function sectionShareUrl(chapterId: string, sectionId: string): string {
  return path(`handbook/${chapterId}/${sectionId}/`);
}

/** Whether a URL path is a section share page (kept out of the sitemap: the chapter is the page to index). */
export function isSectionSharePath(pathname: string): boolean {
  return pathname.startsWith(path('handbook/')) && /^[^/]+\/[^/]+\/$/.test(pathname.slice(path('handbook/').length));
}

/** The print stylesheet written at build time: running footers and the site's origin (src/lib/print/printPagesCss.ts). */
export function handbookPrintCssUrl(): string {
  return path('handbook/print.css');
}

export function glossaryUrl(): string {
  return path('glossary/');
}

/** A glossary term: its stable anchor on the glossary page. */
export function termUrl(termId: string): string {
  return at(glossaryUrl(), termId);
}

/** Every source document the site draws on, paginated (`/sources/`, `/sources/page/2/` …). */
export function sourceIndexUrl(page = 1): string {
  return listPage(path('sources/'), page);
}

/** One source document: its title, publisher, date and address, and the pages that cite it. */
export function sourceUrl(sourceId: string): string {
  return path(`sources/${sourceId}/`);
}

/** Every dataset, with its downloads, paginated. */
export function dataIndexUrl(page = 1): string {
  return listPage(path('data/'), page);
}

/** A dataset's page: every figure with its source. */
export function datasetUrl(datasetId: string): string {
  return path(`data/${datasetId}/`);
}

export function datasetCsvUrl(datasetId: string): string {
  return path(`data/${datasetId}.csv`);
}

export function datasetJsonUrl(datasetId: string): string {
  return path(`data/${datasetId}.json`);
}

/** Where a figure or milestone is explained: its row (id = entry id) on its dataset's page. */
export function datasetRowUrl(datasetId: string, entryId: string): string {
  return at(datasetUrl(datasetId), entryId);
}

/** The platform figures, or one of that page's headings by its id (`campaign-<id>`, `source-<id>`). */
export function platformUrl(headingId?: string): string {
  return at(path('platform/'), headingId);
}

/** The search page, or a search already typed in (`?q=`, which public/scripts/search.js reads). */
export function searchUrl(query?: string): string {
  return query === undefined ? path('search/') : `${path('search/')}?q=${encodeURIComponent(query)}`;
}

/** The feed of new cases. */
export function rssUrl(): string {
  return path('rss.xml');
}

/** The sitemap index @astrojs/sitemap writes. */
export function sitemapUrl(): string {
  return path('sitemap-index.xml');
}

/** Crawlers' instructions, naming the sitemap (a host reads it only at its root: see README, Deploying). */
export function robotsUrl(): string {
  return path('robots.txt');
}

/** Where Astro writes the CSS and JS it bundles, inside the built site (its default `build.assets`; names carry a content hash). */
export const bundledAssetFolder = '_astro';

/** The output folder of chart PNGs and share cards, inside the built site. */
export const chartImageFolder = 'charts';

/** A link-preview card (PNG) or a chart's image to save (SVG, drawn to PNG on the reader's device), by its content hash. */
export function chartImageUrl(hash: string, ext: 'png' | 'svg' = 'png'): string {
  return path(`${chartImageFolder}/${hash}.${ext}`);
}

/** A file served as it is: from `public/` (`favicon.svg`, `scripts/…`) or Pagefind's output (`pagefind/…`). */
export function staticFileUrl(file: string): string {
  return path(file);
}

/** A path above as a full URL on the site's public origin, for canonical links, previews, feeds and QR codes. */
export function absoluteUrl(sitePath: string, site: URL | string): string {
  return new URL(sitePath, site).href;
}
