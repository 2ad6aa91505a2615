/**
 * A real Chromium for the browser suites, driven by playwright-core.
 *
 * Found in this order: `$CHROMIUM_PATH`, `/usr/bin/chromium`, then the binary
 * inside the `@sparticuz/chromium` npm package, so that `npm install && npm test`
 * works on a machine with no browser installed. `BELT_SYSTEM_CHROMIUM` overrides
 * the second path (set it to a path that does not exist to test the fallback).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the browser came from, for messages and the report. */
export interface FoundChromium {
  executablePath: string;
  source: '$CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/**
 * Flags for this sandbox: no GPU, no network chatter, no sandbox (containers run
 * as root). `--single-process`, which @sparticuz/chromium recommends, is left out
 * on purpose: with it a second browser context fails.
 */
export const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function findChromium(): Promise<FoundChromium> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, source: '$CHROMIUM_PATH' };
  }
  const system = process.env.BELT_SYSTEM_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(system)) return { executablePath: system, source: 'system' };
  // Unpacks its brotli-compressed binary into the temp folder on first use.
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { executablePath: await sparticuz.executablePath(), source: '@sparticuz/chromium' };
}

/** Starts a headless Chromium; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  const found = await findChromium();
  try {
    return await chromium.launch({ executablePath: found.executablePath, args: launchArgs, headless: true });
  } catch (error) {
    throw new Error(`could not start Chromium from ${found.source} (${found.executablePath}): ${(error as Error).message}`);
  }
}
