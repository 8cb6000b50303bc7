import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { CLAIM, select } from '../../src/lib/markup.ts';
import { loadContentModel } from '../support/content.ts';

const env = useBrowserAndSite(inject('dist'));
let paths: string[];

beforeAll(async () => {
  const model = await loadContentModel();
  paths = [
    '',
    'search/',
    'missing/',
    ...model.themes.map((t) => `${t.slug}/`),
    ...model.notes.map((n) => `${n.id}/`),
  ];
});

describe('layout', () => {
  it('fits a 320 px wide screen without sideways scrolling, on every page', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(env.site.url + path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) overflowing.push(`${path} (${scroll}px)`);
    }
    expect(overflowing).toEqual([]);
  });

  it('keeps lines of prose to a readable measure on a wide screen', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 1600, height: 900 } });
    await page.goto(`${env.site.url}scale/why-405b/`);
    const charsPerLine = await page.evaluate(() => {
      const p = document.querySelector('.prose > p')!;
      const width = p.getBoundingClientRect().width;
      // Average width of a character of this very prose (spaces included), on one line.
      const sample = p.textContent.slice(0, 200);
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = sample;
      p.append(probe);
      const perChar = probe.getBoundingClientRect().width / sample.length;
      probe.remove();
      return width / perChar;
    });
    expect(charsPerLine).toBeGreaterThan(62);
    expect(charsPerLine).toBeLessThan(78);
  });

  it('keeps the sidebar in view below the header while a long note scrolls', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.site.url}scale/beyond-chinchilla/`);
    await page.evaluate(() => window.scrollTo({ top: 1500, behavior: 'instant' }));
    const [navTop, headerBottom] = await page.evaluate(() => [
      document.querySelector('#site-nav')!.getBoundingClientRect().top,
      document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    ]);
    expect(Math.round(navTop)).toBe(Math.round(headerBottom));
  });

  it('prints the text without chrome and with link targets', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}scale/beyond-chinchilla/`);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '#site-nav', '.toc', '.prev-next', '.site-footer']) {
      expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
    }
    expect(await page.locator(select(CLAIM.id)).first().isVisible()).toBe(true);
    const after = await page
      .locator('.prose a[href^="/scale/serving-405b-in-fp8/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/scale/serving-405b-in-fp8/');
  });

  it('shows a visible focus ring and a skip link to keyboard users', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}evaluation/judges-and-rlhf-rounds/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(
      await skip.evaluate(
        (a) => a === document.activeElement && a.getBoundingClientRect().top >= 0,
      ),
    ).toBe(true);
    expect(await skip.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
