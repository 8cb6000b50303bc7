import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { ANNOUNCER_ID } from '../../src/lib/markup.ts';

/** "Copy as Markdown" puts exactly the Markdown the build wrote on the clipboard. */
const dist = inject('dist');
const env = useBrowserAndSite(dist);
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe('Copy as Markdown', () => {
  it("copies the note's Markdown twin, fetched when asked for, and says so", async () => {
    const { page, errors } = await openPage(env.browser, clipboard);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${env.site.url}scale/why-405b/`);
    expect(fetched.filter((p) => p.endsWith('.md'))).toEqual([]);
    await page.locator('.note-meta').getByRole('button', { name: 'Copy as Markdown' }).click();
    const expected = await readFile(join(dist, 'scale/why-405b/index.md'), 'utf8');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => page.locator(`#${ANNOUNCER_ID}`).textContent()).toBe('Markdown copied');
    expect(errors).toEqual([]);
  });

  it("copies a claim's Markdown: its block quote, verdict, sources and note", async () => {
    const { page, errors } = await openPage(env.browser, clipboard);
    await page.goto(`${env.site.url}scale/why-405b/`);
    await page
      .locator('#quantization-and-cost-balance')
      .getByRole('button', { name: 'Copy as Markdown' })
      .click();
    const expected = await readFile(join(dist, 'c/quantization-and-cost-balance/index.md'), 'utf8');
    expect(expected).toMatch(/^> \*\*Claim\*\* \{#quantization-and-cost-balance\}: /);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(errors).toEqual([]);
  });

  it('is not offered without JavaScript', async () => {
    const { page } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.site.url}scale/why-405b/`);
    expect(await page.getByRole('button', { name: 'Copy as Markdown' }).first().isVisible()).toBe(
      false,
    );
  });
});
