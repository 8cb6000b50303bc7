/**
 * "Copy as Markdown", on a note and on each claim: copies the Markdown twin the build wrote
 * (src/publish/markdown/), fetched only when asked for: the note's is the page's
 * `<link rel="alternate" type="text/markdown">`, a claim's sits next to its share page
 * (`/c/<id>/index.md`, the share URL its link control carries).
 */
import { CLAIM, PERMALINK, select } from '../../lib/markup.ts';
import { announce } from './announce.ts';

/** Where the Markdown for a button is: the page's twin, or its claim's. */
function markdownUrl(button: HTMLElement): string | undefined {
  if (button.getAttribute(PERMALINK.markdown) === 'claim') {
    const share = button
      .closest(select(CLAIM.id))
      ?.querySelector(select(PERMALINK.share))
      ?.getAttribute(PERMALINK.share);
    return share ? `${share}index.md` : undefined;
  }
  return document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="text/markdown"]')
    ?.href;
}

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
  const url = markdownUrl(button);
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
