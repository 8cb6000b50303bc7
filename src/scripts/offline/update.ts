/**
 * Tells the reader that a newer version of the site is ready (a build changed a page, a script or
 * the index), and switches to it when they choose: the new worker takes over, the saved pages are
 * fetched again, and the page reloads. Until then the reader keeps what they are reading.
 */
import { loadStylesheet } from '../stylesheet.ts';
import { announce } from '../permalinks/announce.ts';
import { refreshSaved } from './saved.ts';
// ?url: emitted as its own file, fetched only when there is something to show.
import offlineStyles from '../../styles/offline.css?url';

let offered = false;

/** Shows the "newer version" notice once per page, for the worker waiting to take over. */
export async function offerUpdate(worker: ServiceWorker): Promise<void> {
  if (offered) return;
  offered = true;
  await loadStylesheet(offlineStyles);
  const notice = document.createElement('div');
  notice.className = 'offline-notice';
  const text = document.createElement('p');
  text.textContent = 'A newer version of these notes is available.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  notice.append(text, button);
  document.body.append(notice);
  announce('A newer version of these notes is available. Reload to read it.');
  button.addEventListener('click', () => {
    button.disabled = true;
    text.textContent = 'Updating the pages saved for offline reading…';
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => void refreshSaved().finally(() => location.reload()),
      { once: true },
    );
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
}
