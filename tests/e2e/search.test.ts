import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Route } from 'playwright-core';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { topResultLink } from '../support/search.ts';

const env = useBrowserAndSite(inject('dist'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const dialog = (page: Page) => page.locator('dialog.pf-modal');
const input = (page: Page) => dialog(page).getByRole('searchbox');

/** Opens a note, presses Ctrl+K and types a query; waits for its top result and a sub-result to render. */
async function searchFromNote(page: Page, query: string, path = 'architecture/dense-vs-moe/') {
  await page.goto(env.site.url + path);
  await page.keyboard.press('Control+k');
  // The first open loads the search UI; on a busy machine that takes longer than expect.poll's 1 s.
  await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
  await expect
    .poll(() => input(page).evaluate((el) => el === document.activeElement), { timeout: 10_000 })
    .toBe(true);
  await page.keyboard.type(query);
  await topResultLink(dialog(page), query);
  await dialog(page).locator('.kb-sub-link').first().waitFor();
}

describe('the search dialog', () => {
  it('loads nothing for search until the reader opens it', async () => {
    const { page } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.site.url}scale/why-405b/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('pagefind') || /dialog|search/.test(p))).toEqual([]);
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => requested.some((p) => p.endsWith('/pagefind/pagefind-component-ui.js')))
      .toBe(true);
  });

  it('opens with Ctrl+K and shows results with theme, excerpt and heading and claim sub-results', async () => {
    const { page, errors } = await openPage(env.browser);
    await searchFromNote(page, 'chinchilla');
    expect(await dialog(page).locator('.pf-modal-close').count()).toBe(1);
    const first = dialog(page).locator('.pf-result').first();
    expect(await first.locator('.pf-result-link').textContent()).toBe('Beyond Chinchilla');
    expect(await first.locator('.kb-result-theme').textContent()).toBe(
      'Parameter scale and scaling laws',
    );
    expect(await first.locator('.pf-result-excerpt mark').first().textContent()).toMatch(
      /chinchilla/i,
    );
    const subs = await first
      .locator('.kb-sub-link')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(subs).toContainEqual([
      'Chinchilla: tokens count as much as weights',
      '/scale/beyond-chinchilla/?highlight=chinchilla#chinchilla-tokens-count-as-much-as-weights',
    ]);
    expect(
      subs.some(
        ([title, href]) =>
          title!.startsWith('Claim: ') && href!.endsWith('#chinchilla-stresses-tokens'),
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('ranks first the note and section where the words of a phrase stand together', async () => {
    // "Why 405B parameters" has one of the words in its title and the others in its text;
    // Beyond Chinchilla has "tokens per parameter" in its table and glossary.
    const { page, errors } = await openPage(env.browser);
    await searchFromNote(page, 'tokens per parameter');
    const first = dialog(page).locator('.pf-result').first();
    expect(await first.locator('.pf-result-link').textContent()).toBe('Beyond Chinchilla');
    expect(await first.locator('.kb-sub-link').first().getAttribute('href')).toMatch(
      /#meta-chose-to-over-train$/,
    );
    expect(errors).toEqual([]);
  });

  it("holds each result's place with a still, hidden block, and fetches only the visible results", async () => {
    const { page } = await openPage(env.browser);
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
    });
    await page.goto(`${env.site.url}scale/why-405b/`);
    await page.keyboard.press('Control+k');
    await input(page).waitFor();
    // Each placeholder as it is added, before any fragment can have replaced it.
    await dialog(page).evaluate((modal) => {
      const seen: Array<{ hidden: string | null; height: number; animations: number }> = [];
      (window as unknown as { placeholders: typeof seen }).placeholders = seen;
      new MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes])) {
          if (!(node instanceof HTMLElement) || !node.classList.contains('kb-result-pending'))
            continue;
          // Pagefind's own placeholder shimmers: an animation there repaints on every frame.
          const animations = document
            .getAnimations()
            .filter((a) =>
              modal.contains((a.effect as KeyframeEffect | null)?.target ?? null),
            ).length;
          seen.push({
            hidden: node.getAttribute('aria-hidden'),
            height: node.getBoundingClientRect().height,
            animations,
          });
        }
      }).observe(modal, { childList: true, subtree: true });
    });
    // One input event, so one search: typed key by key on a busy machine, a prefix can be
    // searched (and given placeholders) first.
    await input(page).fill('llama');
    await dialog(page).locator('.pf-result-link').first().waitFor();
    const placeholders = await page.evaluate(
      () =>
        (
          window as unknown as {
            placeholders: Array<{ hidden: string | null; height: number; animations: number }>;
          }
        ).placeholders,
    );
    const results = Number(
      /\d+/.exec((await dialog(page).locator('pagefind-summary').textContent()) ?? '')?.[0],
    );
    // The dialog lists at most 20 results (src/scripts/search/dialog.ts); the site has 22 notes.
    expect(placeholders.length).toBeGreaterThanOrEqual(Math.min(results, 20));
    for (const p of placeholders)
      expect(p).toEqual({ hidden: 'true', height: expect.any(Number), animations: 0 });
    expect(Math.min(...placeholders.map((p) => p.height))).toBeGreaterThan(100);
    // Results below the fold wait until they are scrolled to.
    await page.waitForTimeout(300);
    expect(fragments.length).toBeLessThan(results);
  });

  it('lands on a claim from its sub-result, scrolled clear of the header, marked, with the terms highlighted', async () => {
    const { page } = await openPage(env.browser);
    await searchFromNote(page, 'over-train');
    await dialog(page).locator('.kb-sub-link[href$="#meta-chose-to-over-train"]').click();
    await page.waitForURL(
      /\/scale\/beyond-chinchilla\/\?highlight=over-train#meta-chose-to-over-train$/,
    );
    const claim = page.locator('#meta-chose-to-over-train');
    // The marker loads on arrival; on a busy machine that can take longer than expect.poll's 1 s.
    await expect
      .poll(() => claim.locator('mark.pagefind-highlight').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await claim.locator('mark.pagefind-highlight').first().textContent()).toBe(
      'over-training',
    );
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(
      'meta-chose-to-over-train',
    );
    expect(await claim.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    let last = Number.NaN;
    await expect
      .poll(async () => {
        const top = await claim.evaluate((el) => el.getBoundingClientRect().top);
        const still = top === last;
        last = top;
        return still;
      })
      .toBe(true);
    const header = await page
      .locator('.site-header')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(last).toBeGreaterThanOrEqual(header);
    expect(last).toBeLessThan(header + 60);
  });

  it('filters by theme, listing the five themes with counts', async () => {
    const { page } = await openPage(env.browser);
    await searchFromNote(page, 'Llama 2');
    await dialog(page).locator('pagefind-filter-dropdown button').first().click();
    const options = dialog(page).locator('pagefind-filter-dropdown [role="option"]');
    expect(
      (await options.allInnerTexts()).map((t) => t.replace(/\s+\d+$/, '').trim()).sort(),
    ).toEqual([
      'Evaluation',
      'Llama 4 and agents',
      'Model architecture',
      'Parameter scale and scaling laws',
      'Synthetic data',
    ]);
    expect((await options.allInnerTexts()).every((t) => /\d+\s*$/.test(t))).toBe(true);
    await options.filter({ hasText: 'Evaluation' }).click();
    await dialog(page).locator('pagefind-filter-dropdown button').first().click();
    await expect
      .poll(async () => {
        const themes = await dialog(page).locator('.kb-result-theme').allTextContents();
        return themes.length > 0 && themes.every((t) => t === 'Evaluation');
      })
      .toBe(true);
    const asPage = await dialog(page)
      .getByRole('link', { name: 'Open as page' })
      .getAttribute('href');
    expect(asPage).toBe('/search/?q=Llama+2&theme=evaluation');
  });

  it('works from the keyboard alone: "/" to open, arrows to choose, Enter to go, Esc to close', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}evaluation/`);
    const trigger = page.getByRole('link', { name: /^Search/ });
    await trigger.focus();
    await page.keyboard.press('Enter');
    // The first open loads the search UI; on a busy machine that takes longer than expect.poll's 1 s.
    await expect.poll(() => dialog(page).isVisible(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
    expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('/');
    await expect.poll(() => input(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('GAIA');
    await topResultLink(dialog(page), 'GAIA');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(
      () =>
        (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ??
        document.querySelector('[data-pf-selected]')?.getAttribute('href'),
    );
    expect(chosen).toMatch(/^\/llama-4-and-agents\/from-toolformer-to-gaia\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/llama-4-and-agents\/from-toolformer-to-gaia\/\?highlight=gaia/);
  });

  it('shows the results of the whole query when it was typed while the index was still loading', async () => {
    // Pagefind's UI publishes its search core before it has loaded the filters, and a search
    // started in that window overtook those still waiting for the bundle: "G" ran last and its
    // results stayed under "4 results for GAIA" (CI met it by chance). A slow bundle and a slower
    // filter file open both windows wide (src/scripts/search/load.ts).
    const { page, errors } = await openPage(env.browser);
    const slow = (ms: number) => async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue();
    };
    await page.route('**/pagefind/pagefind.js', slow(300));
    await page.route('**/pagefind/filter/**', slow(1_000));
    await page.goto(`${env.site.url}evaluation/`);
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => input(page).evaluate((el) => el === document.activeElement), { timeout: 10_000 })
      .toBe(true);
    // Slower than the dialog's 50 ms wait, so "G", "GA" and "GAI" are each searched on the way.
    await page.keyboard.type('GAIA', { delay: 150 });
    const link = await topResultLink(dialog(page), 'GAIA');
    await page.waitForTimeout(1_000); // past the slow filter file, when a stale search would land
    expect(await link.getAttribute('href')).toMatch(
      /^\/llama-4-and-agents\/from-toolformer-to-gaia\//,
    );
    expect(errors).toEqual([]);
  });

  it('hints at what Esc does in the dialog: it closes it', async () => {
    const { page } = await openPage(env.browser);
    await searchFromNote(page, 'chinchilla');
    const hints = dialog(page).locator('pagefind-keyboard-hints');
    expect(await hints.textContent()).toMatch(/esc\s*close/);
    expect(await hints.textContent()).not.toMatch(/esc\s*clear/);
    // Into the results and back to the box: still what Esc does here.
    const focusIsIn = (selector: string) =>
      page.evaluate((s) => !!document.activeElement?.matches(s), selector);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusIsIn('pagefind-results a'), { timeout: 5_000 }).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusIsIn('pagefind-input input'), { timeout: 5_000 }).toBe(true);
    expect(await hints.textContent()).toMatch(/esc\s*close/);
    expect(await hints.textContent()).not.toMatch(/esc\s*clear/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).isVisible()).toBe(false);
  });

  it("shows excerpts of the note's words only, without the heading's # or the claim's status", async () => {
    const { page } = await openPage(env.browser);
    // They reach a heading and a claim of "Why 405B": "Many constraints at once", and the claim
    // "…the balance point it settled on.", whose status (Supported) was read into the excerpt.
    await searchFromNote(page, 'constraints');
    const excerpts: string[] = [];
    for (const query of ['constraints', 'settled balance']) {
      await input(page).fill(query);
      await topResultLink(dialog(page), query);
      await dialog(page).locator('.pf-heading-excerpt').first().waitFor();
      excerpts.push(
        ...(await dialog(page)
          .locator('.pf-result-excerpt, .pf-heading-excerpt')
          .allTextContents()),
      );
    }
    expect(excerpts.length).toBeGreaterThan(2);
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/(^|\s)#(\s|$)/);
      expect(excerpt).not.toMatch(/\b(Supported|Nuanced|Overstated|Unconfirmed)\b/);
    }
  });

  it.each(['light', 'dark'] as const)(
    'is clean for axe with the dialog open and results shown (%s)',
    async (colorScheme) => {
      const { page } = await openPage(env.browser, { colorScheme });
      await searchFromNote(page, 'synthetic data');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    },
  );
});

describe('the search page', () => {
  it('runs the search in its URL and keeps the URL in step with what is typed', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}search/?q=gaia&theme=llama-4-and-agents`);
    await page.locator('[data-search-ui] .pf-result').first().waitFor();
    expect(await page.locator('[data-search-ui] input[type="search"]').inputValue()).toBe('gaia');
    const themes = await page.locator('[data-search-ui] .kb-result-theme').allTextContents();
    expect(themes.length).toBeGreaterThan(0);
    expect(new Set(themes)).toEqual(new Set(['Llama 4 and agents']));
    expect(await page.getByRole('checkbox', { name: /Llama 4 and agents/ }).isChecked()).toBe(true);
    await page.locator('[data-search-ui] input[type="search"]').fill('toolformer');
    await page.waitForURL(/\/search\/\?q=toolformer&theme=llama-4-and-agents$/);
    expect(await page.title()).toBe('“toolformer” · Search · Llama 3.1 Notes');
  });

  it('loads Pagefind only once the reader types, keeping what was typed and the focus', async () => {
    const { page, errors } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.site.url}search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    // The plain box has the focus from the start; typing fast goes into it while Pagefind loads.
    await page.keyboard.type('gaia', { delay: 10 });
    await page.locator('[data-search-ui] .pf-result').first().waitFor();
    const box = page.locator('[data-search-ui] input[type="search"]');
    expect(await box.inputValue()).toBe('gaia');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('[data-search-box]').isHidden()).toBe(true);
    await page.waitForURL(/\/search\/\?q=gaia$/);
    expect(errors).toEqual([]);
  });

  it('puts the first result on the first screen of a phone, the theme filter in a dropdown with counts', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${env.site.url}search/?q=chinchilla`);
    const first = page.locator('[data-search-ui] .pf-result-link').first();
    await first.waitFor();
    expect(await first.evaluate((a) => a.getBoundingClientRect().bottom)).toBeLessThan(844);
    expect(await page.locator('pagefind-filter-pane').isVisible()).toBe(false);
    const filter = page.getByRole('combobox', { name: 'Filter by theme' });
    await filter.click();
    const options = page.locator('pagefind-filter-dropdown [role="option"]');
    expect(await options.count()).toBe(5);
    const menu = await page
      .locator('pagefind-filter-dropdown .pf-dropdown-menu')
      .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(menu.left).toBeGreaterThanOrEqual(0);
    expect(menu.right).toBeLessThanOrEqual(390);
    expect((await options.allInnerTexts()).every((t) => /\d+\s*$/.test(t))).toBe(true);
    await options.filter({ hasText: 'Evaluation' }).click();
    await page.waitForURL(/\/search\/\?q=chinchilla&theme=evaluation$/);
  });

  it('is clean for axe with results', async () => {
    const { page } = await openPage(env.browser, { colorScheme: 'dark' });
    await page.goto(`${env.site.url}search/?q=reward+model`);
    await page.locator('[data-search-ui] .pf-result').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('says plainly that search needs JavaScript, and lists the themes, when it is off', async () => {
    const { page } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.site.url}search/?q=gaia`);
    expect(
      await page.getByText('Search runs in your browser and needs JavaScript').isVisible(),
    ).toBe(true);
    expect(await page.locator('.search-fallback').getByRole('link').allTextContents()).toEqual([
      'Parameter scale and scaling laws',
      'Model architecture',
      'Synthetic data',
      'Evaluation',
      'Llama 4 and agents',
    ]);
  });
});

