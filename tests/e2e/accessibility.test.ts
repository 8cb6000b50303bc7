import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useBrowserAndSite } from '../support/browser.ts';

/** WCAG 2.2 A and AA, and the 2.0/2.1 rules they include. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const env = useBrowserAndSite(inject('dist'));

const pages = [
  ['the home page', ''],
  ['a theme page', 'evaluation/'],
  ['a note', 'scale/beyond-chinchilla/'],
  ['a note with the mobile menu open', 'scale/why-405b/#menu'],
  ['the 404 page', 'missing/'],
  ['a claim’s history', 'c/balance-at-405b/history/'],
] as const;

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (scheme) => {
  it.each(pages)('axe finds no WCAG 2.2 A/AA violation on %s', async (_, path) => {
    const menu = path.endsWith('#menu');
    const { page } = await openPage(env.browser, {
      colorScheme: scheme,
      ...(menu ? { viewport: { width: 375, height: 740 } } : {}),
    });
    await page.goto(env.site.url + path.replace('#menu', ''));
    if (menu) await page.getByRole('button', { name: 'Menu' }).click();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
