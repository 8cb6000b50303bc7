import { HIGHLIGHT_PARAM } from './config.ts';
import { withHighlight } from './search-url.ts';
import type { SearchInstance } from './load.ts';

/**
 * Keeps every result link inside `container` pointing at `?highlight=<the words typed>`, so the
 * target page can mark them. Done on the rendered links (not at click time), so a copied or
 * middle-clicked result link carries the terms too.
 */
export function carryTermsToResults(container: HTMLElement, instance: SearchInstance): void {
  const update = () => {
    for (const link of container.querySelectorAll<HTMLAnchorElement>('pagefind-results a[href]')) {
      const href = withHighlight(
        link.getAttribute('href')!,
        instance.searchTerm ?? '',
        HIGHLIGHT_PARAM,
      );
      if (link.getAttribute('href') !== href) link.setAttribute('href', href);
    }
  };
  new MutationObserver(update).observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['href'],
  });
}
