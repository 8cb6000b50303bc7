import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';

const env = useBrowserAndSite(inject('dist'));

/** Phone, large phone, tablet and small laptop; and 767, just below the search page's 48rem. */
const WIDTHS = [320, 390, 767, 768, 1024];

/** How far the page reaches past the right edge of the window, in px (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** One page of each kind, opened and brought to the state to measure. */
const KINDS: Record<string, (page: Page) => Promise<void>> = {
  home: (page) => visit(page, ''),
  theme: (page) => visit(page, 'scale/'),
  note: (page) => visit(page, 'scale/beyond-chinchilla/'),
  'note with a table': (page) => visit(page, 'architecture/dense-vs-moe/'),
  glossary: (page) => visit(page, 'glossary/'),
  sources: (page) => visit(page, 'sources/'),
  tags: (page) => visit(page, 'tags/'),
  tag: (page) => visit(page, 'tags/inference/'),
  '404': (page) => visit(page, 'no/such/page/'),
  'search with results': async (page) => {
    await visit(page, 'search/?q=chinchilla');
    await page.locator('[data-search-ui] .pf-result-link').first().waitFor();
  },
};

async function visit(page: Page, path: string) {
  await page.goto(env.site.url + path);
}

describe('every page fits the screen', () => {
  it.each(WIDTHS)('at %i px, with nothing reaching past the right edge', async (width) => {
    const { page } = await openPage(env.browser, { viewport: { width, height: 800 } });
    const wide: string[] = [];
    for (const [kind, open] of Object.entries(KINDS)) {
      await open(page);
      const past = await overflow(page);
      if (past > 0) wide.push(`${kind}: ${past} px too wide`);
    }
    expect(wide).toEqual([]);
  });

  it.each(WIDTHS)('at %i px on the search page while typing', async (width) => {
    const { page } = await openPage(env.browser, { viewport: { width, height: 800 } });
    await visit(page, 'search/');
    // Measured after every key: the results are redrawn (placeholders, then results) each time.
    let widest = 0;
    for (const key of 'chinchilla scaling') {
      await page.keyboard.type(key);
      widest = Math.max(widest, await overflow(page));
    }
    await page.locator('[data-search-ui] .pf-result-link').first().waitFor();
    widest = Math.max(widest, await overflow(page));
    expect(widest).toBe(0);
  });
});
