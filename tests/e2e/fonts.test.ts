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
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

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

describe('the site fonts', () => {
  it.each([
    ['a note', 'scale/why-405b/', '.prose > p'],
    ['the home page', '', '.home > p:not(.lead)'],
  ])('show on the first visit to %s, without moving the text', async (_, path, paragraph) => {
    const { page } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!e.hadRecentInput) w.shifted += e.value;
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
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done((window as unknown as { shifted: number }).shifted)),
          ),
        ),
    );
    expect(shifted).toBe(0);
  });
});
