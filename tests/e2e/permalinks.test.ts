import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { ANNOUNCER_ID, CLAIM, PERMALINK, select } from '../../src/lib/markup.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { frontmatter } from '../support/content.ts';
import { ROOT } from '../support/paths.ts';

const env = useBrowserAndSite(inject('dist'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Absolute URLs use SITE_URL (the build's default), not the test server's address. */
const SITE = 'http://localhost:4321/';
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe('getting a link', () => {
  it('copies the absolute URL of a section from its link control, and says so', async () => {
    const { page } = await openPage(env.browser, clipboard);
    await page.goto(`${env.site.url}scale/beyond-chinchilla/`);
    const control = page.getByRole('link', { name: 'Link to section “The Chinchilla trap”' });
    await page.getByRole('heading', { name: 'The Chinchilla trap' }).hover();
    expect(await control.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await control.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${SITE}scale/beyond-chinchilla/#the-chinchilla-trap`);
    await expect
      .poll(() => page.locator(`#${ANNOUNCER_ID}`).textContent())
      .toBe(`Link copied: ${SITE}scale/beyond-chinchilla/#the-chinchilla-trap`);
    expect(new URL(page.url()).hash).toBe('#the-chinchilla-trap');
  });

  it('reaches the control by keyboard, shows it on focus, and copies the share URL of the claim’s version', async () => {
    const { page } = await openPage(env.browser, clipboard);
    await page.goto(`${env.site.url}scale/why-405b/`);
    const control = page.locator('#balance-at-405b .anchor-link');
    // Start from the last link before the claim, as a reader tabbing through the page would reach it.
    await page.locator('#balance-at-405b').evaluate((claim) => {
      const links = [
        ...document.querySelectorAll<HTMLElement>('main a[href], main button:not([hidden])'),
      ];
      links
        .filter(
          (l) =>
            claim.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_PRECEDING &&
            !claim.contains(l),
        )
        .pop()!
        .focus();
    });
    for (let i = 0; i < 5 && !(await control.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await control.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await control.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${SITE}c/balance-at-405b/v/1/`);
  });

  it.each([1366, 390])(
    'shows that a link was copied without covering the claim or heading it belongs to, at %i px',
    async (width) => {
      const { page } = await openPage(env.browser, {
        ...clipboard,
        viewport: { width, height: 900 },
      });
      await page.goto(`${env.site.url}scale/why-405b/`);
      const owner = `${select(CLAIM.id)}, .heading`;
      // Drawn ones only: from 1,200 px the footnotes of this note are all sidenotes, and their
      // heading at the end is hidden with them.
      const boxes = page
        .locator(owner)
        .filter({ has: page.locator(select(PERMALINK.copyLink)), visible: true });
      const count = await boxes.count();
      expect(count).toBeGreaterThan(4);
      const covered: string[] = [];
      for (let i = 0; i < count; i++) {
        const control = boxes.nth(i).locator(select(PERMALINK.copyLink)).first();
        await control.click();
        await boxes.nth(i).locator(select(PERMALINK.copied)).first().waitFor();
        // The control's box while it shows the feedback, against the boxes of the text's lines.
        covered.push(
          ...(await control.evaluate((link, ownerSelector) => {
            const text = link.closest(ownerSelector)!.querySelector('.claim-text, h2, h3, h4')!;
            const feedback = link.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(text);
            return [...range.getClientRects()]
              .filter(
                (r) =>
                  r.width > 0 &&
                  r.left < feedback.right &&
                  feedback.left < r.right &&
                  r.top < feedback.bottom &&
                  feedback.top < r.bottom,
              )
              .map(() => text.textContent.trim());
          }, owner)),
        );
      }
      expect(covered).toEqual([]);
    },
  );

  it('is a plain link to the section without JavaScript', async () => {
    const { page } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.site.url}scale/why-405b/`);
    await page.locator('#balance-at-405b .anchor-link').click();
    expect(new URL(page.url()).hash).toBe('#balance-at-405b');
    expect(await page.locator('.cite-button').first().isVisible()).toBe(false);
  });

  it('offers a claim as Markdown, plain text, BibTeX and CSL-JSON from "Cite", and copies them', async () => {
    const { page } = await openPage(env.browser, clipboard);
    await page.goto(`${env.site.url}synthetic-data/synthetic-post-training/`);
    await page
      .locator('#post-training-entirely-synthetic')
      .getByRole('button', { name: 'Cite' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Cite this claim' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain(
      `[Llama 3’s post-training used data that was entirely synthetic, generated with Llama 2.](${SITE}c/post-training-entirely-synthetic/v/1/)`,
    );
    expect(text).toContain('@misc{llama31notes-synthetic-data-synthetic-post-training,');
    expect(text).toContain('"type": "webpage"');
    // The note's own date, so that an edit to the note does not turn this test red.
    const source = join(ROOT, 'content/synthetic-data/synthetic-post-training.mdx');
    const { updated } = frontmatter(await readFile(source, 'utf8')) as { updated: string | Date };
    expect(text).toContain(`updated ${formatDate(new Date(updated))}`);
    await dialog.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^\[Llama 3’s post-training/);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
  });

  it('offers the note itself as BibTeX from "Cite this note"', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}scale/why-405b/`);
    await page.getByRole('button', { name: 'Cite this note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this note' });
    expect(await dialog.textContent()).toContain(`howpublished = {\\url{${SITE}scale/why-405b/}}`);
  });
});

describe('links that keep working', () => {
  it('sends a claim’s share URL on to the claim in its note, marked', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}c/gaia-real-world-benchmark/`);
    await page.waitForURL(
      /\/llama-4-and-agents\/from-toolformer-to-gaia\/#gaia-real-world-benchmark$/,
    );
    expect(await page.locator(`${select(CLAIM.id)}:target`).getAttribute('id')).toBe(
      'gaia-real-world-benchmark',
    );
  });

  it('lands a pasted link on its claim at once, below the header, not after a scroll through the note', async () => {
    // The claim is about 3,000 px down; a smooth scroll there takes most of a second.
    const { page } = await openPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.site.url}scale/beyond-chinchilla/#meta-chose-to-over-train`);
    const { claim, header } = await page.evaluate(() => ({
      claim: document.getElementById('meta-chose-to-over-train')!.getBoundingClientRect().top,
      header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    }));
    expect(claim).toBeGreaterThanOrEqual(header);
    expect(claim).toBeLessThan(header + 40);
  });

  it('is clean for axe on a note with its link controls focused', async () => {
    const { page } = await openPage(env.browser, { colorScheme: 'dark' });
    await page.goto(`${env.site.url}evaluation/judges-and-rlhf-rounds/`);
    await page.locator('.anchor-link').first().focus();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
