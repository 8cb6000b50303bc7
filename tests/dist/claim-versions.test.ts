import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { ProjectCopy } from '../../tools/project-copy.ts';
import { runBuild, type BuildResult } from '../support/build.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { fixtureProject } from '../adversarial/project.ts';
import { basic, note, theme, type Files } from '../adversarial/cases.ts';
import { CLAIM_CHANGED, select } from '../../src/lib/markup.ts';
import type { ClaimHistory } from '../../src/lib/claim-versions.ts';
import { isoDate, formatDate } from '../../src/lib/dates.ts';

/**
 * A small site of the test's own goes through a claim's life: published and recorded
 * (`npm run permalinks`), then corrected (text and status changed) and recorded again, while a
 * second claim gets a minor edit (`npm run permalinks -- --minor`). A reader who follows the link
 * copied before the correction must learn what changed, with and without JavaScript, and a chat
 * unfurling it must show what the link pointed at. A second copy makes the same correction
 * without recording it: its build must fail, naming the claim's line and the fix.
 */
const OLD = 'Meta settled on 405B parameters as the balance point of its constraints.';
const NEW = 'Meta settled on 405B parameters, though its own scaling study points to a smaller model.';
const claims = (text: string, status: string, reason: string, minorReason: string) =>
  `claims:\n  - id: balance-at-405b\n    text: ${text}\n    status: ${status}\n    reason: ${reason}\n    sources:\n      - { source: llama-3-paper, at: "§3.2.1" }\n` +
  `  - id: steady-claim\n    text: A claim that only gets a minor edit.\n    status: supported\n    reason: ${minorReason}\n    sources:\n      - { source: llama-3-paper, at: "§1" }`;
const site = (text: string, status: string, reason: string, minorReason: string): Files => ({
  'scale/index.mdx': theme('title: Scale\ndescription: The theme of the note whose claim changes.\norder: 1'),
  'scale/why-405b.mdx': note(
    `${basic('Why 405B', 1)}\nsources: [llama-3-paper]\n${claims(text, status, reason, minorReason)}`,
    '## Where the balance landed\n\n<Claim id="balance-at-405b" />\n\n<Claim id="steady-claim" />',
  ),
});
const BEFORE = site(OLD, 'supported', 'Scialom describes the size as a balance.', 'The fixture says so');
const AFTER = site(NEW, 'overstated', 'The paper’s scaling-law study points lower.', 'The fixture says so, plainly');

let recorded: ProjectCopy;
let unrecorded: ProjectCopy;
let firstRecord: ClaimHistory;
let failed: BuildResult;
let browser: Browser;
let server: { url: string; close(): Promise<void> };
const today = formatDate(new Date(`${isoDate(new Date())}T00:00:00Z`));
const record = (project: ProjectCopy) => readFile(join(project.root, 'content/claim-versions.lock.json'), 'utf8').then((t) => JSON.parse(t) as ClaimHistory);
const dist = (path: string) => readFile(join(recorded.root, 'dist', path), 'utf8');
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

/** axe's WCAG 2.2 A/AA violations on the page as it is, in the light and the dark scheme. */
async function axeInBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    found.push(...violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  return found;
}

async function write(project: ProjectCopy, files: Files) {
  for (const [path, text] of Object.entries(files)) await writeFile(join(project.root, 'content', path), text);
}

