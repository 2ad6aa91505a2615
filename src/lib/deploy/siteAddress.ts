import { defaultSiteUrl } from '../urls.ts';

/** What `npm run build` makes of the public address it was given. */
export interface SiteAddressVerdict {
  /** `ok`: build; `warn`: build but say so loudly; `error`: refuse to build. */
  level: 'ok' | 'warn' | 'error';
  /** What is wrong and the one variable to set, for the terminal (empty when ok). */
  message: string;
}

export interface SiteAddressInput {
  /** `SITE_URL` as set in the environment (undefined or empty when not set). */
  siteUrl: string | undefined;
  /** `BASE_PATH` as set, for the hint when SITE_URL carries a path. */
  basePath: string | undefined;
  /** `--strict` or `BELT_STRICT=1`: a missing address is an error, not a warning. */
  strict: boolean;
}

/**
 * Checks the address every absolute URL is built from (canonical links,
 * link previews, RSS, sitemap, robots.txt and the QR codes printed on
 * chapters). Without SITE_URL the site still builds, for local use, but a
 * printed QR code would lead nowhere, so the build says so loudly, and
 * refuses when asked to be strict. A malformed address always fails.
 */
export function checkSiteAddress({ siteUrl, basePath, strict }: SiteAddressInput): SiteAddressVerdict {
  const raw = siteUrl?.trim() ?? '';
  if (raw === '' || raw.replace(/\/+$/, '') === defaultSiteUrl) {
    const message = [
      `SITE_URL is not set: every absolute link (canonical, link previews, RSS, sitemap, robots.txt, printed QR codes) points at ${defaultSiteUrl}, which leads nowhere.`,
      '未设置 SITE_URL：站内的完整地址（分享卡片、RSS、站点地图、打印页上的二维码）都指向一个不存在的网址。',
      'Set it to the public address, e.g. SITE_URL=https://casebook.example.com npm run build (under a sub-path also BASE_PATH=/casebook/).',
    ].join('\n');
    return { level: strict ? 'error' : 'warn', message };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { level: 'error', message: `SITE_URL "${raw}" is not a URL: expected an address such as https://casebook.example.com` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { level: 'error', message: `SITE_URL "${raw}" must start with https:// (or http://)` };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    const hint = basePath ? '' : ` Put the path in BASE_PATH instead: SITE_URL=${url.origin} BASE_PATH=${url.pathname}`;
    return { level: 'error', message: `SITE_URL "${raw}" must be an origin only (scheme and host), without a path, query or fragment.${hint}` };
  }
  return { level: 'ok', message: '' };
}
