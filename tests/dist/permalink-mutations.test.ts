import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ProjectCopy } from '../../tools/project-copy.ts';
import { runBuild, type BuildResult } from '../support/build.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { loadContentModel } from '../support/content.ts';
import { fixtureProject } from '../adversarial/project.ts';
import { basic, claim, note, theme, type Files } from '../adversarial/cases.ts';
import { publishedPages } from '../../src/model/published.ts';
import { mergeLock } from '../../src/lib/permalinks.ts';
import { renderHoldEnd } from '../support/html.ts';
import { ANCHOR_ALIASES_ID } from '../../src/lib/markup.ts';

/**
 * Edits a small site of the test's own (not content/) the way authors do, against a permalink lock
 * of everything it published, while a writer's newer note links to the anchors being renamed:
 * - careless: a heading renamed and a claim removed, with nothing to keep their old links alive;
 * - careful: the same heading renamed with an anchor alias, a claim renamed with its old id kept,
 *   a note moved to another theme with `moved_from`.
 * The careless build must fail in one round, the lost permalinks first with their fix, then the
 * writer's link with the same fix; the careful one must pass, warn about the writer's links to
 * old anchors, and every old link must land on the new place in Chromium. Because the site is
 * the fixture's, what the real notes link to cannot change the outcome.
 */
const SITE: Files = {
  'scale/index.mdx': theme('title: Scale\ndescription: The theme of the renamed and moved notes.\norder: 1'),
  'architecture/index.mdx': theme('title: Architecture\ndescription: The theme a note moves to.\norder: 2'),
  'evaluation/index.mdx': theme('title: Evaluation\ndescription: The theme of the writer and of a removed claim.\norder: 3'),
  'scale/beyond-chinchilla.mdx': note(
    `${basic('Beyond Chinchilla', 2)}\nsources: [llama-3-paper]\n${claim('meta-chose-to-over-train')}`,
    '## Kaplan first\n\nText.\n\n## The Chinchilla trap\n\nText.\n\n<Claim id="meta-chose-to-over-train" />',
  ),
  'scale/why-405b.mdx': note(
    `${basic('Why 405B', 1)}\nsources: [llama-3-paper]\n${claim('balance-at-405b')}`,
    '## Where the balance landed\n\n<Claim id="balance-at-405b" />\n\nThe smaller models went [beyond Chinchilla](/scale/beyond-chinchilla/).',
  ),
  'scale/serving-405b-in-fp8.mdx': note(basic('Serving 405B in FP8', 3), '## What FP8 covers\n\nText.'),
  'evaluation/benchmarks-and-overfitting.mdx': note(
    `${basic('Benchmarks', 1)}\nsources: [llama-3-paper]\n${claim('evaluation-is-hard')}`,
    '<Claim id="evaluation-is-hard" />',
  ),
  'evaluation/a-writers-note.mdx': note(
    basic("A writer's note", 2),
    'See [the trap](/scale/beyond-chinchilla/#the-chinchilla-trap) and [the balance](/scale/why-405b/#balance-at-405b).',
  ),
};

let careless: ProjectCopy;
let careful: ProjectCopy;
let failed: BuildResult;
let passed: BuildResult;
let browser: Browser;

/** The lock a release of the unedited site would have written (`npm run permalinks`). */
async function recordLock(project: ProjectCopy) {
  const model = await loadContentModel(join(project.root, 'content'));
  const published = new Map([...publishedPages(model)].map(([path, page]) => [path as string, page.anchors]));
  const { lock } = mergeLock({ pages: {} }, published);
  await writeFile(join(project.root, 'content/permalinks.lock.json'), JSON.stringify(lock, null, 2));
}

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

/** The problems of a failed build's report, one per line, as printed. */
const problemsOf = (output: string) => output.split('\n').filter((l) => l.startsWith('  • ')).map((l) => l.slice(4));

