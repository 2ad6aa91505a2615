/**
 * The Content-Security-Policy the site is served with: no inline script or
 * style anywhere. The build writes it to `_headers` for the host, and the
 * browser tests serve dist/ with exactly this header.
 */
import { base, bundledAssetFolder, chartImageFolder } from '../urls.ts';

export const contentSecurityPolicy = [
  "default-src 'none'",
  // Pagefind's search runs WebAssembly.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Pagefind's stylesheet draws its search icon as a data: SVG (a CSS mask).
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Folders under the base path whose file names carry a hash of their content: Astro's bundled CSS and JS, and the chart images and share cards. */
export const contentHashedFolders = [bundledAssetFolder, chartImageFolder] as const;

/**
 * The `_headers` file (Netlify / Cloudflare Pages format): the policy and two
 * other security headers on every path, and a year's caching, without
 * revalidation, of files whose name changes whenever their content does.
 * Without that the hosts' default (`max-age=0, must-revalidate`) has a phone
 * ask again for every stylesheet on every page it opens, a round trip before
 * the page can paint. Pages and unhashed files (`scripts/`, Pagefind's index)
 * keep the default. On both hosts every rule that matches a path applies.
 */
export function headersFile(basePath = base): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...contentHashedFolders.flatMap((folder) => [`${basePath}${folder}/*`, '  Cache-Control: public, max-age=31536000, immutable']),
    '',
  ].join('\n');
}
