import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';

const env = useBrowserAndSite(inject('dist'));

const CHARTED = 'scale/beyond-chinchilla/';
const GROUPED = 'evaluation/judges-and-rlhf-rounds/';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The computed fills of a page's chart bars and the colour of its chart text, in order. */
const chartColours = (page: Page) =>
  page.evaluate(() => ({
    fills: [...document.querySelectorAll('figure.chart [class^="chart-fill-"]')].map(
      (e) => getComputedStyle(e).fill,
    ),
    text: getComputedStyle(document.querySelector('figure.chart svg text')!).fill,
  }));

describe('charts follow the theme', () => {
  it('bars and text take different computed colours in light and dark', async () => {
    const seen: Record<string, Awaited<ReturnType<typeof chartColours>>> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openPage(env.browser, { colorScheme: scheme });
      await page.goto(env.site.url + GROUPED);
      seen[scheme] = await chartColours(page);
    }
    expect(seen.light!.fills.length).toBeGreaterThan(0);
    seen.light!.fills.forEach((fill, i) => expect(fill, `bar ${i}`).not.toBe(seen.dark!.fills[i]));
    expect(seen.light!.text).not.toBe(seen.dark!.text);
    // Series are told apart by colour as well as by their labels.
    expect(new Set(seen.light!.fills).size).toBe(3);
  });
});

describe('reference lines', () => {
  it.each(['light', 'dark'] as const)(
    'stop short of a value label they cross, which sits on a halo of the page colour (%s)',
    async (scheme) => {
      const { page } = await openPage(env.browser, { colorScheme: scheme });
      await page.goto(env.site.url + CHARTED);
      const report = await page.evaluate(() => {
        const bg = getComputedStyle(document.documentElement).backgroundColor; // the page's colour
        const rules = [...document.querySelectorAll('figure.chart [stroke-dasharray] line')];
        // Each rule that runs through a value label: SVG paints in document order, so the label
        // covers the rule only when it comes after it.
        return [...document.querySelectorAll('figure.chart .chart-label text')].flatMap((t) => {
          const box = t.getBoundingClientRect();
          const style = getComputedStyle(t);
          return rules
            .filter((l) => {
              const x = l.getBoundingClientRect().x;
              return x > box.left + 1 && x < box.right - 1;
            })
            .map((l) => ({
              label: t.textContent,
              top:
                l.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING ? 'label' : 'rule',
              halo: style.stroke === bg && style.paintOrder.startsWith('stroke'),
            }));
        });
      });
      // "28.6", Llama 2 70B's value, lies across Meta's law at 41.2 on the log scale.
      expect(report.map((r) => r.label)).toContain('28.6');
      for (const crossing of report)
        expect(crossing, crossing.label ?? '').toMatchObject({ top: 'label', halo: true });
    },
  );
});

describe('on a 390 px phone', () => {
  it.each([CHARTED, GROUPED, 'map/'])('%s: no chart or map reaches past the page', async (path) => {
    const { page } = await openPage(env.browser, { viewport: { width: 390, height: 800 } });
    await page.goto(env.site.url + path);
    const report = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      boxes: [...document.querySelectorAll('figure.chart svg, .map-frame')].map(
        (e) => e.getBoundingClientRect().right,
      ),
    }));
    expect(report.page).toBeLessThanOrEqual(0);
    expect(report.boxes.length).toBeGreaterThan(0);
    for (const right of report.boxes) expect(right).toBeLessThanOrEqual(390);
  });

  // The map is drawn for a desk: a phone's first screen of its frame holds one box and lines.
  it.each([
    [390, true],
    [1366, false],
  ])('at %i px the map offers its list right above the picture: %s', async (width, shown) => {
    const { page } = await openPage(env.browser, { viewport: { width, height: 800 } });
    await page.goto(env.site.url + 'map/');
    const hint = page.locator('.map-hint');
    expect(await hint.isVisible()).toBe(shown);
    if (!shown) return;
    await hint.getByRole('link').click();
    await page.waitForFunction(() => location.hash === '#map-list');
    const top = await page.locator('#map-list').evaluate((h) => h.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(120);
  });
});

describe('without JavaScript', () => {
  it('charts draw, their data tables open and the map is there', async () => {
    const { page } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(env.site.url + CHARTED);
    const figure = page.locator('figure.chart').first();
    expect(await figure.locator('svg rect').count()).toBeGreaterThan(5);
    expect(await figure.locator('svg').boundingBox()).toMatchObject({
      width: expect.any(Number) as number,
    });
    await figure.getByText('Show data').click();
    expect(await figure.locator('table').isVisible()).toBe(true);
    expect(await figure.locator('table').textContent()).toContain('1,875');
    await page.goto(env.site.url + 'map/');
    expect(await page.locator('svg.claim-map a').count()).toBeGreaterThan(50);
    expect(await page.locator('.map-list a').count()).toBeGreaterThan(50);
  });
});

// axe over a long page (the map has some 400 links) is slow on a shared machine: room to finish.
const AXE_TIMEOUT = 180_000;

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (scheme) => {
  it.each([
    ['a charted note with every table open', GROUPED],
    ['the claim map with every filter open', 'map/'],
  ])(
    'axe finds no WCAG 2.2 A/AA violation on %s',
    async (_, path) => {
      const { page } = await openPage(env.browser, { colorScheme: scheme });
      await page.goto(env.site.url + path);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    },
    AXE_TIMEOUT,
  );
});