describe('arriving from a result', () => {
  it('marks whole words of the search only, never a short word inside another', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(
      `${env.site.url}synthetic-data/filtering-the-web/?highlight=performance&highlight=per`,
    );
    const marks = page.locator('[data-pagefind-body] mark.pagefind-highlight');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const inWords = await marks.evaluateAll((all) =>
      all
        .map((mark) => {
          const before = mark.previousSibling?.textContent?.slice(-1) ?? '';
          const after = mark.nextSibling?.textContent?.slice(0, 1) ?? '';
          return `${before}[${mark.textContent}]${after}`;
        })
        .filter((seen) => /[\p{L}\p{N}]\[|\][\p{L}\p{N}]/u.test(seen)),
    );
    expect(inWords).toEqual([]);
    const words = new Set((await marks.allTextContents()).map((w) => w.toLowerCase()));
    expect(words).toEqual(new Set(['per', 'performance']));
  });
});

describe('the 404 page', () => {
  it('searches from its box, offers the themes, and asks for nothing it gives no way to do', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}scale/no-such-note/`);
    const main = page.getByRole('main');
    expect(await main.textContent()).not.toMatch(/tell us/i);
    expect(await main.getByRole('link', { name: 'Evaluation' }).getAttribute('href')).toBe(
      '/evaluation/',
    );
    await main.getByRole('searchbox', { name: 'Search the notes' }).fill('gaia');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=gaia$/);
    await page.locator('[data-search-ui] .pf-result-link').first().waitFor();
  });
});
