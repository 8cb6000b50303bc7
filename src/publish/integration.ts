/**
 * The publish step: the one integration that owns the end of a build. It collects each note's
 * scan from the MDX compile (`onScan`, wired into the processor by astro.config.mjs), and once
 * Astro has written the pages it runs these steps, in this order, from its copy of the model:
 *   1. claim share pages, moved notes' redirects and each note's link-preview data (they must
 *      exist before the search index and the sitemap read the output);
 *   2. social cards;
 *   3. the search index (Pagefind);
 *   4. with KB_RECORD_PERMALINKS=1 (`npm run permalinks`), the permalink lock gains every page
 *      and anchor this build published.
 * Content checks, the permalink lock among them, ran earlier, before any page was written
 * (src/model/checks/).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimited } from '../lib/concurrency.ts';
import { contentDir, lockFile } from '../lib/content-dir.ts';
import { mergeLock, type PermalinkLock } from '../lib/permalinks.ts';
import { createUrls } from '../lib/urls.ts';
import { publishedPages } from '../model/published.ts';
import type { NoteScan } from '../model/scan.ts';
import type { Model } from '../model/types.ts';
import { compiledModel, type CompiledFile } from './compiled-model.ts';
import { writeSearchIndex } from './pagefind-index.ts';
import { cards, movedPages, previewFiles, sharePages } from './share-pages.ts';
import { renderCard } from './social-card.ts';

/** How many files are written, or cards drawn, at once. */
const CONCURRENCY = 16;

export type PublishIntegration = AstroIntegration & {
  /** Give this to the note scan in the MDX processor (src/model/pipeline.ts). */
  onScan: (file: string, frontmatter: Record<string, unknown>, scan: NoteScan) => void;
};

export function publish(): PublishIntegration {
  const compiled = new Map<string, CompiledFile>();
  let site = new URL('http://localhost/');
  let base = '/';
  return {
    name: 'kb:publish',
    onScan: (file, frontmatter, scan) => compiled.set(resolve(file), { frontmatter, scan }),
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Whether the site's code runs in `astro dev` (drafts shown, content re-read on every
        // request) or in a build: a compile-time constant set from the Astro command itself,
        // since `import.meta.env.DEV` follows a DEV variable in the environment (test runners set
        // one), which once published a draft.
        updateConfig({
          vite: { define: { 'import.meta.env.KB_DEV': JSON.stringify(command === 'dev') } },
        });
      },
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? 'http://localhost/');
        base = config.base;
      },
      'astro:build:start': () => {
        compiled.clear();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const model = await compiledModel(compiled, contentDir);
        const root = fileURLToPath(dir);
        const write = async (path: string, data: string | Uint8Array) => {
          await mkdir(dirname(join(root, path)), { recursive: true });
          await writeFile(join(root, path), data);
        };
        let started = performance.now();
        const urls = createUrls(base);
        const script = await readFile(
          new URL('../scripts/inline/redirect.js', import.meta.url),
          'utf8',
        );
        const pages = [
          ...sharePages(model, site, urls, script),
          ...movedPages(model, site, urls, script),
        ];
        await mapLimited(pages, CONCURRENCY, (page) => write(page.path, page.html));
        logger.info(
          `wrote ${pages.length} share and redirect pages in ${Math.round(performance.now() - started)} ms`,
        );
        const previews = previewFiles(model);
        await mapLimited(previews, CONCURRENCY, (file) => write(file.path, file.html));
        logger.info(`wrote ${previews.length} link-preview files`);
        started = performance.now();
        const list = cards(model);
        await mapLimited(list, CONCURRENCY, async (card) =>
          write(card.path, await renderCard(card.input)),
        );
        logger.info(
          `wrote ${list.length} social cards in ${Math.round(performance.now() - started)} ms`,
        );
        await writeSearchIndex({ dir, assets, logger });
        if (process.env.KB_RECORD_PERMALINKS) await recordPermalinks(model, logger);
      },
    },
  };
}

/** Adds every page and anchor of this build to the permalink lock; never removes one. */
async function recordPermalinks(
  model: Model,
  logger: { info(message: string): void },
): Promise<void> {
  const path = lockFile();
  const lock = JSON.parse(
    await readFile(path, 'utf8').catch(() => '{"pages":{}}'),
  ) as PermalinkLock;
  const published = new Map(
    [...publishedPages(model, lock)].map(([page, { anchors }]) => [page as string, anchors]),
  );
  const { lock: merged, added } = mergeLock(lock, published);
  const about =
    'Every page and anchor this site has published. The build fails if one stops landing. Add with `npm run permalinks`; never remove by hand.';
  await writeFile(path, `${JSON.stringify({ about, pages: merged.pages }, null, 1)}\n`);
  logger.info(
    added.length
      ? `recorded ${added.length} new pages and anchors in ${path}:\n${added.map((a) => `  + ${a}`).join('\n')}`
      : `${path} already records every page and anchor`,
  );
}
