import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type Served } from '../static-server.ts';
import { median } from './stats.ts';

/** A first visit to one page, with the service worker and with service workers blocked. */
export interface OfflineVisit {
  page: string;
  /** Bytes on the wire until the page and (with the worker) its precache have loaded. */
  withWorkerBytes: number;
  withoutWorkerBytes: number;
  /** First contentful paint, median of the runs. */
  withWorkerPaintMs: number;
  withoutWorkerPaintMs: number;
  runs: number;
}

/** One fresh visit: bytes the host sent and the page's first contentful paint. */
async function visit(browser: Browser, site: Served, page: string, worker: boolean) {
  const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
  const tab = await context.newPage();
  const before = site.sentBytes();
  await tab.goto(site.url + page, { waitUntil: 'load' });
  // The worker registers after load and precaches once installed; wait until it is active.
  if (worker) await tab.evaluate(() => navigator.serviceWorker.ready);
  await tab.waitForLoadState('networkidle');
  const paint = await tab.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  await context.close();
  return { bytes: site.sentBytes() - before, paint };
}

/**
 * What the service worker costs a first visit (src/publish/offline.ts): the same page opened in
 * fresh contexts, taking turns with and without the worker, `runs` times each. Bytes are what a
 * compressing host sends (tools/static-server.ts); first paint shows whether registering, which
 * waits for the load event, holds anything up.
 */
export async function measureOfflineVisit(
  dist: string,
  page: string,
  runs = 3,
): Promise<OfflineVisit> {
  const [browser, site] = await Promise.all([
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking'],
    }),
    serveStatic(dist),
  ]);
  try {
    const withWorker = [];
    const without = [];
    for (let i = 0; i < runs; i++) {
      withWorker.push(await visit(browser, site, page, true));
      without.push(await visit(browser, site, page, false));
    }
    return {
      page,
      withWorkerBytes: median(withWorker.map((v) => v.bytes)),
      withoutWorkerBytes: median(without.map((v) => v.bytes)),
      withWorkerPaintMs: Math.round(median(withWorker.map((v) => v.paint))),
      withoutWorkerPaintMs: Math.round(median(without.map((v) => v.paint))),
      runs,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
