/**
 * "Copy as Markdown", on a note and on each claim: copies the Markdown the build wrote
 * (src/publish/markdown/), fetched only when asked for, from the button's own attribute: the
 * note's twin (`/<theme>/<note>/index.md`) or the claim's (`/c/<id>/index.md`). A path on this
 * origin, not the absolute SITE_URL, so a preview or a copy of the site fetches its own files.
 */
import { PERMALINK, select } from '../../lib/markup.ts';
import { announce } from './announce.ts';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/**
 * Writes text that is still being fetched. A ClipboardItem takes the pending text, so the write
 * starts within the click, as Safari requires; elsewhere the text is written once it is here.
 */
async function copyPending(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  } else await navigator.clipboard.writeText(await text);
}

async function copyMarkdown(button: HTMLButtonElement): Promise<void> {
  const url = button.getAttribute(PERMALINK.markdown);
  if (!url) return;
  const label = button.innerHTML;
  try {
    await copyPending(fetchText(url));
    button.textContent = 'Copied';
    announce('Markdown copied');
  } catch {
    announce('The Markdown could not be copied');
  }
  setTimeout(() => (button.innerHTML = label), 1500);
}

/** Wires every "Copy as Markdown" button of the page. */
export function setupCopyMarkdown(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(select(PERMALINK.markdown)))
    button.addEventListener('click', () => void copyMarkdown(button));
}
