import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { AXE_TIMEOUT, axeViolations } from '../support/axe.ts';
import { encodeTextTerm } from '../../src/lib/text-fragment.ts';
import type { NotePreview } from '../../src/lib/previews.ts';

const env = useBrowserAndSite(inject('dist'));
const NOTE = 'scale/beyond-chinchilla/';
const SECTION = 'who-was-over-trained';
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
/** The browser scrolls to a text fragment once the page has loaded; a busy machine is slow. */
const POLL = { timeout: 10_000 };

/** Words from the first paragraph of a section far down the note, as the build saw them. */
async function passage(): Promise<string> {
  const data = JSON.parse(
    await readFile(join(inject('dist'), NOTE, 'preview.json'), 'utf8'),
  ) as NotePreview;
  return data.sections[SECTION]!.text.split(' ').slice(4, 10).join(' ');
}

/** The paragraph holding some text. */
const paragraphWith = (page: Page, text: string) =>
  page.locator('.prose p', { hasText: text }).first();

async function inViewport(page: Page, element: Locator): Promise<boolean> {
  const box = (await element.boundingBox())!;
  return box.y >= 0 && box.y < page.viewportSize()!.height;
}

/** Whether the browser highlights the text: the paragraph looks different than without the fragment. */
async function highlighted(page: Page, text: string): Promise<boolean> {
  const shot = await paragraphWith(page, text).screenshot();
  const { page: plain } = await openPage(env.browser);
  await plain.goto(env.site.url + NOTE);
  const unmarked = await paragraphWith(plain, text).screenshot();
  await plain.context().close();
  return !shot.equals(unmarked);
}

describe('incoming text fragments', () => {
  it.each([
    ['a plain note URL', ''],
    ['a URL with an anchor', `#${SECTION}`],
    ['a URL from a search result (our highlight script runs)', '?highlight=trained'],
  ])('land on and highlight the passage from %s', async (_, prefix) => {
    const text = await passage();
    const { page, errors } = await openPage(env.browser);
    const [query, anchor] = prefix.startsWith('#') ? ['', prefix] : [prefix, '#'];
    await page.goto(`${env.site.url}${NOTE}${query}${anchor}:~:text=${encodeTextTerm(text)}`);
    await expect.poll(() => inViewport(page, paragraphWith(page, text)), POLL).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    expect(await highlighted(page, text)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('“Link to this passage”', () => {
  it('appears under a selection made with the mouse and copies a link that lands on it', async () => {
    const text = await passage();
    const { page } = await openPage(env.browser, clipboard);
    await page.goto(env.site.url + NOTE);
    const paragraph = paragraphWith(page, text);
    await paragraph.scrollIntoViewIfNeeded();
    const box = (await paragraph.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 8, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Link to this passage' }).waitFor();
    const control = page.locator('button.passage-link');
    const selected = await page.evaluate(
      () => getSelection()!.getRangeAt(0).getBoundingClientRect().bottom,
    );
    await expect.poll(async () => (await control.boundingBox())!.y, POLL).toBeGreaterThan(selected);
    await control.click();
    await expect.poll(() => control.textContent(), POLL).toBe('Link copied');
    const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(url.pathname).toBe(`/${NOTE}`);
    expect(url.hash).toMatch(new RegExp(`^#${SECTION}:~:text=`));

    const { page: reader } = await openPage(env.browser);
    await reader.goto(env.site.url + url.pathname.slice(1) + url.hash);
    await expect.poll(() => inViewport(reader, paragraphWith(reader, text)), POLL).toBe(true);
    expect(await highlighted(reader, text)).toBe(true);
  });

  it('is reached with Tab from a selection, copies with Enter, names a claim, and hides on Esc', async () => {
    const { page } = await openPage(env.browser, clipboard);
    await page.goto(env.site.url + NOTE);
    const claim = page.locator('.claim').nth(1);
    const id = await claim.getAttribute('id');
    await claim.locator('.claim-text').evaluate((p) => {
      const words = p.firstChild!;
      getSelection()!.setBaseAndExtent(words, 4, words, 40);
    });
    await page.getByRole('button', { name: 'Link to this passage' }).waitFor();
    const control = page.locator('button.passage-link');
    await page.keyboard.press('Tab');
    expect(await control.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => control.textContent(), POLL).toBe('Link copied');
    const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(url.hash).toMatch(new RegExp(`^#${id}:~:text=`));
    await page.keyboard.press('Escape');
    await control.waitFor({ state: 'hidden' });
  });

  it('is clean for axe in the dark scheme while shown', { timeout: AXE_TIMEOUT }, async () => {
    const { page } = await openPage(env.browser, { colorScheme: 'dark' });
    await page.goto(env.site.url + NOTE);
    await page
      .locator('.prose > p')
      .nth(2)
      .evaluate((p) => getSelection()!.selectAllChildren(p));
    await page.getByRole('button', { name: 'Link to this passage' }).waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
