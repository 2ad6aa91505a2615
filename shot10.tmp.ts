import { launchBrowser } from '/work/wt/i10/tests/support/browser.ts';
import { serveStatic } from '/work/wt/i10/tests/support/server.ts';
const server = await serveStatic('/work/wt/i10/dist');
const browser = await launchBrowser();
const pages = process.argv.slice(2);
for (const spec of pages) {
  const [path, width] = spec.split('@');
  const [y0 = '0', h = '1200'] = (spec.split('@')[2] ?? '').split(':');
  const page = await browser.newPage({ viewport: { width: Number(width ?? 390), height: Number(h) } });
  await page.goto(server.origin + path);
  const name = `/tmp/shot10-${Date.now() % 100000}-${path.replace(/[\/#]/g, '_')}-${width}.png`;
  await page.evaluate((y) => window.scrollTo(0, y), Number(y0)); await page.screenshot({ path: name });
  console.log(name);
  await page.close();
}
await browser.close();
await server.close();
