import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { rankedResults } from '../support/search.ts';
import { RANKING } from '../../src/scripts/search/config.ts';
import set from '../search/queries.json' with { type: 'json' };

/**
 * The relevance set (tests/search/queries.json) against the built index, searched by Pagefind
 * in Chromium with the site's ranking and phrase boost. A query passes when its note is among the
 * top 3 results and its anchor among the sub-results the dialog shows for it; a phrase query
 * must also put its note first.
 */
const env = useBrowserAndSite(inject('dist'));
let page: Page;
const outcomes: Array<{ query: string; kind: string; hit: boolean; first: boolean }> = [];

beforeAll(async () => {
  // The ranking harness injects a module script; the CSP rightly blocks that, so it is bypassed here only.
  ({ page } = await openPage(env.browser, { bypassCSP: true }));
  await page.goto(env.site.url);
  for (const q of set.queries) {
    const results = await rankedResults(page, '/pagefind/', q.query, RANKING);
    const hit = results.some(
      (r) => r.url === `/${q.note}/` && r.subs.some((s) => s.endsWith(`#${q.anchor}`)),
    );
    outcomes.push({ query: q.query, kind: q.kind, hit, first: results[0]?.url === `/${q.note}/` });
  }
  const rate = (list: typeof outcomes) => `${list.filter((o) => o.hit).length}/${list.length}`;
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  console.info(
    `search relevance: overall ${rate(outcomes)}; ${kinds.map((k) => `${k} ${rate(outcomes.filter((o) => o.kind === k))}`).join(', ')}; missed: ${
      outcomes
        .filter((o) => !o.hit)
        .map((o) => o.query)
        .join(', ') || 'none'
    }`,
  );
});

describe('search relevance', () => {
  it('has at least 30 queries of every kind', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(set.queries.map((q) => q.kind))).toEqual(
      new Set(['exact', 'phrase', 'paraphrase', 'partial']),
    );
  });

  it('finds every exact term at its heading or claim in the top 3', () => {
    expect(outcomes.filter((o) => o.kind === 'exact' && !o.hit).map((o) => o.query)).toEqual([]);
  });

  it('ranks first the note where the words of a phrase stand together, at that section', () => {
    const phrases = outcomes.filter((o) => o.kind === 'phrase');
    expect(phrases.length).toBeGreaterThanOrEqual(10);
    expect(phrases.filter((o) => !o.hit || !o.first).map((o) => o.query)).toEqual([]);
  });

  it('finds at least 90% of all queries at their heading or claim in the top 3', () => {
    expect(outcomes.filter((o) => o.hit).length / outcomes.length).toBeGreaterThanOrEqual(0.9);
  });
});
