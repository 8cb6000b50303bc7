import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCard } from '../lib/social-card.ts';
import type { BulkCard, BulkPage } from '../lib/bulk-files.ts';
import { mapLimited } from '../lib/concurrency.ts';

/** How many files are written, or cards drawn, at once. */
const CONCURRENCY = 16;

/**
 * Writes the files listed by src/pages/bulk-files.json.ts — claim share pages, moved-note
 * redirects, social cards (drawn, or taken from their cache) — straight into the output, then
 * removes the list. Runs before the site checks, which check these pages too: it hands them the
 * pages it wrote (`written`), so they need not read them back.
 */
export function bulkFiles(options: { written?: BulkPage[] } = {}): AstroIntegration {
  return {
    name: 'kb:bulk-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const list = join(root, 'bulk-files.json');
        const { pages, cards } = JSON.parse(await readFile(list, 'utf8')) as { pages: BulkPage[]; cards: BulkCard[] };
        await rm(list);
        const started = performance.now();
        const write = async (path: string, data: string | Uint8Array) => {
          await mkdir(dirname(join(root, path)), { recursive: true });
          await writeFile(join(root, path), data);
        };
        await mapLimited(pages, CONCURRENCY, (page) => write(page.path, page.html));
        // A loop, not push(...pages): spreading tens of thousands of arguments overflows the stack.
        if (options.written) {
          options.written.length = 0;
          for (const page of pages) options.written.push(page);
        }
        await mapLimited(cards, CONCURRENCY, async (card) => write(card.path, await renderCard(card.input)));
        logger.info(`wrote ${pages.length} share and redirect pages and ${cards.length} social cards in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
