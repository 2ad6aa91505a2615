// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { fileURLToPath } from 'node:url';
import { remarkFigures } from './src/markdown/remarkFigures.ts';
import { remarkHandbookSections } from './src/markdown/remarkHandbookSections.ts';
import { remarkGlossary } from './src/markdown/remarkGlossary.ts';
import { remarkBaseLinks } from './src/markdown/remarkBaseLinks.ts';
import { remarkInference } from './src/markdown/remarkInference.ts';
import { projectCheckIntegration, checkedDatasets, checkedGlossary } from './src/integrations/projectCheckIntegration.ts';
import { chartPngIntegration } from './src/integrations/chartPngIntegration.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { incrementalCacheLinks } from './src/integrations/incrementalCacheLinks.ts';
import { base, defaultSiteUrl, isSectionSharePath } from './src/lib/urls.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The public address of the site, for canonical links, link previews, RSS,
// the sitemap and printed QR codes. Set SITE_URL when deploying (npm run build
// warns, or with --strict refuses, when it is missing). BASE_PATH (read in
// src/lib/urls.ts) serves the site under a sub-path, e.g. /casebook/.
const site = process.env.SITE_URL || defaultSiteUrl;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Inside the project, not node_modules: test and benchmark copies link
  // node_modules and must not share (and race on) one content store.
  cacheDir: './.cache/astro',
  outDir: process.env.BELT_OUT_DIR ?? './dist',
  build: {
    format: 'directory',
    // Eight pages at a time: a page's work is synchronous CPU, but while some
    // wait for their files to be written (the page, the incremental cache),
    // others render. Measured at 1,000 cases, every chart drawn ahead, page
    // rendering took 6.8-7.0 s at 2, 6.3-6.4 s at 4, 6.0-6.2 s at 8 and
    // 5.9-6.0 s at 16 (README, Benchmarks). BELT_BUILD_CONCURRENCY to try others.
    concurrency: Number(process.env.BELT_BUILD_CONCURRENCY ?? 8),
    // Every stylesheet is an external file, so a strict CSP needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkCjkFriendly,
        [remarkBaseLinks, { base }],
        remarkDirective,
        remarkHandbookSections,
        remarkInference,
        [remarkFigures, { getIndex: () => checkedDatasets(root) }],
        [remarkGlossary, { getTerms: () => checkedGlossary(root) }],
      ],
      smartypants: false,
    }),
  },
  experimental: {
    // Writes .astro/collections/collections.json, which the Astro editor extension
    // needs to check MDX frontmatter against the collections' schemas (with
    // "astro.content-intellisense" in .vscode/settings.json; see content/README.md).
    contentIntellisense: true,
    // Pages whose getStaticPaths() gives a cacheKey (src/content.ts) and whose
    // code is unchanged are copied from the last build instead of rendered.
    // The cache lives in cacheDir; src/cli/build.ts forces a full render when
    // the image cache the restored pages link to is gone.
    incrementalBuild: true,
  },
  integrations: [projectCheckIntegration(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !isSectionSharePath(new URL(page).pathname) }), chartPngIntegration(), securityHeaders(), incrementalCacheLinks()],
  vite: {
    build: {
      // Scripts stay external files (Astro inlines small ones below this
      // limit): the CSP allows no inline script.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // MDX modules start with a "use strict"-like directive that the bundler
          // reports once per file (withastro/astro#18087): noise, not a problem.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
