import { bundleFile, HIGHLIGHT_PARAM } from './config.ts';

/**
 * On a page reached from a search result (`?highlight=terms#anchor`), marks the terms with
 * Pagefind's highlighter, styled by our CSS (`addStyles: false`: its injected <style> would
 * break a strict CSP), and brings the target back into view once the marks are in.
 * Costs nothing on a normal visit: the highlighter loads only when the parameter is there.
 */
export async function highlightOnArrival(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  try {
    await import(/* @vite-ignore */ bundleFile('pagefind-highlight.js'));
  } catch {
    return;
  }
  const { PagefindHighlight } = window as unknown as {
    PagefindHighlight?: new (options: object) => unknown;
  };
  if (!PagefindHighlight) return;
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  const target =
    location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView({ block: 'start' });
}
