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
      toc: box(document.querySelector('.toc ol')!),
    };
  });
}

describe('sidenotes', () => {
  it('sit in the margin beside their reference on a wide screen, clear of tables and each other', async () => {
    const { page } = await openPage(env.browser, { viewport: WIDE });
    await page.goto(env.site.url + NOTE);
    const { notes, refs, text, wide, toc } = await layout(page);
    expect(notes.length).toBeGreaterThan(1);
    for (const [i, note] of notes.entries()) {
      expect(note.width).toBeGreaterThan(150);
      expect(note.x).toBeGreaterThanOrEqual(text.x + text.width);
      expect(note.x + note.width).toBeLessThanOrEqual(toc.x);
      expect(Math.abs(note.y - refs[i]!.y)).toBeLessThan(20);
      for (const other of notes.slice(i + 1)) expect(overlap(note, other)).toBe(false);
      for (const block of wide) expect(overlap(note, block)).toBe(false);
    }
    expect(await page.locator('section[data-footnotes]').isVisible()).toBe(false);
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
