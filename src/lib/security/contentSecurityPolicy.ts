/**
 * The Content-Security-Policy the site is served with: no inline script or
 * style anywhere. The build writes it to `_headers` for the host, and the
 * browser tests serve dist/ with exactly this header.
 */
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

/** The `_headers` file (Netlify / Cloudflare Pages format) applying the policy to every path. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
