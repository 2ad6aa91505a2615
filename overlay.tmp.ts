import { launchBrowser } from './tests/support/browser.ts';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const resp = await page.goto(process.argv[2]!);
console.log('status', resp?.status());
await page.waitForTimeout(3000);
const text = await page.evaluate(() => {
  const o = document.querySelector('vite-error-overlay');
  return o ? (o.shadowRoot?.textContent ?? '').slice(0, 1500) : 'NO OVERLAY: ' + document.title;
});
console.log(text);
await page.screenshot({ path: process.argv[3]! });
await browser.close();
