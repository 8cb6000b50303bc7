/**
 * What every page runs for offline reading, kept tiny: where the browser has service workers, it
 * shows the footer's "Save for offline" control and registers the worker once the page has
 * loaded, so the worker's downloads never compete with the page. Reading needs none of it.
 */
import { OFFLINE, select } from '../../lib/markup.ts';

export function setupOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  // `npm start` (the built site) registers the worker; `npm run dev` on the same port afterwards
  // would still be answered by it, with the build's pages and files. Dev pages send it away.
  if (import.meta.env.KB_DEV) return forgetWorkers();
  const control = document.querySelector<HTMLElement>(select(OFFLINE.control));
  if (control) {
    control.hidden = false;
    control
      .querySelector(select(OFFLINE.save))
      ?.addEventListener(
        'click',
        () => void import('./save.ts').then((m) => m.openSavePanel(control)),
      );
  }
  const start = () => void import('./register.ts').then((m) => m.registerWorker());
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

/** Unregisters every service worker of this origin (in `astro dev` only: KB_DEV, see src/publish/integration.ts). */
function forgetWorkers(): void {
  void navigator.serviceWorker
    .getRegistrations()
    .then((registrations) => Promise.all(registrations.map((r) => r.unregister())))
    .catch(() => {});
}
