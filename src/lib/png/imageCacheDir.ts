import { join } from 'node:path';

/** Where PNGs are kept between builds (git-ignored, safe to delete). */
// BELT_CHART_PNG_CACHE points a build at another (e.g. empty) cache: the
// determinism test uses it to draw every PNG afresh.
export const defaultCacheDir = process.env.BELT_CHART_PNG_CACHE ?? join(process.cwd(), '.cache', 'chart-png');
