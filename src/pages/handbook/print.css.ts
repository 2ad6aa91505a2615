import type { APIContext } from 'astro';
import { getHandbook } from '../../handbook.ts';
import { printPagesCss } from '../../lib/print/printPagesCss.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** `/handbook/print.css`: the chapters' running footers and the site's origin for printed links. */
export async function GET(context: APIContext) {
  const { chapters } = await getHandbook();
  const site = context.site!;
  const css = printPagesCss(
    new URL(site).origin,
    chapters.map((c) => ({ id: c.id, title: c.title, url: absoluteUrl(c.href, site) })),
  );
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
