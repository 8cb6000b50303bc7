import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useBrowserAndSite } from '../support/browser.ts';

const env = useBrowserAndSite(inject('dist'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe('glossary terms in a note', () => {
  it('show their definition on hover and on keyboard focus, and hide it on Esc', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}evaluation/judges-and-rlhf-rounds/`);
    const term = page.locator('.term').first();
    const tip = term.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').hover();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.mouse.move(0, 0);

    await term.locator('a').focus();
    expect(await tip.isVisible()).toBe(true);
    const description = await term
      .locator('a')
      .evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)!.textContent);
    expect(description).toBe(await tip.textContent());
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('link to their entry on the glossary page', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}evaluation/judges-and-rlhf-rounds/`);
    const href = await page.locator('.term a').first().getAttribute('href');
    await page.locator('.term a').first().click();
    await page.waitForURL(new RegExp(`${href!.replace(/[/#]/g, '\\$&')}$`));
    expect(await page.locator(':target').evaluate((el) => el.tagName)).toBe('H2');
  });
});

describe('reference pages', () => {
  it.each(['glossary/', 'sources/', 'tags/'])('%s is clean for axe', async (path) => {
    const { page } = await openPage(env.browser);
    await page.goto(env.site.url + path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
