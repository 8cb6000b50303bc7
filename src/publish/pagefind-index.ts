import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { SITE } from '../lib/site.ts';
import { trimSearchUi } from './search-ui/index.ts';

/** The route whose pages are notes: every one of them must reach the search index. */
const NOTE_ROUTE = 'src/pages/[theme]/[note].astro';

/** Pages in the written index, summed over its languages. */
async function indexedPages(output: URL): Promise<number> {
  const entry = JSON.parse(await readFile(new URL('pagefind-entry.json', output), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

function ok<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length)
    throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
  return response;
}

/** What the search-index step needs from Astro's `astro:build:done`. */
export interface BuildOutput {
  dir: URL;
  assets: Map<string, URL[]>;
  logger: { info(message: string): void };
}

/**
 * Writes the search index into `<outDir>/pagefind/` after the build, through Pagefind's Node API
 * (as Starlight does). What gets indexed is decided by the markup: note pages carry
 * `data-pagefind-body`, chrome carries `data-pagefind-ignore`. Fails the build on any Pagefind
 * error, or when fewer pages are indexed than notes were built, since that means a layout has
 * lost its `data-pagefind-body`.
 */
export async function writeSearchIndex({ dir, assets, logger }: BuildOutput): Promise<void> {
  const started = performance.now();
  const notePages = [...assets.entries()]
    .filter(([route]) => route.endsWith(NOTE_ROUTE) || route === '/[theme]/[note]')
    .flatMap(([, pages]) => pages);
  const notes = notePages.length;
  try {
    const { index } = ok('start', await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind returned no index');
    // Only note pages carry data-pagefind-body, so only the theme folders' note pages are
    // read: the share pages (three per note) need not be parsed. (Measured at 1,000 notes:
    // this glob 2.1 s, the whole folder 2.5 s, the pages one by one with addHTMLFile 3.9 s.)
    const root = fileURLToPath(dir);
    const themes = [
      ...new Set(notePages.map((page) => relative(root, fileURLToPath(page)).split(sep)[0]!)),
    ];
    const glob =
      themes.length === 1 ? `${themes[0]}/*/index.html` : `{${themes.join(',')}}/*/index.html`;
    ok('index the notes', await index.addDirectory({ path: root, glob }));
    const output = new URL('./pagefind/', dir);
    ok('write the index', await index.writeFiles({ outputPath: fileURLToPath(output) }));
    // addDirectory's page_count counts every HTML file it read; the entry file says how many
    // pages actually made it into the index (those with data-pagefind-body).
    const indexed = await indexedPages(output);
    if (indexed < notes) {
      throw new Error(
        `Pagefind indexed ${indexed} pages but ${notes} notes were built; every note page needs data-pagefind-body (src/layouts/NoteLayout.astro).`,
      );
    }
    logger.info(
      `indexed ${indexed} pages (${notes} notes) in ${Math.round(performance.now() - started)} ms`,
    );
    logger.info(await trimSearchUi(output, SITE.lang));
  } finally {
    await pagefind.close();
  }
}
