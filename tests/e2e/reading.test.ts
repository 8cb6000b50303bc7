import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser.ts';

const env = useBrowserAndSite(inject('dist'));

describe('a reader in Chromium', () => {
  it('goes from the home page to a theme, a note, and the next note', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(env.site.url);
    await page.getByRole('link', { name: 'Parameter scale and scaling laws' }).first().click();
    await page.waitForURL(/\/scale\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Parameter scale and scaling laws',
    );

    await page.getByRole('main').getByRole('link', { name: 'Why 405B parameters' }).click();
    await page.waitForURL(/\/scale\/why-405b\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Why 405B parameters');
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).textContent()).toContain(
      'Parameter scale and scaling laws',
    );

    await page.getByRole('link', { name: /^Next/ }).click();
    await page.waitForURL(/\/scale\/which-release\/$/);
    expect(await page.getByRole('link', { name: /^Previous/ }).getAttribute('href')).toBe(
      '/scale/why-405b/',
    );
    expect(errors).toEqual([]);
  });

  it('follows a table-of-contents link to its heading, clear of the sticky header', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${env.site.url}scale/beyond-chinchilla/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'The Chinchilla trap' }).click();
    await page.waitForURL(/#the-chinchilla-trap$/);
    // Wait until the heading stops moving (the jump is instant, but layout may still settle).
    const top = () =>
      page.evaluate(
        () => document.getElementById('the-chinchilla-trap')!.getBoundingClientRect().top,
      );
    let last = Number.NaN;
    await expect
      .poll(async () => {
        const now = await top();
        const still = Math.abs(now - last) < 1;
        last = now;
        return still;
      })
      .toBe(true);
    const header = await page.evaluate(
      () => document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    );
    expect(last).toBeGreaterThanOrEqual(header);
    expect(last).toBeLessThan(header + 40);
    expect(await page.locator('h2:target').getAttribute('id')).toBe('the-chinchilla-trap');
    await expect
      .poll(() => toc.locator('a[aria-current="location"]').textContent())
      .toBe('The Chinchilla trap');
  });

  it('cycles the colour scheme through light, dark and system, and keeps the choice across a reload', async () => {
    const { page } = await openPage(env.browser, { colorScheme: 'light' });
    await page.goto(`${env.site.url}scale/why-405b/`);
    // The page's colour is the root's (global.css), so the canvas has it during the render hold too.
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const toggle = page.getByRole('button', { name: /^Theme: / });
    const state = async () => ({
      label: await toggle.innerText(),
      background: await background(),
      stored: await page.evaluate(() => localStorage.getItem('color-scheme')),
    });
    const light = await background();
    expect(await toggle.innerText()).toBe('Theme: system');
    await toggle.click();
    expect(await state()).toEqual({ label: 'Theme: light', background: light, stored: 'light' });
    await toggle.click();
    const dark = await background();
    expect(dark).not.toBe(light);
    expect(await state()).toEqual({ label: 'Theme: dark', background: dark, stored: 'dark' });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
    expect(await state()).toEqual({ label: 'Theme: dark', background: dark, stored: 'dark' });

    // System: nothing stored, and the page follows the system's setting as it changes.
    await toggle.click();
    expect(await state()).toEqual({ label: 'Theme: system', background: light, stored: null });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe(dark);
    await page.reload();
    expect(await state()).toEqual({ label: 'Theme: system', background: dark, stored: null });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe(light);
  });

  it('opens and closes the mobile menu with the keyboard alone', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 375, height: 740 } });
    await page.goto(`${env.site.url}architecture/dense-vs-moe/`);
    const nav = page.getByRole('navigation', { name: 'Themes and notes' });
    expect(await nav.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    for (let i = 0; i < 10 && !(await menu.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await nav.isVisible()).toBe(true);
    expect(
      await nav
        .getByRole('link', { name: 'Dense now, mixture-of-experts later' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#site-nav') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('reads a note with JavaScript switched off', async () => {
    const { page } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.site.url}synthetic-data/synthetic-post-training/`);
    expect(await page.locator('#post-training-entirely-synthetic').isVisible()).toBe(true);
    expect(await page.locator('#post-training-entirely-synthetic .status').textContent()).toContain(
      'Overstated',
    );
    expect(await page.getByRole('navigation', { name: 'On this page' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Theme: / }).isVisible()).toBe(false);
  });

  it('answers an unknown address with the 404 page, which offers search and the themes', async () => {
    const { page } = await openPage(env.browser);
    const response = await page.goto(`${env.site.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This page does not exist',
    );
    expect(await page.getByRole('searchbox', { name: 'Search the notes' }).isVisible()).toBe(true);
    expect(await page.getByRole('main').getByRole('link', { name: 'Evaluation' }).isVisible()).toBe(
      true,
    );
  });
});
