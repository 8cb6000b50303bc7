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
    const id = (await term.getAttribute('href'))!.split('#')[1]!;
    // The definition is not in the page: the preview reads it from the glossary's file.
    expect(await page.content()).not.toContain('role="tooltip"');
    const card = page.locator('#link-preview');
    await term.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.textContent()).toContain('Glossary');
    await page.keyboard.press('Escape');
    expect(await card.isVisible()).toBe(false);
    await page.mouse.move(0, 0);

    await term.focus();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await term.getAttribute('aria-describedby')).toBe('link-preview');
    const definitions = (await (
      await page.request.get(`${env.site.url}glossary/preview.json`)
    ).json()) as Record<string, { term: string; definition: string }>;
    await expect.poll(() => card.textContent()).toContain(definitions[id]!.definition);
    expect(await card.textContent()).toContain(definitions[id]!.term);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('link to their entry on the glossary page', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}evaluation/judges-and-rlhf-rounds/`);
    const href = await page.locator('.term').first().getAttribute('href');
    await page.locator('.term').first().click();
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
