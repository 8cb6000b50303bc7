/**
 * Registers the service worker (written by the build: src/publish/offline.ts) for this site's
 * base path only, keeps the page it was loaded on for offline reading, and offers a newer version
 * when a build has changed anything.
 */
import { prefixBase } from '../../lib/urls.ts';
import { serviceWorker } from '../../lib/site-paths.ts';
import { BASE } from '../search/config.ts';
import { keepPages } from './saved.ts';

/** Registers the worker; resolves once it is registered (not yet installed). */
export async function registerWorker(): Promise<void> {
  const script = new URL(prefixBase(BASE, serviceWorker()), location.href).href;
  const registration = await navigator.serviceWorker.register(script, { scope: BASE });
  // A page that loaded before this site's worker existed is kept by hand. Its controller may be
  // another site's worker: one at `/` covers a site at `/kb/` until that site has its own.
  if (navigator.serviceWorker.controller?.scriptURL !== script)
    void keepPages([location.pathname]).catch(() => {});
  const offer = (worker: ServiceWorker) =>
    void import('./update.ts').then((m) => m.offerUpdate(worker));
  // A new worker next to an active one is a new version; the first worker of all is not.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker || !registration.active) return;
    if (worker.state === 'installed') return offer(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  };
  watch(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // Browsers look for a new worker on each navigation; a tab left open looks when it is shown.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => {});
  });
}
