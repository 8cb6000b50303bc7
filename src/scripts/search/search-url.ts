import { SEARCH_PAGE } from './config.ts';

/** The themes as the search page knows them: slug → filter value (the theme's title). */
export type ThemeNames = Record<string, string>;

/** `/search/?q=…&theme=…`: a search as a link that can be pasted into a discussion. */
export function searchPageUrl(
  term: string,
  themeTitles: string[],
  themes: ThemeNames = readThemes(),
): string {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  const slugOf = Object.fromEntries(Object.entries(themes).map(([slug, title]) => [title, slug]));
  for (const title of themeTitles) params.append('theme', slugOf[title] ?? title);
  const query = params.toString();
  return SEARCH_PAGE + (query ? `?${query}` : '');
}

/** Reads `q` and `theme` back from a search page URL, as Pagefind filter values. */
export function parseSearchUrl(
  search: string,
  themes: ThemeNames = readThemes(),
): { term: string; themes: string[] } {
  const params = new URLSearchParams(search);
  return {
    term: params.get('q')?.trim() ?? '',
    themes: params.getAll('theme').map((slug) => themes[slug] ?? slug),
  };
}

/**
 * The slug → title map, read from the theme links every page already carries in its navigation
 * (`<a href="…/scale/">Parameter scale and scaling laws</a>`), so no page needs extra data for it.
 */
function readThemes(): ThemeNames {
  const links = document.querySelectorAll<HTMLAnchorElement>('#site-nav .nav-themes > li > a');
  return Object.fromEntries(
    [...links].map((a) => [
      a.pathname.split('/').filter(Boolean).pop() ?? '',
      a.textContent?.trim() ?? '',
    ]),
  );
}

/**
 * The words of a query worth marking on the result page: as typed (so "over-train" still finds
 * "over-trained", which Pagefind's normalised "overtrain" would not), without one- and two-letter
 * words unless they hold a digit ("8B"), which would otherwise light up every "a" and "as".
 */
export function highlightTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return [...new Set(words.filter((w) => w.length >= 3 || (w.length > 0 && /\d/.test(w))))];
}

/** A result URL that carries the query's words to the page, for highlighting there. */
export function withHighlight(href: string, query: string, param: string): string {
  const url = new URL(href, location.href);
  url.searchParams.delete(param);
  for (const term of highlightTerms(query)) url.searchParams.append(param, term);
  return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
}
