import { PERMALINK, select } from '../../lib/markup.ts';
import { setupCopyLinks } from './copy-link.ts';
import { setupCopyMarkdown } from './copy-markdown.ts';

/** Copy-on-activate for link controls, Copy as Markdown, and the Cite buttons (shown only where this runs). */
export function setupPermalinks(): void {
  setupCopyLinks();
  setupCopyMarkdown();
  for (const button of document.querySelectorAll<HTMLButtonElement>(select(PERMALINK.cite))) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const { openCite } = await import('./cite.ts');
      await openCite(button);
    });
  }
}
