/**
 * "Save for offline": states what saving every page and the search index will download, and
 * after the reader confirms, fetches it with its progress shown. Loaded on the first click.
 */
import { formatBytes, pendingFiles } from '../../lib/offline.ts';
import { loadStylesheet } from '../stylesheet.ts';
import { fetchList, markWholeSite, saveFiles, savedUrls } from './saved.ts';
import offlineStyles from '../../styles/offline.css?url';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
};

/** Opens (or reopens) the panel under the footer's control. */
export async function openSavePanel(control: HTMLElement): Promise<void> {
  await loadStylesheet(offlineStyles);
  control.querySelector('.offline-panel')?.remove();
  const panel = element('div');
  panel.className = 'offline-panel';
  const status = element('p', 'Checking what is saved on this device…');
  status.setAttribute('role', 'status');
  panel.append(status);
  control.append(panel);
  try {
    const list = await fetchList();
    const saved = await savedUrls(list);
    const { files, bytes } = pendingFiles(list, (url) => saved.has(url));
    if (!files.length) {
      status.textContent = `All ${list.pages.length} pages and the search index are saved on this device.`;
      return;
    }
    status.textContent = `Saving all ${list.pages.length} pages and the search index downloads ${formatBytes(bytes)} (${files.length} files).`;
    const start = element('button', `Save ${formatBytes(bytes)}`);
    start.type = 'button';
    start.className = 'cite-button';
    panel.append(start);
    start.addEventListener('click', () => void save(panel, status, start, files), { once: true });
    start.focus();
  } catch {
    status.textContent =
      'The list of pages could not be loaded. Check your connection and try again.';
  }
}

/** Saves the files, showing how many are done. */
async function save(
  panel: HTMLElement,
  status: HTMLElement,
  start: HTMLButtonElement,
  files: Parameters<typeof saveFiles>[0],
): Promise<void> {
  start.remove();
  const progress = element('progress');
  progress.max = files.length;
  progress.value = 0;
  progress.setAttribute('aria-label', 'Saving for offline reading');
  panel.append(progress);
  status.textContent = `Saving… 0 of ${files.length} files`;
  const failed = await saveFiles(files, (done) => {
    progress.value = done;
    status.textContent = `Saving… ${done} of ${files.length} files`;
  });
  if (failed) {
    status.textContent = `${failed} of ${files.length} files could not be fetched. Check your connection and save again: what was saved stays.`;
    return;
  }
  markWholeSite();
  status.textContent = 'Saved: every page and the search can now be used offline.';
}
