import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';

/**
 * Under the site's Content-Security-Policy nothing is blocked (every inline script is hashed,
 * Pagefind runs), and no page or search sends a request to another origin.
 */
const env = useBrowserAndSite(inject('dist'));

async function watch(page: Page) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(env.site.url).origin && !r.url().startsWith('data:'))
      foreign.push(r.url());
  });
  return { violations, foreign };
}

const pages = [
  '',
  'scale/',
  'scale/why-405b/',
  'search/?q=chinchilla',
  'glossary/',
  'sources/',
  'tags/',
  'tags/inference/',
  'c/balance-at-405b/',
  'missing/',
];

describe('the Content-Security-Policy', () => {
  it('is strict: no unsafe-inline for scripts, Pagefind allowed only what it needs', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}scale/why-405b/`);
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    const scriptSrc = /script-src ([^;]+)/.exec(csp!)![1]!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc.split(' ').filter((s) => !s.startsWith("'sha256-"))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it('really is enforced: an inline script that is not ours is blocked and reported', async () => {
    const { page } = await openPage(env.browser);
    const { violations } = await watch(page);
    await page.goto(`${env.site.url}scale/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBe(1);
    expect(violations[0]).toMatch(/^script-src/);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });

  it.each(pages)('blocks nothing and fetches nothing from another origin on /%s', async (path) => {
    const { page } = await openPage(env.browser);
    const { violations, foreign } = await watch(page);
    await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
    if (path.startsWith('search/'))
      await page.locator('[data-search-ui] .pf-result-link').first().waitFor();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('blocks nothing during a search, a result click with highlighting, Cite, Copy as Markdown and a glossary tooltip', async () => {
    const { page } = await openPage(env.browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { violations, foreign } = await watch(page);
    await page.goto(`${env.site.url}evaluation/judges-and-rlhf-rounds/`);
    await page.locator('.term').first().hover();
    await page.locator('#rlhf-rounds-compare-models').getByRole('button', { name: 'Cite' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite this claim' });
    await cite.waitFor();
    await page.keyboard.press('Escape');
    await cite.waitFor({ state: 'hidden' });
    await page
      .locator('#rlhf-rounds-compare-models')
      .getByRole('button', { name: 'Copy as Markdown' })
      .click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^> \*\*Claim\*\* \{#rlhf-rounds-compare-models\}/);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.pf-modal[open] input[type="search"]').waitFor();
    await page.keyboard.type('reward model');
    await page.locator('dialog.pf-modal .kb-sub-link').first().click();
    await page.waitForURL(/highlight=/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
