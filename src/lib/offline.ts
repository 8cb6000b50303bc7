/**
 * Offline reading: what the service worker's build (src/publish/offline.ts) and the page scripts
 * (src/scripts/offline/) must agree on. Every name carries the base path, because Cache Storage
 * belongs to the whole origin: two sites at /a/ and /b/ of one host share it, and neither may
 * read, replace or delete the other's caches.
 */

/** A file "Save for offline" fetches: its URL (base included) and the bytes it takes on disk. */
export interface OfflineFile {
  url: string;
  bytes: number;
}

/** `offline.json`: every page a reader can save, and the files of the search index. */
export interface OfflineList {
  /**
   * A hash of every listed file's content. The list is precached, so a build that changes any
   * page changes the service worker too, and browsers find the new version.
   */
  revision: string;
  pages: OfflineFile[];
  /** The index's chunks, filters and fragments; the search's code is always precached. */
  search: OfflineFile[];
}

/** Workbox's prefix for its precache, whose name Workbox completes with the worker's scope. */
export const CACHE_ID = 'kb';

/** What the service worker (src/scripts/offline/worker.ts) is built with. */
export interface WorkerSettings {
  cacheId: string;
  /** Workbox's precache manifest: URLs relative to the worker, with a revision unless hashed. */
  precache: Array<{ url: string; revision: string | null }>;
  /** RegExp sources (src/lib/offline.ts pagePattern and searchIndexPattern). */
  pagePattern: string;
  searchIndexPattern: string;
  pagesCache: string;
  searchCache: string;
}

/** The runtime caches: pages a reader opened or saved, and search index files cached on use. */
export function cacheNames(base: string): { pages: string; search: string } {
  return { pages: `${CACHE_ID}-pages:${base}`, search: `${CACHE_ID}-search:${base}` };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Scheme and host: the worker matches full URLs, and only ever sees its own origin's. */
const ORIGIN = '^[a-z]+:\\/\\/[^/]+';

/**
 * A RegExp source matching the URL of this site's pages and nothing else on the origin: the home
 * page, or a path under one of the first folders the site's pages live in. A site at `/` must not
 * cache the pages of another site at `/kb/` on the same host, which its scope covers.
 */
export function pagePattern(base: string, pagePaths: readonly string[]): string {
  const folders = [...new Set(pagePaths.map((p) => p.split('/')[1] ?? ''))].filter(Boolean).sort();
  const under = folders.length ? `(?:(?:${folders.map(escape).join('|')})\\/[^?#]*)?` : '';
  return `${ORIGIN}${escape(base)}${under}(?:\\?.*)?$`;
}

/** A RegExp source matching the search index's files (content-hashed, so never stale). */
export function searchIndexPattern(base: string): string {
  return `${ORIGIN}${escape(base)}pagefind\\/(?:index|fragment|filter)\\/`;
}

/** The files of the list not yet saved, and what they add up to. */
export function pendingFiles(
  list: Pick<OfflineList, 'pages' | 'search'>,
  isSaved: (url: string) => boolean,
): { files: OfflineFile[]; bytes: number } {
  const files = [...list.pages, ...list.search].filter((f) => !isSaved(f.url));
  return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

/** A size as a reader reads it: `840 bytes`, `12 KB`, `1.4 MB` (1 KB = 1,000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
