import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
// The one function of workbox-build used here, imported alone: the package's index also loads
// its worker bundler (Rollup, Babel, Terser), about 0.8 s before any page was built.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { mapLimited } from '../lib/concurrency.ts';
import {
  CACHE_ID,
  cacheNames,
  pagePattern,
  searchIndexPattern,
  type OfflineFile,
  type OfflineList,
  type WorkerSettings,
} from '../lib/offline.ts';
import { createUrls, sitePaths } from '../lib/urls.ts';

/**
 * Past this many bytes the search index is cached as readers use it, and whole only when they
 * save the site: a first visit should not download megabytes. The real site's is about 150 KB.
 */
export const SEARCH_PRECACHE_LIMIT = 1_000_000;

/** What the offline step needs from the build. */
export interface OfflineInput {
  /** The built site's folder. */
  root: string;
  base: string;
  /** Astro's pages (`index.html` files, from `astro:build:done`'s `assets`). */
  pageFiles: string[];
  logger: { info(message: string): void };
}

/** The site path of a built page file: `scale/why-405b/index.html` → `/scale/why-405b/`. */
const pagePath = (root: string, file: string) =>
  sitePaths.parse(
    `/${relative(root, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '')}`,
  );

/** Every file in a folder and its subfolders, as paths relative to `root`. */
async function filesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Writes `offline.json` (every page and index file with its size) and the service worker
 * (`sw.js`, from src/scripts/offline/worker.ts) at the root of the base path. The worker
 * precaches the scripts, fonts, the search's code and, below SEARCH_PRECACHE_LIMIT, its index; it
 * caches pages as they are opened (network first: online readers always get the current page).
 */
export async function writeOfflineFiles({
  root,
  base,
  pageFiles,
  logger,
}: OfflineInput): Promise<void> {
  const started = performance.now();
  const urls = createUrls(base);
  const hash = createHash('sha256');
  const describe = async (file: string, url: string) => {
    const content = await readFile(join(root, file));
    const digest = createHash('sha256').update(content).digest('hex');
    return { url, bytes: content.length, digest };
  };
  const pages = pageFiles
    .filter((f) => f.endsWith(`${sep}index.html`) || f === join(root, 'index.html'))
    .map((f) => pagePath(root, f))
    .sort();
  const indexFiles = (
    await Promise.all(['index', 'fragment', 'filter'].map((d) => filesUnder(root, `pagefind/${d}`)))
  )
    .flat()
    .sort();
  const described = await mapLimited(
    [
      ...pages.map((p) => [`${p.slice(1)}index.html`, urls.path(p)] as const),
      ...indexFiles.map((f) => [f, urls.path(sitePaths.parse(`/${f}`))] as const),
    ],
    32,
    ([file, url]) => describe(file, url),
  );
  for (const { digest } of described) hash.update(digest);
  const strip = ({ url, bytes }: OfflineFile): OfflineFile => ({ url, bytes });
  const list: OfflineList = {
    revision: hash.digest('hex').slice(0, 16),
    pages: described.slice(0, pages.length).map(strip),
    search: described.slice(pages.length).map(strip),
  };
  await writeFile(join(root, 'offline.json'), JSON.stringify(list));
  const indexBytes = list.search.reduce((sum, f) => sum + f.bytes, 0);
  const precacheIndex = indexBytes <= SEARCH_PRECACHE_LIMIT;
  const { count, size } = await writeServiceWorker(root, base, pages, precacheIndex);
  logger.info(
    `wrote the service worker (${count} files precached, ${Math.round(size / 1000)} KB${precacheIndex ? ', the search index among them' : ''}) in ${Math.round(performance.now() - started)} ms`,
  );
}

const WORKER_SOURCE = fileURLToPath(new URL('../scripts/offline/worker.ts', import.meta.url));

/**
 * Writes sw.js: the worker's source (src/scripts/offline/worker.ts) bundled with Workbox's
 * modules and this build's settings. Workbox's generateSW did the same from a template, but
 * bundled Workbox anew with Rollup, Babel and Terser on every build (2.2–2.6 s at 1,000 notes;
 * the whole offline step now takes 0.2 s on the real site). The precache list is Workbox's own.
 */
async function writeServiceWorker(
  root: string,
  base: string,
  pages: readonly string[],
  precacheIndex: boolean,
): Promise<{ count: number; size: number }> {
  const { manifestEntries, count, size, warnings } = await getManifest(
    precacheConfig(root, precacheIndex),
  );
  if (warnings.length) throw new Error(`Workbox: ${warnings.join('\n')}`);
  const names = cacheNames(base);
  const settings: WorkerSettings = {
    cacheId: CACHE_ID,
    precache: (manifestEntries ?? []).map(({ url, revision }) => ({ url, revision })),
    pagePattern: pagePattern(base, pages),
    searchIndexPattern: searchIndexPattern(base),
    pagesCache: names.pages,
    searchCache: names.search,
  };
  await bundle({
    entryPoints: [WORKER_SOURCE],
    outfile: join(root, sitePaths.serviceWorker().slice(1)),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    // Workbox's modules drop their development logging and checks in production.
    define: { KB_WORKER: JSON.stringify(settings), 'process.env.NODE_ENV': '"production"' },
  });
  return { count, size };
}

/** What Workbox's getManifest lists for the worker to precache. */
function precacheConfig(root: string, precacheIndex: boolean): Parameters<typeof getManifest>[0] {
  return {
    globDirectory: root,
    globPatterns: [
      '_astro/**/*.{js,css,woff2}',
      'manifest.webmanifest',
      'icons/*.png',
      'offline.json',
      // The search's code, as Pagefind's Component UI loads it (not the other UIs it ships).
      'pagefind/pagefind{,-worker,-component-ui}.js',
      'pagefind/pagefind-component-ui.css',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.*.pagefind',
      ...(precacheIndex ? ['pagefind/{index,fragment,filter}/*'] : []),
    ],
    globIgnores: ['pagefind/wasm.unknown.pagefind'],
    // Content-hashed names: the browser's HTTP cache may answer, no revision parameter needed.
    dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/)/,
  };
}
