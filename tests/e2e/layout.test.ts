import { beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, useBrowserAndSite } from '../support/browser.ts';
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
      // A note with sidenotes has a second contents, under the navigation.
      for (const element of await page.locator(chrome).all())
        expect(await element.isVisible(), chrome).toBe(false);
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

describe('the frame around the text', () => {
  it('links the glossary, the sources and the tags from the header, and from the menu on a phone', async () => {
    const names = ['Glossary', 'Sources', 'Tags'];
    const wide = (await openPage(env.browser, { viewport: { width: 1366, height: 900 } })).page;
    await wide.goto(`${env.site.url}scale/why-405b/`);
    for (const name of names) {
      expect(await wide.getByRole('banner').getByRole('link', { name }).isVisible(), name).toBe(
        true,
      );
    }
    const phone = (await openPage(env.browser, { viewport: { width: 390, height: 800 } })).page;
    await phone.goto(`${env.site.url}scale/why-405b/`);
    await phone.getByRole('button', { name: 'Menu' }).click();
    const menu = phone.getByRole('navigation', { name: 'Themes and notes' });
    for (const name of names) {
      expect(await menu.getByRole('link', { name }).isVisible(), name).toBe(true);
    }
  });

  /** Horizontal centres of the footer's text and of the page's text column. */
  const centres = (page: import('playwright-core').Page, column: string) =>
    page.evaluate((column) => {
      const centre = (selector: string) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return Math.round(r.left + r.width / 2);
      };
      return { footer: centre('.site-footer > p'), column: centre(column) };
    }, column);

  it.each([
    ['a note', 'scale/why-405b/', '.prose'],
    ['a theme page', 'scale/', '.theme-page'],
    ['the home page', '', '.home'],
  ])('centres the footer on the text column of %s at 1366 px', async (_, path, column) => {
    const { page } = await openPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(env.site.url + path);
    const { footer, column: text } = await centres(page, column);
    expect(Math.abs(footer - text)).toBeLessThanOrEqual(1);
  });

  it('centres a note and its footer on an 800 px screen', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
    await page.goto(`${env.site.url}scale/why-405b/`);
    const { footer, column } = await centres(page, '.prose');
    const middle = await page.evaluate(() => document.documentElement.clientWidth / 2);
    expect(Math.abs(column - middle)).toBeLessThanOrEqual(1);
    expect(Math.abs(footer - middle)).toBeLessThanOrEqual(1);
  });

  // Blink's own settings (pointer types: 2 coarse, 4 fine; hover types: 2 hover), for devices that
  // Playwright's touch emulation (always "hover: none") cannot describe.
  const pointers = (primary: number, available: number) =>
    `--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=${primary},availablePointerTypes=${available}`;
  it.each([
    ['a phone', [], { hasTouch: true, isMobile: true }],
    ['a phone whose browser reports hover', [pointers(2, 2)], { isMobile: true }],
    ['a laptop with a touch screen', [pointers(4, 6)], {}],
  ])('shows the heading link controls without JavaScript on %s', async (_, args, device) => {
    const browser = args.length ? await launchBrowser(args) : env.browser;
    try {
      const { page } = await openPage(browser, {
        javaScriptEnabled: false,
        viewport: { width: 390, height: 800 },
        ...device,
      });
      await page.goto(`${env.site.url}scale/why-405b/`);
      const controls = await page.locator('.heading .anchor-link').evaluateAll((links) =>
        links.map((a) => {
          const { width, height } = a.getBoundingClientRect();
          return { width, height, opacity: Number(getComputedStyle(a).opacity) };
        }),
      );
      expect(controls.length).toBeGreaterThan(0);
      for (const c of controls) {
        expect(c.width).toBeGreaterThan(0);
        expect(c.height).toBeGreaterThan(0);
        expect(c.opacity).toBeGreaterThanOrEqual(0.7);
      }
    } finally {
      if (browser !== env.browser) await browser.close();
    }
  });
});
