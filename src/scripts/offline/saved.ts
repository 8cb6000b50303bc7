/**
 * The pages and index files kept for offline reading, in the caches the service worker reads
 * (names from src/lib/offline.ts, which carry the base path). The page writes them itself:
 * what it saves is there whether or not a worker controls it yet.
 */
import { cacheNames, type OfflineFile, type OfflineList } from '../../lib/offline.ts';
import { offlineList, pagefind } from '../../lib/site-paths.ts';
import { prefixBase } from '../../lib/urls.ts';
import { BASE } from '../search/config.ts';

const NAMES = cacheNames(BASE);
/** Set once a reader saved the whole site: a new version then saves the whole site again. */
const WHOLE_SITE = `kb-offline-whole-site:${BASE}`;
/** Files fetched at once while saving. */
const PARALLEL = 4;

const absolute = (url: string) => new URL(url, location.href).href;
const isIndexFile = (url: string) => url.startsWith(absolute(prefixBase(BASE, pagefind())));
const cacheFor = (url: string) => caches.open(isIndexFile(url) ? NAMES.search : NAMES.pages);

/** The list of every page and index file, as this build wrote it. */
export async function fetchList(): Promise<OfflineList> {
  const response = await fetch(prefixBase(BASE, offlineList()), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`offline.json: ${response.status}`);
  return (await response.json()) as OfflineList;
}

/** Stores pages (base-prefixed paths) as they are now; fails on a page that is not there. */
export async function keepPages(paths: readonly string[]): Promise<void> {
  const cache = await caches.open(NAMES.pages);
  await cache.addAll(paths.map((path) => new Request(absolute(path), { cache: 'no-cache' })));
}

/** Which of the list's files are saved already, in any of this site's caches. */
export async function savedUrls(list: OfflineList): Promise<Set<string>> {
  const files = [...list.pages, ...list.search];
  const found = await Promise.all(
    files.map(async (f) => ((await caches.match(absolute(f.url))) ? f.url : undefined)),
  );
  return new Set(found.filter((url) => url !== undefined));
}

/**
 * Fetches and stores `files`, a few at a time, calling `progress` after each. Resolves with how
 * many failed (a lost connection stops nothing; a second try fetches what is missing).
 */
export async function saveFiles(
  files: readonly OfflineFile[],
  progress: (done: number) => void,
): Promise<number> {
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < files.length) {
      const { url } = files[next++]!;
      const request = new Request(absolute(url), { cache: 'no-cache' });
      await (await cacheFor(url)).add(request).catch(() => failed++);
      progress(++done);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return failed;
}

/** Remembers that the reader saved every page, so a new version is saved whole too. */
export const markWholeSite = () => localStorage.setItem(WHOLE_SITE, '1');

/**
 * After a new version took over: saved pages are fetched again (the old ones may name scripts
 * the new worker no longer keeps), pages and index files this build no longer has are dropped,
 * and a reader who had saved the whole site gets what is new.
 */
export async function refreshSaved(): Promise<void> {
  const list = await fetchList();
  const listed = new Set([...list.pages, ...list.search].map((f) => absolute(f.url)));
  const pages = await caches.open(NAMES.pages);
  const again: string[] = [];
  for (const request of await pages.keys()) {
    const url = new URL(request.url);
    url.search = '';
    // Replaced in place below, so the page stays readable offline if fetching it fails.
    if (url.href !== request.url || !listed.has(url.href)) await pages.delete(request);
    if (listed.has(url.href)) again.push(url.pathname);
  }
  const search = await caches.open(NAMES.search);
  for (const request of await search.keys())
    if (!listed.has(request.url)) await search.delete(request);
  await keepPages([...new Set(again)]).catch(() => {});
  if (localStorage.getItem(WHOLE_SITE)) {
    const saved = await savedUrls(list);
    await saveFiles(
      [...list.pages, ...list.search].filter((f) => !saved.has(f.url)),
      () => {},
    );
  }
}
