import type { APIContext } from 'astro';
import { absoluteUrl, base, sitemapUrl } from '../lib/urls.ts';

/** `robots.txt`: everything may be crawled; the sitemap's full address, base path included. */
export function GET(context: APIContext) {
  const body = ['User-agent: *', `Allow: ${base}`, '', `Sitemap: ${absoluteUrl(sitemapUrl(), context.site!)}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
