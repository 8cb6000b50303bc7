import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../static-server.ts';
import { median } from './stats.ts';

export interface SearchMeasure {
  /** The first query, and how many notes it matched: a rare word and a common one behave differently. */
  firstQuery: string;
  firstQueryMatches: number;
  /** Requests for search (Pagefind and our dialog code) before the reader opened search. */
  fetchedBeforeOpening: number;
  /** Bytes on the wire from opening search to the first query's results. */
  firstQueryBytes: number;
  /** The same, split: the UI (scripts, styles) and the index (entry, wasm, chunks, fragments). */
  firstQueryUiBytes: number;
  firstQueryIndexBytes: number;
  /** First query: from the last index chunk arriving to results on screen. */
  firstResultsAfterChunksMs: number;
  /** Median and max, over the later queries, from the last keystroke to results on screen (includes the 50 ms debounce); absent with one query. */
  keystrokeToResultsMedianMs?: number;
  keystrokeToResultsMaxMs?: number;
  queries: number;
}

/** A request the page made: its path, and when its response ended (the page's clock). */
export interface Fetched {
  path: string;
  end: number;
}

/** Serves `dist` as a static host does and opens a Chromium page that records each finished request. */
export async function openRecordedPage(dist: string) {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const fetched: Fetched[] = [];
  page.on('requestfinished', (request) => {
    const timing = request.timing();
    fetched.push({
      path: new URL(request.url()).pathname,
      end: timing.startTime + timing.responseEnd,
    });
  });
  const close = async () => {
    await browser.close();
    void site.close();
  };
  return { site, page, fetched, close };
}

/** Types a query into the open dialog; returns ms from its last keystroke to the results for it. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('dialog.pf-modal input[type="search"]')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => !document.querySelector('dialog.pf-modal .pf-result'));
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __shown: number };
    w.__lastKey = 0;
    w.__shown = 0;
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), {
      capture: true,
    });
  });
  await page.keyboard.type(query);
  await page.waitForFunction(
    (q) => {
      const summary = document.querySelector('dialog.pf-modal pagefind-summary')?.textContent ?? '';
      // Results are on screen when the summary counts this query's results ("3 results for
      // chinchilla"; while it runs it reads "Searching for chinchilla..." over a prefix's
      // results) and the top result's title has been filled in from its fragment.
      const counted =
        /^\d[\d,]* results? for (.*)$/.exec(summary)?.[1]?.toLowerCase() === q.toLowerCase();
      const title = document
        .querySelector('dialog.pf-modal pagefind-results li')
        ?.querySelector('.pf-result-link')
        ?.textContent?.trim();
      const ready = counted && Boolean(title);
      const w = window as unknown as { __lastKey: number; __shown: number };
      if (ready && !w.__shown) w.__shown = performance.now();
      return Boolean(ready);
    },
    query,
    { polling: 'raf' },
  );
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __shown: number };
    return w.__shown - w.__lastKey;
  });
}

/**
 * Measures search as a reader meets it, in headless Chromium: what loads before and after
 * opening, the bytes of a first query, and the time from the last keystroke to results.
 */
export async function measureSearch(
  dist: string,
  notePath: string,
  queries: readonly string[],
): Promise<SearchMeasure> {
  const { site, page, fetched, close } = await openRecordedPage(dist);
  try {
    await page.goto(site.url + notePath, { waitUntil: 'networkidle' });
    const isSearch = (p: string) =>
      p.includes('/pagefind/') || /\/_astro\/(dialog|load|search|carry)/.test(p);
    const fetchedBeforeOpening = fetched.filter((f) => isSearch(f.path)).length;
    fetched.length = 0;

    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog.pf-modal[open] input[type="search"]');
    const firstMs = await timeQuery(page, queries[0]!);
    const summary = await page.locator('dialog.pf-modal pagefind-summary').textContent();
    const shownAt = await page.evaluate(
      () => performance.timeOrigin + (window as unknown as { __shown: number }).__shown,
    );
    const chunks = fetched.filter((f) => /\.pf_|\.pagefind$|pagefind-entry/.test(f.path));
    const ui = fetched.filter((f) => isSearch(f.path) && !chunks.includes(f));
    const bytes = (list: typeof fetched) => list.reduce((n, f) => n + site.wireBytes(f.path), 0);
    // Index chunks (not the per-result fragments, which are part of showing results).
    const lastChunk = Math.max(
      ...chunks.filter((c) => !c.path.endsWith('.pf_fragment')).map((c) => c.end),
    );

    const times = [firstMs];
    for (const query of queries.slice(1)) times.push(await timeQuery(page, query));
    return {
      firstQuery: queries[0]!,
      firstQueryMatches: Number(/\d[\d,]*/.exec(summary ?? '')?.[0].replace(/,/g, '') ?? 0),
      fetchedBeforeOpening,
      firstQueryBytes: bytes(ui) + bytes(chunks),
      firstQueryUiBytes: bytes(ui),
      firstQueryIndexBytes: bytes(chunks),
      firstResultsAfterChunksMs: Math.max(0, shownAt - lastChunk),
      ...(times.length > 1
        ? {
            keystrokeToResultsMedianMs: median(times.slice(1)),
            keystrokeToResultsMaxMs: Math.max(...times.slice(1)),
          }
        : {}),
      queries: queries.length,
    };
  } finally {
    await close();
  }
}
