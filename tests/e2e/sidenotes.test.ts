import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { AXE_TIMEOUT, axeViolations } from '../support/axe.ts';

const env = useBrowserAndSite(inject('dist'));
/** Two footnotes, the second beside a wide table. */
const NOTE = 'scale/beyond-chinchilla/';
const WIDE = { width: 1440, height: 900 };

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Page coordinates of the sidenotes, their references, the text column, wide blocks and the contents. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y + scrollY, width: r.width, height: r.height };
    };
    const all = (selector: string) => [...document.querySelectorAll(selector)].map(box);
    return {
      notes: all('.sidenote'),
      refs: all('.sidenote').map((_, i) =>
        box(document.querySelectorAll('.sidenote')[i]!.previousElementSibling!),
      ),
      text: box(document.querySelector('.prose > p')!),
      wide: all('.prose :is(table, figure, .math-display)'),
      // The contents shown: beside the text, or (a note with sidenotes, below 1,392 px) under the navigation.
      toc: box([...document.querySelectorAll('.toc ol')].find((ol) => ol.checkVisibility())!),
      tocBox: box([...document.querySelectorAll('.toc')].find((nav) => nav.checkVisibility())!),
    };
  });
}

describe('sidenotes', () => {
  it.each([1200, 1366, 1440])(
    'sit in the margin beside their reference at %i px, clear of tables, the contents and each other',
    async (width) => {
      const { page } = await openPage(env.browser, { viewport: { ...WIDE, width } });
      await page.goto(env.site.url + NOTE);
      const { notes, refs, text, wide, toc, tocBox } = await layout(page);
      expect(notes.length).toBeGreaterThan(1);
      for (const [i, note] of notes.entries()) {
        expect(note.width).toBeGreaterThan(150);
        expect(note.x).toBeGreaterThanOrEqual(text.x + text.width);
        // Contents on the right (1,440 px): the notes sit between; else under the navigation.
        if (toc.x > text.x) expect(note.x + note.width).toBeLessThanOrEqual(toc.x);
        expect(overlap(note, tocBox)).toBe(false);
        // Level with its mark's line, or pushed down to just under the sidenote before it.
        const before = notes[i - 1];
        const pushedTo = before ? before.y + before.height + 16 : Number.NaN;
        const level = Math.abs(note.y - refs[i]!.y) <= 4 || Math.abs(note.y - pushedTo) <= 2;
        expect(level, `sidenote ${i + 1} at ${note.y}, its mark at ${refs[i]!.y}`).toBe(true);
        for (const other of notes.slice(i + 1)) expect(overlap(note, other)).toBe(false);
        for (const block of wide) expect(overlap(note, block)).toBe(false);
      }
      expect(await page.locator('section[data-footnotes]').isVisible()).toBe(false);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    },
  );

  it('leave the contents under the navigation at 1,366 px, still marking the section being read', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(env.site.url + NOTE);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.evaluate((nav) => nav.closest('#site-nav') !== null)).toBe(true);
    await toc.getByRole('link', { name: 'The Chinchilla trap' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#the-chinchilla-trap$/);
    await expect
      .poll(() => toc.locator('a[aria-current="location"]').textContent())
      .toBe('The Chinchilla trap');
    // The sidebar stays in view while the note scrolls, the contents with it.
    const { y, height } = (await toc.boundingBox())!;
    expect(y).toBeGreaterThan(0);
    expect(y + height).toBeLessThanOrEqual(900);
  });

  it.each([1199, 1024])('stay at the end of the note at %i px', async (width) => {
    const { page } = await openPage(env.browser, { viewport: { width, height: 900 } });
    await page.goto(env.site.url + NOTE);
    expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
    expect(await page.locator('section[data-footnotes] li').first().isVisible()).toBe(true);
  });

  it('stay at the end of the note on a narrow screen, and in print', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
    await page.goto(env.site.url + NOTE);
    expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
    expect(await page.locator('section[data-footnotes] li').first().isVisible()).toBe(true);

    // Print lays the page out at the paper's width (A4, 96 dpi): no margin for notes there.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    expect(await display('.sidenote')).toBe('none');
    expect(await display('section[data-footnotes]')).toBe('block');
    expect(await display('section[data-footnotes] li')).toBe('list-item');
  });

  it(
    'are read once, in their place, and clean for axe in the dark scheme',
    { timeout: AXE_TIMEOUT },
    async () => {
      const { page } = await openPage(env.browser, { viewport: WIDE, colorScheme: 'dark' });
      await page.goto(env.site.url + NOTE);
      const tree = await page.locator('.prose').ariaSnapshot();
      const footnote = (await page.locator('.sidenote').first().textContent())!.slice(2, 40);
      expect(tree.split(footnote)).toHaveLength(2);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('are reached by keyboard right after their reference', async () => {
    const { page } = await openPage(env.browser, { viewport: WIDE });
    await page.goto(env.site.url + NOTE);
    const note = page.locator('.sidenote').nth(1);
    await note.locator('xpath=preceding-sibling::sup[1]/a').focus();
    await page.keyboard.press('Tab');
    expect(await note.evaluate((n) => n.contains(document.activeElement))).toBe(true);
  });
});
