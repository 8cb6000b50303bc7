import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { topResultLink } from '../support/search.ts';

const base = inject('base');
const env = useBrowserAndSite(inject('distBase'), base);

describe(`the site served under ${base}`, () => {
  it('searches from the base-path bundle and links results under the base', async () => {
    const { page, errors } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.site.url}scale/why-405b/`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('GAIA');
    const link = await topResultLink(page.locator('dialog.pf-modal'), 'GAIA');
    expect(await link.getAttribute('href')).toBe(
      `${base}llama-4-and-agents/from-toolformer-to-gaia/?highlight=gaia`,
    );
    expect(
      requested
        .filter((p) => p.includes('pagefind'))
        .every((p) => p.startsWith(`${base}pagefind/`)),
    ).toBe(true);
    await link.click();
    await page.waitForURL(new RegExp(`${base}llama-4-and-agents/from-toolformer-to-gaia/`));
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('previews a glossary term and another note from their files under the base', async () => {
    const { page, errors } = await openPage(env.browser);
    await page.goto(`${env.site.url}scale/why-405b/`);
    const card = page.locator('#link-preview');
    const term = page.locator(`.prose a.term[href^="${base}glossary/#"]`).first();
    await term.hover();
    await expect.poll(() => card.textContent()).toMatch(/^Glossary/);
    const note = page.locator(`.prose a[href^="${base}scale/beyond-chinchilla/"]`).first();
    await note.scrollIntoViewIfNeeded();
    await note.hover();
    await expect.poll(() => card.textContent()).toMatch(/^Parameter scale and scaling laws · /);
    expect(errors).toEqual([]);
  });

  it('opens the search page with the query from its URL', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}search/?q=contamination`);
    const link = await topResultLink(page.locator('[data-search-ui]'), 'contamination');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}evaluation/`));
  });
});
