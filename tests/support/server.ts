/**
 * A tiny static server for a built site, on 127.0.0.1 and a random port, as a
 * static host would serve it: `/dir/` → `dir/index.html`, `/dir` → 301 to `/dir/`,
 * 404 (with the site's 404 page if it has one) for anything missing. It can send
 * the site's strict Content-Security-Policy, and serve the site under a base
 * path (`/casebook/dir/` → `dir/index.html`; nothing outside the base exists).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/**
 * The policy the site must live with. No 'unsafe-inline' anywhere: styles and
 * scripts are external files. Pagefind compiles its WebAssembly
 * ('wasm-unsafe-eval'), fetches its index from the same origin (connect-src)
 * and searches in a web worker loaded from its own file (worker-src).
 */
export { contentSecurityPolicy } from '../../src/lib/security/contentSecurityPolicy.ts';
import { contentSecurityPolicy } from '../../src/lib/security/contentSecurityPolicy.ts';
import { base } from '../../src/lib/urls.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send the site's Content-Security-Policy header with every response. */
  csp?: boolean;
  /** The base path the site was built for (`/casebook/`); defaults to the one the tests run with (`base` in src/lib/urls.ts). */
  base?: string;
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const sitePath = options.base ?? base;
  const server: Server = createServer((req, res) => {
    const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (options.csp) headers['Content-Security-Policy'] = contentSecurityPolicy;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end('bad request');
      return;
    }
    const inSite = pathname === sitePath.slice(0, -1) ? '' : pathname.startsWith(sitePath) ? pathname.slice(sitePath.length - 1) : undefined;
    let file = resolve(join(root, inSite ?? ''));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, headers).end('forbidden');
      return;
    }
    if (inSite !== undefined && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...headers, Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (inSite === undefined || !existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(root, '404.html');
      const body = existsSync(notFound) ? readFileSync(notFound) : 'not found';
      res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
