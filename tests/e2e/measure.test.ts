import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { loadContentModel } from '../support/content.ts';

const env = useBrowserAndSite(inject('dist'));

/**
 * Characters (spaces included) on the full lines of a note's body paragraphs, on average; each
 * paragraph's last, short line is left out. A line ends where the next character starts to the
 * left of the one before. Formulas count their characters but are not measured (MathML places
 * a fraction's parts out of reading order), nor is text that is not shown.
 */
function charsPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    let chars = 0;
    let lines = 0;
    const range = document.createRange();
    for (const p of document.querySelectorAll('.prose > p')) {
      const counts = [0];
      let right = -Infinity;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (node.parentElement?.closest('.visually-hidden, .term-tip')) continue;
        if (node.parentElement?.closest('math')) {
          counts[counts.length - 1]! += text.length;
          continue;
        }
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width === 0) continue;
          if (r.left < right - 2) counts.push(0);
          counts[counts.length - 1]! += 1;
          right = r.right;
        }
      }
      const full = counts.slice(0, -1);
      chars += full.reduce((a, b) => a + b, 0);
      lines += full.length;
    }
    return chars / lines;
  });
}

/** For each table in the prose: does it scroll sideways, and does every header stay on one line? */
function tables(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.prose table')].map((table) => {
      const range = document.createRange();
      const broken = [...table.querySelectorAll('th')].filter((th) => {
        range.selectNodeContents(th);
        const tops = [...range.getClientRects()].map((r) => r.top);
        return Math.max(...tops) - Math.min(...tops) > 2;
      });
      const style = getComputedStyle(table);
      return {
        scrolls: table.scrollWidth > table.clientWidth + 1,
        brokenHeaders: broken.map((th) => th.textContent),
        scrollCue: style.backgroundAttachment.includes('local'),
      };
    }),
  );
}

/** Opens a page and waits for the site's fonts (they swap in when they arrive: fonts.test.ts). */
async function openWithFonts(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
}

describe('the measure', () => {
  it.each(['scale/why-405b/', 'scale/beyond-chinchilla/'])(
    'sets %s at 60 to 75 characters a line on a 1366 px screen',
    async (path) => {
      const { page } = await openPage(env.browser, { viewport: { width: 1366, height: 900 } });
      await openWithFonts(page, env.site.url + path);
      const perLine = await charsPerLine(page);
      expect(perLine).toBeGreaterThanOrEqual(60);
      expect(perLine).toBeLessThanOrEqual(75);
    },
  );

  it('shows every table whole on a 1366 px screen, a wide one in the room beside the column', async () => {
    const { notes } = await loadContentModel();
    const { page } = await openPage(env.browser, { viewport: { width: 1366, height: 900 } });
    const cramped: string[] = [];
    for (const note of notes) {
      await openWithFonts(page, `${env.site.url}${note.id}/`);
      for (const table of await tables(page))
        if (table.scrolls || table.brokenHeaders.length) cramped.push(note.id);
    }
    expect(cramped).toEqual([]);
    // Its cells hold sentences: wider than the column, clear of the table of contents, which this
    // note (it has sidenotes) shows under the navigation at this width, and within the page.
    await openWithFonts(page, `${env.site.url}synthetic-data/synthetic-post-training/`);
    const { table, prose, toc, main } = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const shown = [...document.querySelectorAll('.toc')].find((nav) => nav.checkVisibility())!;
      return {
        table: box('.prose table'),
        prose: box('.prose'),
        toc: shown.getBoundingClientRect(),
        main: box('main'),
      };
    });
    expect(table.width).toBeGreaterThan(prose.width + 100);
    expect(table.left >= toc.right || table.right <= toc.left).toBe(true);
    expect(table.right).toBeLessThanOrEqual(main.right);
  });

  it('scrolls a wide table inside itself on a 390 px screen, with a cue, and never the page', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 390, height: 800 } });
    await openWithFonts(page, `${env.site.url}scale/benchmarks-forecast-and-result/`);
    const [table] = await tables(page);
    expect(table).toEqual({ scrolls: true, brokenHeaders: [], scrollCue: true });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });
});
