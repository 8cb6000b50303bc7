/**
 * The publish step: the one integration that owns the end of a build. It collects each note's
 * scan from the MDX compile (`onScan`, wired into the processor by astro.config.mjs), and once
 * Astro has written the pages it runs these steps, in this order, from its copy of the model:
 *   1. claim share pages, moved notes' redirects and each note's link-preview data (they must
 *      exist before the search index and the sitemap read the output);
 *   2. each Astro page's Content-Security-Policy narrowed to the inline code it carries
 *      (src/publish/page-policy.ts);
 *   3. the Markdown twins of notes and claims, /llms.txt and /llms-full.txt (src/publish/markdown/);
 *   4. social cards;
 *   5. the search index (Pagefind);
 *   6. offline reading: the list of pages and index files, and the service worker, which
 *      precaches what the pages load (src/publish/offline.ts);
 *   7. with KB_RECORD_PERMALINKS=1 (`npm run permalinks`), the permalink lock gains every page
 *      and anchor this build published, and the claim version record every new version.
 * Content checks, the permalink lock among them, ran earlier, before any page was written
 * (src/model/checks/).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimited } from '../lib/concurrency.ts';
import { contentDir } from '../lib/content-dir.ts';
import { createUrls } from '../lib/urls.ts';
import type { NoteScan } from '../model/scan.ts';
import { recordPermalinks, recordVersions } from './records.ts';
import { narrowPagePolicies } from './page-policy.ts';
import type { ProseTree } from '../model/prose.ts';
import { compiledModel, compiledProse, type CompiledFile } from './compiled-model.ts';
import { markdownFiles } from './markdown/files.ts';
import { markdownSite } from './markdown/links.ts';
import { writeSearchIndex } from './pagefind-index.ts';
import { writeOfflineFiles } from './offline.ts';
import { cards, movedPages, previewFiles, sharePages } from './share-pages.ts';
import { renderCard } from './social-card.ts';

/** How many files are written, or cards drawn, at once. */
const CONCURRENCY = 16;

export type PublishIntegration = AstroIntegration & {
  /** Give this to the note scan in the MDX processor (src/model/pipeline.ts). */
  onScan: (
    file: string,
    frontmatter: Record<string, unknown>,
    scan: NoteScan,
    prose: ProseTree | undefined,
  ) => void;
};

export function publish(): PublishIntegration {
  const compiled = new Map<string, CompiledFile>();
  let site = new URL('http://localhost/');
  let base = '/';
  return {
    name: 'kb:publish',
    onScan: (file, frontmatter, scan, prose) =>
      compiled.set(resolve(file), { frontmatter, scan, prose }),
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
        const astroPages = [...assets.values()].flat();
        await narrowPagePolicies(astroPages, CONCURRENCY);
        logger.info(
          `narrowed ${astroPages.length} pages' policies in ${Math.round(performance.now() - started)} ms`,
        );
        started = performance.now();
        const texts = markdownFiles(
          model,
          compiledProse(compiled, contentDir),
          markdownSite(model, site, urls),
        );
        await mapLimited(texts, CONCURRENCY, (file) => write(file.path, file.text));
        logger.info(
          `wrote ${texts.length} Markdown and llms files in ${Math.round(performance.now() - started)} ms`,
        );
        started = performance.now();
        const list = cards(model);
        await mapLimited(list, CONCURRENCY, async (card) =>
          write(card.path, await renderCard(card.input)),
        );
        logger.info(
          `wrote ${list.length} social cards in ${Math.round(performance.now() - started)} ms`,
        );
        await writeSearchIndex({ dir, assets, logger });
        const pageFiles = [...assets.values()].flat().map((file) => fileURLToPath(file));
        await writeOfflineFiles({ root, base, pageFiles, logger });
        if (process.env.KB_RECORD_PERMALINKS) {
          await recordPermalinks(model, logger);
          await recordVersions(model, logger);
        }
      },
    },
  };
}
