import { HIGHLIGHT_PARAM } from './config.ts';

/**
 * On a page reached from a search result (`?highlight=terms#anchor`), marks the terms in the
 * note's searchable text (whole words only: src/scripts/search/mark-terms.ts) and brings the
 * target back into view once the marks are in. Costs nothing on a normal visit: the marker
 * loads only when the parameter is there.
 */
export async function highlightOnArrival(): Promise<void> {
  const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
  if (!words.length) return;
  const { markTerms } = await import('./mark-terms.ts');
  markTerms(document.querySelectorAll('[data-pagefind-body]'), words);
  const target =
    location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView({ block: 'start' });
}
