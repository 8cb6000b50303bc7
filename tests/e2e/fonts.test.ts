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

/** Records every layout shift from the first paint on, with what moved. */
async function observeShifts(page: Page): Promise<void> {
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
}

/** The shifts so far, two frames after the fonts: any shift their arrival caused is reported. */
async function settledShifts(page: Page): Promise<{ shifted: number; shifts: string[] }> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(
    () =>
      new Promise<{ shifted: number; shifts: string[] }>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const { shifted, shifts } = window as unknown as { shifted: number; shifts: string[] };
            done({ shifted, shifts });
          }),
        ),
      ),
  );
}

// The fonts show on the first page a visitor opens: preloaded at the top of the page and set with
// font-display: swap, they are drawn as soon as they arrive, however late. (With optional, a
// machine starved of CPU missed Chromium's 100 ms window and the first page kept the system font.)
// When they arrive after the first paint the text may move, but by less than a hundredth of the
// window (see 'fonts that arrive late' below), which Lighthouse scores as no shift.
describe('the site fonts', () => {
  it.each([
    ['a note', 'scale/why-405b/', '.prose > p'],
    ['the home page', '', '.home > p:not(.lead)'],
  ])('show on the first visit to %s, without moving the text', async (_, path, paragraph) => {
    const { page } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    await observeShifts(page);
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
    const { shifted, shifts } = await settledShifts(page);
    expect(shifted, shifts.join('; ')).toBeLessThan(0.01);
  });
});

// A slow network: the fonts arrive a second after the page. The page is drawn at once in the
// system's stand-in, sized to the site's font (src/lib/font-fallbacks.ts), and the real fonts swap
// in without moving the text. Astro's own fallbacks, sized for Times New Roman and Arial, left a
// Linux reader's DejaVu at its own size: the swap moved every line (a shift of 0.08 on the note).
describe('fonts that arrive late', () => {
  it.each([
    ['a note', 'scale/why-405b/', '.prose > p', 1366],
    ['the home page', '', '.home > p:not(.lead)', 1366],
    // On a phone a line that wraps in one font and not the other moves everything below it.
    ['a note on a phone', 'scale/why-405b/', '.prose > p', 412],
    ['the home page on a phone', '', '.home > p:not(.lead)', 412],
  ])('swap in on %s without moving the text', async (_, path, paragraph, width) => {
    const { page } = await openPage(browser, { viewport: { width, height: 900 } });
    await observeShifts(page);
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    // Not waiting for 'load', which waits for the fonts.
    await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
    // Drawn before the fonts came: in a system font, not the site's.
    const before = await drawnWith(page, paragraph);
    expect(before.some((f) => f.startsWith('Source '))).toBe(false);
    release();
    const { shifted, shifts } = await settledShifts(page);
    expect(await drawnWith(page, paragraph)).toContain('Source Serif 4');
    expect(shifted, shifts.join('; ')).toBeLessThan(0.01);
  });
});
