/**
 * What the browser suites look at on a page: console errors, failed requests,
 * CSP violations, axe-core violations, horizontal overflow, keyboard access.
 * Each check returns plain strings describing problems, so a test can report
 * every problem on a page at once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules, and axe's best practices (landmark-unique, label-title-only …). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

declare global {
  interface Window {
    __cspViolations?: string[];
    __focusLog?: FocusEntry[];
  }
}

/**
 * Records `securitypolicyviolation` events from the first moment of every
 * document. Playwright's init scripts go through the DevTools protocol, so the
 * page's own CSP does not block them.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}${e.sample ? ` «${e.sample}»` : ''}`,
      );
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/**
 * Collects, from the moment it is attached: console errors, uncaught
 * exceptions, requests that failed and responses with an error status.
 */
export function watchPage(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  return { problems };
}

/** axe-core, injected through the protocol (an inline <script> would break the CSP). */
async function ensureAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
}

export interface AxeOptions {
  /** Limit to these rule ids (e.g. only colour contrast in dark mode). */
  rules?: string[];
}

/** axe-core violations on the current page, one line per failing element. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  await ensureAxe(page);
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: wcagTags };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string; html: string }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), html: n.html.slice(0, 200), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
    }));
  }, runOnly);
  return violations.flatMap((v) => v.nodes.map((n) => `axe ${v.id} (${v.help}) at ${n.target}: ${n.html} — ${n.summary}`));
}

/**
 * Script the CSP would block only when a reader acts, so a page load does not
 * reveal it: inline event handlers (onclick=…) and javascript: links. Inline
 * <script> and style="" are reported by the browser as soon as the page loads.
 */
export async function latentCspProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        if (/^on[a-z]+$/.test(attr)) problems.push(`inline handler ${attr}= on <${el.tagName.toLowerCase()}>`);
      }
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
      if (href && /^\s*javascript:/i.test(href)) problems.push(`javascript: link on <${el.tagName.toLowerCase()}>: ${href.slice(0, 60)}`);
    }
    return problems;
  });
}

/** Elements wider than the viewport that make the page scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return [];
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 0.5 || rect.width === 0) continue;
      // Only report the outermost offender, not each of its children.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      culprits.push(`${el.tagName.toLowerCase()}${id}${cls} reaches ${Math.round(rect.right)} px`);
      if (culprits.length >= 5) break;
    }
    return [`page scrolls sideways: ${root.scrollWidth} px wide in a ${width} px viewport; ${culprits.join('; ') || 'no single culprit'}`];
  });
}

export interface FocusEntry {
  key: string;
  tag: string;
  text: string;
  outline: boolean;
}

/**
 * Tabs through the page with the real keyboard and checks: the first stop is a
 * visible skip link to the main content; every focus stop shows a focus ring
 * (an outline or a box-shadow); every interactive control is reached by Tab and
 * has an accessible name (computed by axe-core's own algorithm).
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  await ensureAxe(page);
  const controls = await page.evaluate(() => {
    const axe = (window as unknown as { axe: { setup: (d: Document) => void; teardown: () => void; utils: { getNodeFromTree: (el: Element) => unknown }; commons: { text: { accessibleTextVirtual: (v: unknown) => string } } } }).axe;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
    axe.setup(document);
    const list: Array<{ key: string; label: string; name: string }> = [];
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) continue;
      // Not rendered (display:none, visibility:hidden, inside a closed <details>): not a stop.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const key = `k${n++}`;
      el.dataset.e2eKey = key;
      const name = axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el)).trim();
      const label = `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}>${(el.textContent ?? '').trim().slice(0, 40)}`;
      list.push({ key, label, name });
    }
    axe.teardown();
    window.__focusLog = [];
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      const style = getComputedStyle(el);
      const outline = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && style.outlineColor !== 'rgba(0, 0, 0, 0)') || style.boxShadow !== 'none';
      window.__focusLog!.push({ key: el.dataset.e2eKey ?? '', tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 40), outline });
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return list;
  });

  const problems: string[] = [];
  for (const c of controls) if (!c.name) problems.push(`control without an accessible name: ${c.label}`);

  // The first Tab from the top of the page must land on the skip link.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const rect = el.getBoundingClientRect();
    const target = el.getAttribute('href')?.startsWith('#') ? document.getElementById(el.getAttribute('href')!.slice(1)) : null;
    return {
      isSkip: el.tagName === 'A' && !!target && (target.tagName === 'MAIN' || !!target.closest('main')),
      visible: rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight,
      text: (el.textContent ?? '').trim(),
    };
  });
  if (!first) problems.push('the first Tab focuses nothing');
  else {
    if (!first.isSkip) problems.push(`the first focusable element is not a skip link to <main>: «${first.text}»`);
    if (!first.visible) problems.push('the skip link is not visible when focused');
  }
  // Tab until focus comes round to the skip link again. Chromium also stops on
  // scrollable regions (wide tables), so the number of stops is not known ahead.
  const firstKey = controls[0]?.key;
  const wrapped = () => page.evaluate((k) => (window.__focusLog ?? []).filter((f) => f.key === k).length >= 2, firstKey);
  let presses = 1;
  const limit = controls.length * 2 + 20;
  for (let batch = controls.length + 2; presses < limit; batch = 10) {
    for (let i = 0; i < batch && presses < limit; i++, presses++) await page.keyboard.press('Tab');
    if (await wrapped()) break;
  }
  const log = await page.evaluate(() => window.__focusLog ?? []);
  const reached = new Set(log.map((f) => f.key));
  for (const c of controls) if (!reached.has(c.key)) problems.push(`not reachable by Tab: ${c.label}`);
  const seen = new Set<string>();
  for (const f of log) {
    const id = f.key || `${f.tag}:${f.text}`;
    if (!f.outline && !seen.has(id)) problems.push(`no visible focus ring on <${f.tag}> «${f.text}»`);
    seen.add(id);
  }
  return problems;
}