beforeAll(async () => {
  [recorded, unrecorded] = await Promise.all([fixtureProject(BEFORE, 'kb-versions-'), fixtureProject(BEFORE, 'kb-unrecorded-')]);
  const first = await runBuild({ ...recorded.env, KB_RECORD_PERMALINKS: '1' }, recorded.root);
  expect(first.code, first.output).toBe(0);
  firstRecord = await record(recorded);
  for (const file of ['claim-versions.lock.json', 'permalinks.lock.json'])
    await cp(join(recorded.root, 'content', file), join(unrecorded.root, 'content', file));
  await Promise.all([write(recorded, AFTER), write(unrecorded, AFTER)]);
  let second: BuildResult;
  [second, failed, browser] = await Promise.all([
    runBuild({ ...recorded.env, KB_RECORD_PERMALINKS: '1' }, recorded.root, ['--minor', 'steady-claim']),
    runBuild(unrecorded.env, unrecorded.root),
    launchBrowser(),
  ]);
  expect(second.code, second.output).toBe(0);
  server = await serveStatic(join(recorded.root, 'dist'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([recorded?.remove(), unrecorded?.remove()]);
});

describe('recording a claim’s versions', () => {
  it('appends the correction as version 2 and the minor edit as a minor version, leaving version 1 as it was', async () => {
    const after = await record(recorded);
    expect(after.claims['balance-at-405b']![0]).toEqual(firstRecord.claims['balance-at-405b']![0]);
    expect(after.claims['balance-at-405b']![1]).toMatchObject({ version: 2, text: NEW, status: 'overstated', date: isoDate(new Date()) });
    expect(after.claims['steady-claim']![1]).toMatchObject({ version: 2, minor: true, reason: 'The fixture says so, plainly' });
  });

  it('fails the build when the change was not recorded, naming the file, line, field and fix', () => {
    expect(failed.code).toBe(1);
    expect(failed.output).toContain(
      'content/scale/why-405b.mdx:8 claims → "balance-at-405b" text, status, reason — claim "balance-at-405b" was published as version 1',
    );
    expect(failed.output).toContain('Fix: run npm run permalinks to record version 2');
    expect(failed.output).toContain(`or restore the text of version 1: "${OLD}"`);
    expect(failed.output).toMatch(/content\/scale\/why-405b\.mdx:\d+ claims → "steady-claim" reason — .*--minor steady-claim/);
  });
});

describe('a link to the version before the correction', () => {
  it('shows, at the claim in its note, when it changed, both versions, the status change and the history', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}c/balance-at-405b/v/1/`);
    await page.waitForURL(/\/scale\/why-405b\/\?v=1#balance-at-405b$/);
    const notice = page.locator(`#balance-at-405b ${select(CLAIM_CHANGED)}`);
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain(`This claim changed on ${today}`);
    expect(text).toContain(OLD);
    expect(text).toContain(NEW);
    expect(text).toContain('Status changed: Supported → Overstated.');
    expect(await notice.getByRole('link', { name: 'Every version of this claim, and what changed' }).getAttribute('href')).toBe('/c/balance-at-405b/history/');
    expect(errors).toEqual([]);
    expect(await axeInBothSchemes(page)).toEqual([]);
  });

  it('unfurls as the version it names, and says what changed without JavaScript', async () => {
    const html = await dist('c/balance-at-405b/v/1/index.html');
    expect(meta(html, 'og:title')).toBe(OLD);
    expect(meta(html, 'og:description')).toMatch(/^Supported: Scialom describes the size as a balance\./);
    expect(meta(html, 'og:url')).toBe('http://localhost:4321/c/balance-at-405b/v/1/');
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}c/balance-at-405b/v/1/`);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/c/balance-at-405b/v/1/');
    const notice = await page.locator(select(CLAIM_CHANGED)).textContent();
    expect(notice).toContain(OLD);
    expect(notice).toContain(NEW);
    expect(notice).toContain('Status changed: Supported → Overstated.');
    await page.getByRole('link', { name: 'Every version of this claim, and what changed' }).click();
    await page.waitForURL(/\/c\/balance-at-405b\/history\/$/);
  });

  it('does not raise the notice for the current version, the plain share URL, or a version followed only by a minor edit', async () => {
    const { page } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const [from, to] of [
      ['c/balance-at-405b/v/2/', /\/scale\/why-405b\/#balance-at-405b$/],
      ['c/balance-at-405b/', /\/scale\/why-405b\/#balance-at-405b$/],
      ['c/steady-claim/v/1/', /\/scale\/why-405b\/#steady-claim$/],
    ] as const) {
      await page.goto(server.url + from);
      await page.waitForURL(to);
      await page.waitForLoadState('networkidle');
      expect(await page.locator(select(CLAIM_CHANGED)).count(), from).toBe(0);
    }
    // The notice's code and style load only for a link that names a version.
    expect(requested.filter((url) => /claim-changed/.test(url))).toEqual([]);
    expect(meta(await dist('c/steady-claim/v/1/index.html'), 'og:title')).toBe('A claim that only gets a minor edit.');
  });
});

describe('the history of a claim', () => {
  it('lists every version with its date and a word diff of its text', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}c/balance-at-405b/history/`);
    const latest = page.locator('section', { has: page.locator('#v2') });
    expect(await latest.locator('h2').textContent()).toBe(`Version 2 · ${today} · current`);
    // Read without the added words it is version 1, without the removed ones version 2.
    const diff = latest.locator('.history-text');
    const without = (tag: string) => diff.evaluate((p, tag) => [...p.childNodes].filter((n) => n.nodeName !== tag).map((n) => n.textContent).join(''), tag);
    expect(await without('INS')).toBe(OLD);
    expect(await without('DEL')).toBe(NEW);
    expect((await diff.locator('del').allTextContents()).join(' ')).toContain('balance point');
    expect((await diff.locator('ins').allTextContents()).join(' ')).toContain('scaling study');
    expect(await latest.textContent()).toContain('Status changed: Supported → Overstated.');
    expect(await page.locator('#v1').textContent()).toContain('Version 1');
    expect(await axeInBothSchemes(page)).toEqual([]);
  });

  it('is carried by claims.json, and the status change by the feed', async () => {
    const { claims } = JSON.parse(await dist('claims.json')) as { claims: Array<{ id: string; version: number; versions: Array<{ text: string; status: string }> }> };
    const claim = claims.find((c) => c.id === 'balance-at-405b')!;
    expect(claim.version).toBe(2);
    expect(claim.versions.map((v) => [v.text, v.status])).toEqual([[OLD, 'supported'], [NEW, 'overstated']]);
    const feed = await dist('feed.xml');
    expect(feed).toContain(`<title>Status changed: Supported → Overstated: ${NEW}</title>`);
    expect(feed).toContain('<id>http://localhost:4321/c/balance-at-405b/history/#v2</id>');
    expect(feed).not.toContain('Status changed: Supported → Supported');
  });
});