beforeAll(async () => {
  [careless, careful] = await Promise.all([fixtureProject(SITE, 'kb-careless-'), fixtureProject(SITE, 'kb-careful-')]);
  await Promise.all([recordLock(careless), recordLock(careful)]);

  await edit(careless, 'scale/beyond-chinchilla.mdx', (t) => t.replace('## The Chinchilla trap', '## The inference trap'));
  await edit(careless, 'evaluation/benchmarks-and-overfitting.mdx', (t) =>
    t.replace(/\nclaims:\n {2}- id: evaluation-is-hard\n[\s\S]*?(?=\nupdated:)/, '').replace(/<Claim id="evaluation-is-hard"[^]*?(\/>|<\/Claim>)/, ''),
  );

  await edit(careful, 'scale/beyond-chinchilla.mdx', (t) =>
    t.replace('## The Chinchilla trap', '## The inference trap').replace('\nclaims:', '\nanchor_aliases:\n  - { from: the-chinchilla-trap, to: the-inference-trap }\nclaims:'),
  );
  await edit(careful, 'scale/why-405b.mdx', (t) =>
    t.replace('  - id: balance-at-405b\n', '  - id: settled-at-405b\n    aliases: [balance-at-405b]\n').replace('<Claim id="balance-at-405b"', '<Claim id="settled-at-405b"'),
  );
  await rename(join(careful.root, 'content/scale/serving-405b-in-fp8.mdx'), join(careful.root, 'content/architecture/fp8-serving.mdx'));
  await relink(careful, '/scale/serving-405b-in-fp8/', '/architecture/fp8-serving/');
  await edit(careful, 'architecture/fp8-serving.mdx', (t) => t.replace('\nupdated:', '\nmoved_from: ["/scale/serving-405b-in-fp8/"]\nupdated:'));

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
  it('fails the build, naming the old anchor of the renamed heading and, first, the alias that keeps it', () => {
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(/\/scale\/beyond-chinchilla\/#the-chinchilla-trap was published \(.*permalinks\.lock\.json\) and the anchor no longer exists on the page\. Fix: add to .*scale\/beyond-chinchilla\.mdx: anchor_aliases: \[\{ from: the-chinchilla-trap, to: the-inference-trap \}\]/);
  });

  it('fails the build for the removed claim: its anchor and its share URL', () => {
    expect(failed.output).toContain('/evaluation/benchmarks-and-overfitting/#evaluation-is-hard was published');
    expect(failed.output).toMatch(/\/c\/evaluation-is-hard\/ was published .* and the page no longer exists/);
  });

  it('reports the whole rename in one round: the lost permalinks first, then the link to the old anchor with the same alias', () => {
    const problems = problemsOf(failed.output);
    expect(failed.output).toContain('The content has 4 problems');
    expect(problems).toHaveLength(4);
    expect(problems.slice(0, 3).every((p) => p.includes(' was published ('))).toBe(true);
    expect(problems[3]).toMatch(
      /^content\/evaluation\/a-writers-note\.mdx:8 link to \/scale\/beyond-chinchilla\/#the-chinchilla-trap — \/scale\/beyond-chinchilla\/ has no heading or claim "the-chinchilla-trap"; it was published, so its heading or claim was renamed or removed\. Fix: add to content\/scale\/beyond-chinchilla\.mdx: anchor_aliases: \[\{ from: the-chinchilla-trap, to: the-inference-trap \}\], and this link keeps working/,
    );
  });
});

describe('a rename or move that keeps its old links', () => {
  it('builds', () => {
    expect(passed.output).not.toMatch(/Build failed/);
    expect(passed.code).toBe(0);
  });

  it("warns about the writer's links to old anchors, naming where they lead now", () => {
    expect(passed.output).toContain('The content has 2 warnings (it still publishes)');
    expect(passed.output).toContain(
      'content/evaluation/a-writers-note.mdx:8 link to /scale/beyond-chinchilla/#the-chinchilla-trap — "the-chinchilla-trap" is an old anchor of /scale/beyond-chinchilla/; its alias sends readers on to /scale/beyond-chinchilla/#the-inference-trap. Fix: link to /scale/beyond-chinchilla/#the-inference-trap',
    );
    expect(passed.output).toContain('link to /scale/why-405b/#balance-at-405b — "balance-at-405b" is an old anchor of /scale/why-405b/; its alias sends readers on to /scale/why-405b/#settled-at-405b');
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
      await land('c/balance-at-405b/v/1/', /\/scale\/why-405b\/#settled-at-405b$/, 'settled-at-405b');
      await land('c/balance-at-405b/history/#v1', /\/c\/settled-at-405b\/history\/#v1$/, 'v1');
      await land('scale/serving-405b-in-fp8/#what-fp8-covers', /\/architecture\/fp8-serving\/#what-fp8-covers$/, 'what-fp8-covers');
      const redirect = await readFile(join(careful.root, 'dist/scale/serving-405b-in-fp8/index.html'), 'utf8');
      expect(redirect).toContain('<link rel="canonical" href="http://localhost:4321/architecture/fp8-serving/">');
    } finally {
      await site.close();
    }
  });
});
