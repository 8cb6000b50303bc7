import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { serveStatic } from '../../tools/static-server.ts';

/** Debian's Chromium (nothing downloads a browser here); CHROMIUM_PATH overrides it. */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium with the flags this sandbox needs: no background networking (the
 * machine has no internet and refused connections would add noise), no sandbox (tests run as root).
 * `args` adds flags, e.g. `--blink-settings=…` for a device emulation cannot describe.
 */
export function launchBrowser(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/** A fresh page in its own context; errors thrown by page scripts fail the test that reads them. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors };
}

/**
 * Registers beforeAll/afterAll hooks that start Chromium and serve a built site for the tests of
 * one file; read `browser` and `site` inside tests.
 */
export function useBrowserAndSite(dist: string, base = '/') {
  const context = {} as { browser: Browser; site: { url: string; close(): Promise<void> } };
  beforeAll(async () => {
    [context.browser, context.site] = await Promise.all([launchBrowser(), serveStatic(dist, base)]);
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.site?.close();
  });
  return context;
}
