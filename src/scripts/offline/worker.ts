/**
 * The service worker, from Workbox's modules: precaches the site's code, fonts and search (the
 * list the build found), caches pages as they are opened (network first: online readers always
 * get the current page) and the search index as it is used. Bundled with what the build decided
 * (`KB_WORKER`) into sw.js by src/publish/offline.ts; it does what Workbox's generateSW wrote
 * for the same options, without bundling Workbox anew on every build.
 */
import { setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkerSettings } from '../../lib/offline.ts';

declare const KB_WORKER: WorkerSettings;

// The DOM's types describe a window; a worker's own globals are these.
const worker = self as unknown as {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

setCacheNameDetails({ prefix: KB_WORKER.cacheId });
// The reader decides when a new version takes over (src/scripts/offline/update.ts).
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
// Pagefind asks for its entry file with a cache-busting `?ts=`.
precacheAndRoute(KB_WORKER.precache, { ignoreURLParametersMatching: [/^ts$/] });
cleanupOutdatedCaches();
registerRoute(
  new RegExp(KB_WORKER.pagePattern),
  // A result link adds ?highlight=…; the page saved without it is the same page.
  new NetworkFirst({ cacheName: KB_WORKER.pagesCache, matchOptions: { ignoreSearch: true } }),
  'GET',
);
registerRoute(
  new RegExp(KB_WORKER.searchIndexPattern),
  new CacheFirst({ cacheName: KB_WORKER.searchCache }),
  'GET',
);
