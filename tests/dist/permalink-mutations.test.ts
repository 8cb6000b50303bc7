import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { copyProject, type ProjectCopy } from '../../tools/project-copy.ts';
import { runBuild, type BuildResult } from '../support/build.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { ROOT } from '../support/paths.ts';
import { renderHoldEnd } from '../support/html.ts';
import { ANCHOR_ALIASES_ID } from '../../src/lib/markup.ts';

/**
 * Edits a copy of the content the way authors do, against the committed permalink lock:
 * - careless: a heading renamed and a claim removed, with nothing to keep their old links alive;
 * - careful: the same heading renamed with an anchor alias, a claim renamed with its old id kept,
 *   a note moved to another theme with `moved_from`.
 * The careless build must fail naming each lost link and its fix; the careful one must pass,
 * and every old link must land on the new place in Chromium.
 */
let careless: ProjectCopy;
let careful: ProjectCopy;
let failed: BuildResult;
let passed: BuildResult;
let browser: Browser;

async function edit(project: ProjectCopy, file: string, change: (text: string) => string) {
  const path = join(project.root, 'content', file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  expect(after, `edit of ${file} changed nothing`).not.toBe(before);
  await writeFile(path, after);
}

/** Rewrites a link target in every note, as an author fixes links after a move. */
async function relink(project: ProjectCopy, from: string, to: string) {
  for (const theme of await readdir(join(project.root, 'content'), { withFileTypes: true })) {
    if (!theme.isDirectory()) continue;
    for (const file of await readdir(join(project.root, 'content', theme.name))) {
      const path = join(project.root, 'content', theme.name, file);
      await writeFile(path, (await readFile(path, 'utf8')).replaceAll(from, to));
    }
  }
}

beforeAll(async () => {
  [careless, careful] = await Promise.all([copyProject(ROOT, 'kb-careless-'), copyProject(ROOT, 'kb-careful-')]);

  await edit(careless, 'scale/beyond-chinchilla.mdx', (t) => t.replace('## The Chinchilla trap', '## The inference trap'));
  await edit(careless, 'evaluation/benchmarks-and-overfitting.mdx', (t) =>
    t.replace(/\n {2}- id: evaluation-is-hard\n[\s\S]*?(?=\n {2}- id: |\n---)/, '').replace(/<Claim id="evaluation-is-hard"[^]*?(\/>|<\/Claim>)/, ''),
  );

  await edit(careful, 'scale/beyond-chinchilla.mdx', (t) =>
    t.replace('## The Chinchilla trap', '## The inference trap').replace('\nclaims:', '\nanchor_aliases:\n  - { from: the-chinchilla-trap, to: the-inference-trap }\nclaims:'),
  );
  await edit(careful, 'scale/why-405b.mdx', (t) =>
    t.replace('  - id: balance-at-405b\n', '  - id: settled-at-405b\n    aliases: [balance-at-405b]\n').replace('<Claim id="balance-at-405b"', '<Claim id="settled-at-405b"'),
  );
  await rename(join(careful.root, 'content/scale/serving-405b-in-fp8.mdx'), join(careful.root, 'content/architecture/fp8-serving.mdx'));
  await relink(careful, '/scale/serving-405b-in-fp8/', '/architecture/fp8-serving/');
  await edit(careful, 'architecture/fp8-serving.mdx', (t) => t.replace('\nclaims:', '\nmoved_from: ["/scale/serving-405b-in-fp8/"]\nclaims:'));

  [failed, passed, browser] = await Promise.all([
    runBuild(careless.env, careless.root),
    runBuild(careful.env, careful.root),
    launchBrowser(),
  ]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([careless?.remove(), careful?.remove()]);
});

describe('a rename or removal without a way back', () => {
  it('fails the build, naming the old anchor of the renamed heading and how to keep it', () => {
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(/\/scale\/beyond-chinchilla\/#the-chinchilla-trap was published \(.*permalinks\.lock\.json\) and the anchor no longer exists on the page\. Fix: keep the id "the-chinchilla-trap"; or declare it in .*scale\/beyond-chinchilla\.mdx: anchor_aliases: \[\{ from: the-chinchilla-trap, to: the-inference-trap \}\]/);
  });

  it('fails the build for the removed claim: its anchor and its share URL', () => {
    expect(failed.output).toContain('/evaluation/benchmarks-and-overfitting/#evaluation-is-hard was published');
    expect(failed.output).toMatch(/\/c\/evaluation-is-hard\/ was published .* and the page no longer exists/);
  });
});

describe('a rename or move that keeps its old links', () => {
  it('builds', () => {
    expect(passed.output).not.toMatch(/Build failed/);
    expect(passed.code).toBe(0);
  });

  it('renames an old anchor before the first paint: the alias script is inside the render block', async () => {
    const html = await readFile(join(careful.root, 'dist/scale/beyond-chinchilla/index.html'), 'utf8');
    const end = renderHoldEnd(html);
    const aliases = html.indexOf(`id="${ANCHOR_ALIASES_ID}"`);
    expect(aliases).toBeGreaterThan(0);
    expect(html.indexOf(` id="${end}"`)).toBeGreaterThan(aliases);
  });

  it('lands every old link on the new place', async () => {
    const site = await serveStatic(join(careful.root, 'dist'));
    try {
      const { page } = await openPage(browser);
      const land = async (from: string, to: RegExp, target: string) => {
        await page.goto(site.url + from);
        await page.waitForURL(to);
        await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);
      };
      await land('scale/beyond-chinchilla/#the-chinchilla-trap', /\/scale\/beyond-chinchilla\/#the-inference-trap$/, 'the-inference-trap');
      await land('scale/why-405b/#balance-at-405b', /\/scale\/why-405b\/#settled-at-405b$/, 'settled-at-405b');
      await land('c/balance-at-405b/', /\/scale\/why-405b\/#settled-at-405b$/, 'settled-at-405b');
      await land('scale/serving-405b-in-fp8/#what-fp8-covers', /\/architecture\/fp8-serving\/#what-fp8-covers$/, 'what-fp8-covers');
      const redirect = await readFile(join(careful.root, 'dist/scale/serving-405b-in-fp8/index.html'), 'utf8');
      expect(redirect).toContain('<link rel="canonical" href="http://localhost:4321/architecture/fp8-serving/">');
    } finally {
      await site.close();
    }
  });
});
