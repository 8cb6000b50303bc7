import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type Served } from '../../tools/static-server.ts';

let browser: Browser;
let site: Served;

// A host that revalidates every page (`astro preview` sends no-cache), and a browser with nothing
// cached: the first page a visitor ever opens.
beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveStatic(inject('dist'), '/', { revalidate: true }),
  ]);
  // A browser's very first page waits for its processes to start; the tests' own visits are
  // first visits still, each in a fresh context with an empty cache.
  const { page } = await openPage(browser);
  await page.goto(`${site.url}missing/`);
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What a layout-shift entry holds (not in TypeScript's DOM library). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node | null }[];
}

/** The fonts Chromium drew an element's own text with (its platform fonts, not the CSS list). */
async function drawnWith(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((f) => f.familyName);
}

// The fonts show on a first visit when they arrive before the first layout, or within Chromium's
// 100 ms for font-display: optional; they are preloaded at the top of the page and the first paint
// waits for the whole page anyway, but a machine starved of CPU can still miss that window. A
// retry is another first visit, in a fresh context. (The build before the fonts were preloaded
// missed it on every visit.)
describe('the site fonts', { retry: 2 }, () => {
  it.each([
    ['a note', 'scale/why-405b/', '.prose > p'],
    ['the home page', '', '.home > p:not(.lead)'],
  ])('show on the first visit to %s, without moving the text', async (_, path, paragraph) => {
    const { page } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    // Every layout shift, with what moved: the sum must be 0.
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: string[]; shifted: number };
      w.shifts = [];
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as LayoutShift[]) {
          if (e.hadRecentInput) continue;
          w.shifted += e.value;
          w.shifts.push(`${e.value}: ${e.sources.map((s) => s.node?.nodeName).join(' ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url + path);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
    );
    expect(
      loaded.some((f) => f.includes('Source Serif 4')),
      loaded.join(),
    ).toBe(true);
    expect(
      loaded.some((f) => f.includes('Source Sans 3')),
      loaded.join(),
    ).toBe(true);
    // Only the site's faces, no system font: the body face in the paragraph (its citations are
    // set in the sans), the heading face in the title. A variable face reports the name of its
    // default instance ("Source Sans 3 ExtraLight").
    const text = await drawnWith(page, paragraph);
    expect(text).toContain('Source Serif 4');
    expect(text.filter((f) => !/^Source (Serif 4|Sans 3)\b/.test(f))).toEqual([]);
    const title = await drawnWith(page, 'h1');
    expect(title.filter((f) => !f.startsWith('Source Sans 3'))).toEqual([]);
    expect(title).not.toEqual([]);
    // Two frames after the fonts: any shift their arrival caused has been reported by now.
    const { shifted, shifts } = await page.evaluate(
      () =>
        new Promise<{ shifted: number; shifts: string[] }>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const { shifted, shifts } = window as unknown as {
                shifted: number;
                shifts: string[];
              };
              done({ shifted, shifts });
            }),
          ),
        ),
    );
    expect(shifted, shifts.join('; ')).toBe(0);
  });
});
