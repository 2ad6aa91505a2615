// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { fileURLToPath } from 'node:url';
import { remarkFigures } from './src/markdown/remarkFigures.ts';
import { contentCheck, checkedContent } from './src/integrations/contentCheck.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The public address of the site, for canonical links, link previews, RSS
// and the sitemap. Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://belt-casebook.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.BELT_OUT_DIR ?? './dist',
  build: {
    format: 'directory',
    // Every stylesheet is an external file, so a strict CSP needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkCjkFriendly,
        remarkDirective,
        [remarkFigures, { getIndex: () => checkedContent(root).datasets }],
      ],
      smartypants: false,
    }),
  },
  integrations: [contentCheck(), mdx(), sitemap()],
  vite: {
    build: {
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
