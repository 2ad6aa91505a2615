import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';

/** Names the file `npm run build` (src/cli/build.ts) waits for to start the search index. */
export const pagesWrittenVariable = 'BELT_PAGES_WRITTEN';

/**
 * Tells `npm run build` that every page is written: at the start of
 * `astro:build:done` (listed first among the integrations, so before the
 * images are copied and the sitemap written) it creates the file named in
 * BELT_PAGES_WRITTEN. Pagefind then indexes the pages while Astro finishes.
 * Without the variable (a plain `astro build`, `astro dev`) it does nothing.
 */
export function pagesWrittenSignal(): AstroIntegration {
  return {
    name: 'belt-casebook:pages-written',
    hooks: {
      'astro:build:done': () => {
        const file = process.env[pagesWrittenVariable];
        if (file) writeFileSync(file, '');
      },
    },
  };
}
