import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export interface RankedResult {
  url: string;
  subs: string[];
}

/**
 * The site's phrase boost (src/scripts/search/phrase-boost.ts, which imports nothing) as a module
 * the page can run, so the harness ranks exactly as the dialog does.
 */
const PHRASE_BOOST_MODULE = stripTypeScriptTypes(
  readFileSync(new URL('../../src/scripts/search/phrase-boost.ts', import.meta.url), 'utf8'),
);

/**
 * Runs Pagefind's own search in the page (the built bundle, as a reader's browser runs it, with
 * the site's phrase boost) and returns the top results with the sub-results the dialog displays:
 * the page-top entry dropped, then the `maxSubResults` sections with the most matches, in the
 * order the search gives them (the Component UI's getDisplaySubResults). Ranking options are the
 * site's own (src/scripts/search/config.ts).
 */
export async function rankedResults(
  page: Page,
  bundle: string,
  query: string,
  ranking: object,
  top = 3,
  maxSubResults = 4,
): Promise<RankedResult[]> {
  if (!(await page.evaluate(() => 'pagefind' in window))) {
    // A module script tag, not import() in evaluate: the test runner would rewrite that import.
    await page.addScriptTag({
      type: 'module',
      content: `${PHRASE_BOOST_MODULE}
import { createInstance } from ${JSON.stringify(`${bundle}pagefind.js`)};
const pagefind = withPhraseBoost(createInstance(${JSON.stringify({ basePath: bundle, ranking })}));
await pagefind.init();
window.pagefind = pagefind;`,
    });
    await page.waitForFunction(() => 'pagefind' in window);
  }
  return page.evaluate(
    async ({ query, top, maxSubResults }) => {
      type Sub = { url: string; locations?: number[] };
      type Data = { url: string; sub_results: Sub[] };
      const pagefind = (
        window as unknown as {
          pagefind: { search(q: string): Promise<{ results: Array<{ data(): Promise<Data> }> }> };
        }
      ).pagefind;
      const { results } = await pagefind.search(query);
      const out = [];
      for (const result of results.slice(0, top)) {
        const data = await result.data();
        const subs =
          data.sub_results[0]?.url === data.url ? data.sub_results.slice(1) : data.sub_results;
        const kept = new Set(
          [...subs]
            .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
            .slice(0, maxSubResults)
            .map((s) => s.url),
        );
        out.push({ url: data.url, subs: subs.filter((s) => kept.has(s.url)).map((s) => s.url) });
      }
      return out;
    },
    { query, top, maxSubResults },
  );
}

/**
 * The link of the top result for `query` in a search UI (`container`: the dialog or the search
 * page), once it is on screen. Two races make "the first result link" wrong otherwise: typed key
 * by key on a busy machine, a prefix ("GAI") can be searched and its results shown first; and
 * fragments load in parallel, so the second result can be drawn while the first is still a
 * placeholder. The summary is redrawn with the results of each search ("3 results for GAIA"), so
 * once it counts the whole query's results the list holds them; while a search runs it reads
 * "Searching for GAIA..." over the previous results, which is not enough.
 */
export async function topResultLink(
  container: Locator,
  query: string,
  timeout = 15_000,
): Promise<Locator> {
  const counted = new RegExp(
    `^\\d[\\d,]* results? for ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
  );
  await expect
    .poll(() => container.locator('pagefind-summary').textContent(), { timeout })
    .toMatch(counted);
  const link = container.locator('pagefind-results li').first().locator('.pf-result-link');
  await link.waitFor({ timeout });
  return link;
}
