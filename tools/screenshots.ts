/**
 * Pictures of the charts and the claim map for a person to look at, not a test: serves a built
 * site and saves PNGs of three charts (as element screenshots, "Show data" open) and of /map/ (the
 * viewport), in the light and dark schemes, at a phone's 390 px and a laptop's 1366 px.
 *
 *     npm run screenshots -- [dist] [out]      # defaults: dist/ and .tmp/screenshots/
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchBrowser, openPage } from '../tests/support/browser.ts';
import { serveStatic } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const out = resolve(process.argv[3] ?? join(root, '.tmp/screenshots'));

/** A log scale, a single series of shares, and grouped bars with three series. */
const CHARTS = [
  { name: 'tokens-per-parameter', page: 'scale/beyond-chinchilla/' },
  { name: 'pre-training-data-mix', page: 'synthetic-data/filtering-the-web/' },
  { name: 'reward-models-against-gpt-4', page: 'evaluation/judges-and-rlhf-rounds/' },
];
const WIDTHS = [390, 1366];
const SCHEMES = ['light', 'dark'] as const;

await mkdir(out, { recursive: true });
const [browser, site] = await Promise.all([launchBrowser(), serveStatic(dist, '/')]);
const saved: string[] = [];
try {
  for (const scheme of SCHEMES)
    for (const width of WIDTHS) {
      const { page, errors } = await openPage(browser, {
        colorScheme: scheme,
        viewport: { width, height: width < 600 ? 844 : 900 },
      });
      for (const chart of CHARTS) {
        await page.goto(site.url + chart.page);
        const figure = page.locator(`#chart-${chart.name}`);
        await figure.locator('summary').click();
        const file = join(out, `chart-${chart.name}-${scheme}-${width}.png`);
        await figure.screenshot({ path: file });
        saved.push(file);
      }
      await page.goto(`${site.url}map/`);
      const file = join(out, `map-${scheme}-${width}.png`);
      await page.screenshot({ path: file });
      saved.push(file);
      if (errors.length)
        throw new Error(`page errors at ${width} px, ${scheme}: ${errors.join('; ')}`);
      await page.context().close();
    }
} finally {
  await browser.close();
  await site.close();
}
process.stdout.write(`${saved.join('\n')}\n`);
