import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The route whose pages are notes: every one of them must reach the search index. */
const NOTE_ROUTE = 'src/pages/[theme]/[note].astro';

function ok<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
  return response;
}

/**
 * Writes the search index into `<outDir>/pagefind/` after the build, through Pagefind's Node API
 * (as Starlight does). What gets indexed is decided by the markup: note pages carry
 * `data-pagefind-body`, chrome carries `data-pagefind-ignore`. Fails the build on any Pagefind
 * error, or when fewer pages are indexed than notes were built, since that means a layout has
 * lost its `data-pagefind-body`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const notes = [...assets.entries()].filter(([route]) => route.endsWith(NOTE_ROUTE) || route === '/[theme]/[note]').flatMap(([, pages]) => pages).length;
        try {
          const { index } = ok('start', await pagefind.createIndex({}));
          if (!index) throw new Error('Pagefind returned no index');
          const { page_count } = ok('index the site', await index.addDirectory({ path: fileURLToPath(dir) }));
          if (page_count < notes) {
            throw new Error(`Pagefind indexed ${page_count} pages but ${notes} notes were built; every note page needs data-pagefind-body (src/layouts/NoteLayout.astro).`);
          }
          ok('write the index', await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }));
          logger.info(`indexed ${page_count} pages (${notes} notes)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
