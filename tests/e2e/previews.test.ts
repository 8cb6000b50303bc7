import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { AXE_TIMEOUT, axeViolations } from '../support/axe.ts';
import type { NotePreview } from '../../src/lib/previews.ts';

const env = useBrowserAndSite(inject('dist'));
const NOTE = 'scale/beyond-chinchilla/';
const card = (page: Page) => page.locator('#link-preview');
/** Requests for preview code, styles or data. */
const PREVIEW_REQUEST = /previews\.[\w-]+\.js|preview\.[\w-]+\.css|preview\.json/;

/** What the build wrote for a note's previews (the card must say the same). */
async function previewFile(note: string): Promise<NotePreview> {
  return JSON.parse(
    await readFile(join(inject('dist'), note, 'preview.json'), 'utf8'),
  ) as NotePreview;
}

/** The card sits inside the viewport and does not cover the link it describes. */
async function expectPlacedBeside(page: Page, link: Locator) {
  const [box, target] = await Promise.all([card(page).boundingBox(), link.boundingBox()]);
  const viewport = page.viewportSize()!;
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  const overlaps =
    box!.x < target!.x + target!.width &&
    target!.x < box!.x + box!.width &&
    box!.y < target!.y + target!.height &&
    target!.y < box!.y + box!.height;
  expect(overlaps).toBe(false);
}

describe('link previews', () => {
  it('fetch nothing until the first hover, then show the section’s title, theme and first paragraph', async () => {
    const { page, errors } = await openPage(env.browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(env.site.url + NOTE);
    await page.mouse.move(0, 0);
    expect(requests.filter((r) => PREVIEW_REQUEST.test(r))).toEqual([]);

    const link = page
      .locator('.prose a[href="/scale/why-405b/#where-the-balance-landed"]:not(.sidenote a)')
      .first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await card(page).waitFor({ state: 'visible' });
    const data = await previewFile('scale/why-405b');
    const section = data.sections['where-the-balance-landed']!;
    expect(await card(page).textContent()).toBe(
      `${data.theme} · ${data.title}${section.title}${section.text}`,
    );
    expect(await link.getAttribute('aria-describedby')).toBe('link-preview');
    expect(requests.filter((r) => PREVIEW_REQUEST.test(r)).length).toBe(3);
    await expectPlacedBeside(page, link);

    // The pointer may move onto the card (to read or select it); leaving both closes it.
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10, { steps: 4 });
    await page.waitForTimeout(400);
    expect(await card(page).isVisible()).toBe(true);
    await page.mouse.move(5, 300, { steps: 4 });
    await card(page).waitFor({ state: 'hidden' });
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('show a claim’s text with its status badge', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(env.site.url + NOTE);
    const link = page.locator(
      '.prose a[href="/scale/serving-405b-in-fp8/#fp8-405b-on-one-node"]:not(.sidenote a)',
    );
    await link.first().hover();
    await card(page).waitFor({ state: 'visible' });
    const claim = (await previewFile('scale/serving-405b-in-fp8')).claims['fp8-405b-on-one-node']!;
    expect(await card(page).locator('.status').textContent()).toMatch(
      new RegExp(`${claim.status}$`, 'i'),
    );
    expect(await card(page).locator('.preview-text').textContent()).toContain(claim.text);
  });

  it('open on keyboard focus, close on Esc and on blur, and move nothing on the page', async () => {
    const { page } = await openPage(env.browser, { reducedMotion: 'reduce' });
    await page.goto(env.site.url + NOTE);
    const link = page.locator('.prose a[href^="/scale/why-405b/"]:not(.sidenote a)').first();
    const shown = () => link.getAttribute('aria-describedby');
    await link.scrollIntoViewIfNeeded();
    const start = await page.evaluate(() => performance.now());
    const before = await page.evaluate(() => [document.body.scrollHeight, scrollY]);
    await link.focus();
    await card(page).waitFor({ state: 'visible' });
    expect(await shown()).toBe('link-preview');
    expect(await card(page).evaluate((c) => getComputedStyle(c).animationName)).toBe('none');
    expect(await page.evaluate(() => [document.body.scrollHeight, scrollY])).toEqual(before);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);

    // Away and back by keyboard: it opens again; leaving it (blur) closes it.
    await page.keyboard.press('Tab');
    await expect.poll(shown).toBeNull();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(shown).toBe('link-preview');
    expect(await card(page).isVisible()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(shown).toBeNull();

    const shift = await page.evaluate(
      (since) =>
        new Promise<number>((resolve) => {
          setTimeout(() => resolve(0), 500);
          new PerformanceObserver((list) =>
            resolve(
              list
                .getEntries()
                .filter((e) => e.startTime > since)
                .reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0),
            ),
          ).observe({ type: 'layout-shift', buffered: true });
        }),
      start,
    );
    expect(shift).toBe(0);
  });

  it('show a citation’s source entry and, on narrow screens, a footnote', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 800, height: 900 } });
    await page.goto(env.site.url + NOTE);
    const cite = page.locator('.prose .cite a').first();
    await cite.hover();
    await card(page).waitFor({ state: 'visible' });
    const key = (await cite.getAttribute('href'))!.slice(1);
    const entry = await page.locator(`#${key} cite`).textContent();
    expect(await card(page).textContent()).toContain(entry);
    expect(await card(page).textContent()).toContain(
      `cited at ${await cite.locator('span').last().textContent()}`,
    );

    await page.mouse.move(0, 0);
    const ref = page.locator('[data-footnote-ref]').first();
    await ref.hover();
    await expect.poll(() => card(page).textContent()).toContain('Footnote');
    const footnote = await page
      .locator((await ref.getAttribute('href'))!)
      .evaluate((li) => li.textContent.replace('↩', '').trim());
    expect((await card(page).textContent())!.replace(/\s+/g, ' ')).toContain(
      footnote.replace(/\s+/g, ' '),
    );
    await expectPlacedBeside(page, ref);
  });

  it('on touch, open on the first tap and hold a link to go', async () => {
    const { page } = await openPage(env.browser, {
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(env.site.url + NOTE);
    const link = page
      .locator('.prose a[href="/scale/why-405b/#where-the-balance-landed"]:not(.sidenote a)')
      .first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await card(page).waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toBe(`/${NOTE}`);
    await expectPlacedBeside(page, link);
    const go = card(page).locator('a.preview-go');
    expect(await go.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
      await link.evaluate((a) => (a as HTMLAnchorElement).href),
    );
    await go.tap();
    await page.waitForURL(/\/scale\/why-405b\/#where-the-balance-landed$/);
  });

  it.each(['light', 'dark'] as const)(
    'are clean for axe with a card open, in the %s scheme, with no CSP violation',
    { timeout: AXE_TIMEOUT },
    async (colorScheme) => {
      const { page } = await openPage(env.browser, { colorScheme });
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation(v: string): void }).reportViolation(
            e.violatedDirective,
          ),
        ),
      );
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(env.site.url)) foreign.push(r.url());
      });
      await page.goto(env.site.url + NOTE);
      await page
        .locator('.prose a[href^="/scale/serving-405b-in-fp8/"]:not(.sidenote a)')
        .first()
        .focus();
      await card(page).waitFor({ state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    },
  );
});
