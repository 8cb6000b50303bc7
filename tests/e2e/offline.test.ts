import { afterAll, describe, expect, inject, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { loadContentModel } from '../support/content.ts';
import { topResultLink } from '../support/search.ts';
import { TMP } from '../support/paths.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { formatBytes, type OfflineList } from '../../src/lib/offline.ts';
import { writeOfflineFiles } from '../../src/publish/offline.ts';

/**
 * Offline reading in Chromium: what a first visit keeps, "Save for offline", a new version, and
 * two sites on one host under different base paths. Each test serves its own copy of the built
 * site (some change it), in a context of its own (service workers and caches are per context).
 */
const dist = inject('dist');
const [browser, model] = await Promise.all([launchBrowser(), loadContentModel()]);
const cleanup: Array<() => Promise<unknown>> = [() => browser.close()];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** A copy of a built site in a fresh folder, served; `layout` puts more sites inside it. */
async function serveCopy(layout: Array<[from: string, to: string]> = [[dist, '']]) {
  const root = await mkdtemp(join(TMP, 'offline-'));
  for (const [from, to] of layout) await cp(from, join(root, to), { recursive: true });
  const site = await serveStatic(root);
  cleanup.push(
    () => rm(root, { recursive: true, force: true }),
    () => site.close(),
  );
  return { root, site };
}

/** A context that records CSP violations and page errors on every page it opens. */
async function newContext(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const problems: string[] = [];
  await context.exposeFunction('reportViolation', (v: string) => problems.push(v));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `CSP ${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  cleanup.push(() => context.close());
  return { context, page, problems };
}

/** Waits until the worker is active and the page the reader opened is kept. */
async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname))), {
      timeout: 30_000,
    })
    .toBe(true);
}

const readList = async (root: string) =>
  JSON.parse(await readFile(join(root, 'offline.json'), 'utf8')) as OfflineList;

describe('offline reading', () => {
  it('is installable, and after a first visit the note, the search dialog and a search work offline', async () => {
    const { site } = await serveCopy();
    const { context, page, problems } = await newContext();
    await page.goto(`${site.url}scale/why-405b/`);
    await offlineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Every test context is incognito-like, where Chromium never offers to install anything.
    expect(
      installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
    ).toEqual([]);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.ok()).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/405B/);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('GAIA');
    const results = page.locator('dialog.pf-modal');
    await topResultLink(results, 'GAIA');
    // Each result fills in when its fragment arrives from the cache: slow on a starved machine.
    await expect
      .poll(
        () =>
          results
            .locator('.pf-result-link')
            .evaluateAll((a) => a.map((l) => l.getAttribute('href'))),
        { timeout: 20_000 },
      )
      .toContainEqual(expect.stringMatching(/from-toolformer-to-gaia/));
    // A page the reader never opened is not there: the note above came from the cache.
    await expect(page.goto(`${site.url}scale/beyond-chinchilla/`)).rejects.toThrow();
    expect(problems).toEqual([]);
  });

  it(
    'saves every page after stating the size, then reads each of them offline',
    { timeout: 180_000 },
    async () => {
      const { root, site } = await serveCopy();
      const list = await readList(root);
      const { context, page, problems } = await newContext();
      await page.goto(site.url);
      await offlineReady(page);
      await page.getByRole('button', { name: 'Save for offline reading' }).click();
      // The home page is saved already, and the search index came with the worker.
      const pending = list.pages.filter((p) => p.url !== '/');
      const bytes = formatBytes(pending.reduce((sum, p) => sum + p.bytes, 0));
      const status = page.locator('.offline-panel [role="status"]');
      await expect.poll(() => status.textContent()).toContain(`downloads ${bytes}`);
      await page.getByRole('button', { name: `Save ${bytes}` }).click();
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Saved/);
      const progress = page.locator('.offline-panel progress');
      expect(await progress.evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([
        pending.length,
        pending.length,
      ]);

      await context.setOffline(true);
      // Every note opened as a reader opens it; every other page asked for through the worker.
      const notes = list.pages.filter(
        (p) => /^\/[^/]+\/[^/]+\/$/.test(p.url) && !p.url.startsWith('/tags/'),
      );
      expect(notes.length).toBe(model.notes.length);
      for (const { url } of notes) {
        const response = await page.goto(new URL(url, site.url).href);
        expect(response?.status(), url).toBe(200);
        await expect(page.locator('main h1').count(), url).resolves.toBe(1);
      }
      const statuses = await page.evaluate(
        (urls) => Promise.all(urls.map(async (url) => `${url} ${(await fetch(url)).status}`)),
        list.pages.map((p) => p.url),
      );
      expect(statuses).toEqual(list.pages.map((p) => `${p.url} 200`));
      expect(problems).toEqual([]);
    },
  );

  it(
    'announces a new build, and switching to it refreshes the pages kept offline',
    { timeout: 180_000 },
    async () => {
      const { root, site } = await serveCopy();
      const { context, page, problems } = await newContext();
      await page.goto(`${site.url}scale/beyond-chinchilla/`);
      await offlineReady(page);
      await page.goto(`${site.url}scale/why-405b/`);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      // A new build changes a note the reader kept but is not reading, and the publish step runs.
      // The edit keeps the page's size: only its content tells the versions apart.
      const changed = join(root, 'scale/beyond-chinchilla/index.html');
      const html = await readFile(changed, 'utf8');
      expect(html).toContain('Chinchilla');
      await writeFile(changed, html.replaceAll('Chinchilla', 'CHINCHILLA'));
      const list = await readList(root);
      await writeOfflineFiles({
        root,
        base: '/',
        pageFiles: list.pages.map((p) => join(root, p.url.slice(1), 'index.html')),
        logger: { info: () => {} },
      });

      await page.reload();
      const notice = page.locator('.offline-notice');
      await expect
        .poll(() => notice.textContent(), { timeout: 60_000 })
        .toContain('A newer version of these notes is available.');
      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: 'Reload' }).click(),
      ]);
      // The switch re-fetches every kept page before the reload: on a loaded machine that can take
      // longer than expect.poll's default second (the whole suite in CI once ran out of it).
      await expect.poll(() => page.locator('.offline-notice').count(), { timeout: 30_000 }).toBe(0);

      await context.setOffline(true);
      await page.goto(`${site.url}scale/beyond-chinchilla/`);
      await expect(page.locator('h1').textContent()).resolves.toContain('CHINCHILLA');
      expect(problems).toEqual([]);
    },
  );

  it(
    'keeps two sites on one host apart: each worker and cache holds its own base path only',
    { timeout: 120_000 },
    async () => {
      const base = inject('base');
      const { site } = await serveCopy([
        [dist, ''],
        [inject('distBase'), base.slice(1)],
      ]);
      const { page, problems } = await newContext();
      // The root site's worker covers /kb/ too; it must neither answer for nor keep those pages.
      await page.goto(`${site.url}scale/why-405b/`);
      await offlineReady(page);
      await page.goto(`${site.url}${base.slice(1)}scale/why-405b/`);
      await offlineReady(page);
      // Each worker stores the page it answered once the reader has it (after the load event):
      // a reader who stays a moment, not a test that navigates on at once.
      await page.goto(`${site.url}${base.slice(1)}scale/`);
      await offlineReady(page);
      await page.goto(`${site.url}scale/`);
      await offlineReady(page);
      for (const path of [`${base}scale/`, '/scale/'])
        await expect
          .poll(() => page.evaluate(async (p) => Boolean(await caches.match(p)), path), {
            timeout: 30_000,
          })
          .toBe(true);
      const contents = await page.evaluate(async () => {
        const names = await self.caches.keys();
        return Promise.all(
          names.map(async (name) => ({
            name,
            urls: (await (await self.caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
          })),
        );
      });
      const scopes = await page.evaluate(async () =>
        (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
      );
      expect(scopes.sort()).toEqual(['/', base]);
      const ofBase = contents.filter((c) => c.name.includes(base));
      const ofRoot = contents.filter((c) => !c.name.includes(base));
      expect(ofBase.length).toBeGreaterThan(0);
      expect(ofRoot.length).toBeGreaterThan(0);
      for (const { name, urls } of ofBase)
        expect(
          urls.filter((u) => !u.startsWith(base)),
          name,
        ).toEqual([]);
      for (const { name, urls } of ofRoot)
        expect(
          urls.filter((u) => u.startsWith(base)),
          name,
        ).toEqual([]);
      expect(ofBase.flatMap((c) => c.urls)).toContain(`${base}scale/`);
      expect(ofRoot.flatMap((c) => c.urls)).toContain('/scale/');
      expect(problems).toEqual([]);
    },
  );
});
