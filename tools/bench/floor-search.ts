/**
 * The floor for search: the same generated notes, indexed by the floor's plain Pagefind run, and
 * searched through Pagefind's Default UI configured as Starlight configures it (sub-results on,
 * no images), the lightest complete search UI Pagefind ships with an Astro site. Measured like
 * ours (search-timing.ts): the bytes on the wire from the UI's first request to the first
 * query's results on screen, split into UI and index, and the time from the last index chunk
 * to the results.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openRecordedPage, type Fetched } from './search-timing.ts';

/** A page that loads Pagefind's Default UI and nothing else, as Starlight's search does. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
window.addEventListener('DOMContentLoaded', () => {
  new PagefindUI({ element: '#search', showImages: false, showSubResults: true, resetStyles: false });
});
</script></body></html>`;

export interface FloorSearchMeasure {
  firstQuery: string;
  firstQueryMatches: number;
  firstQueryBytes: number;
  firstQueryUiBytes: number;
  firstQueryIndexBytes: number;
  firstResultsAfterChunksMs: number;
}

/** Searches the floor's built site (`dist`) for `query` through Pagefind's Default UI. */
export async function measureFloorSearch(dist: string, query: string): Promise<FloorSearchMeasure> {
  await writeFile(join(dist, 'kb-floor-search.html'), PAGE);
  const { site, page, fetched, close } = await openRecordedPage(dist);
  try {
    await page.goto(`${site.url}kb-floor-search.html`, { waitUntil: 'networkidle' });
    await page.locator('.pagefind-ui__search-input').pressSequentially(query);
    const shownAt = await page.waitForFunction(
      (q) => {
        const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
        const counted = new RegExp(`^\\d[\\d,]* results? for ${q}$`, 'i').test(message.trim());
        const title = document.querySelector('.pagefind-ui__result-link')?.textContent?.trim();
        return counted && title ? performance.timeOrigin + performance.now() : 0;
      },
      query,
      { polling: 'raf' },
    );
    const message = await page.locator('.pagefind-ui__message').textContent();
    const search = fetched.filter((f) => f.path.startsWith('/pagefind/'));
    const chunks = search.filter((f) => /\.pf_|\.pagefind$|pagefind-entry/.test(f.path));
    const ui = search.filter((f) => !chunks.includes(f));
    const bytes = (list: Fetched[]) => list.reduce((n, f) => n + site.wireBytes(f.path), 0);
    const lastChunk = Math.max(
      ...chunks.filter((c) => !c.path.endsWith('.pf_fragment')).map((c) => c.end),
    );
    return {
      firstQuery: query,
      firstQueryMatches: Number(/\d[\d,]*/.exec(message ?? '')?.[0].replace(/,/g, '') ?? 0),
      firstQueryBytes: bytes(search),
      firstQueryUiBytes: bytes(ui),
      firstQueryIndexBytes: bytes(chunks),
      firstResultsAfterChunksMs: Math.max(0, Number(await shownAt.jsonValue()) - lastChunk),
    };
  } finally {
    await close();
  }
}
