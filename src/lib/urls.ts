/**
 * Every URL the site prints is built here, so the base path (BASE_PATH) is applied in one place.
 * Pages are directories with a trailing slash (`build.format: 'directory'`).
 */
export interface Urls {
  /** The base itself, always ending in `/`, e.g. `/` or `/kb/`. */
  readonly base: string;
  home(): string;
  theme(theme: string): string;
  note(theme: string, note: string): string;
  search(query?: string): string;
  /** The short, permanent share URL of a claim: `/c/<claim-id>/`. */
  claimShare(claimId: string): string;
  /** A tag's page: `/tags/<tag>/`. */
  tag(tag: string): string;
  /** A root-relative site path (`/scale/why-405b/#x`, `/pagefind/`) with the base prepended. */
  path(sitePath: string): string;
}

/** Normalises a base path to start and end with a slash: `kb` → `/kb/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** URL builders bound to one base path. */
export function createUrls(basePath: string): Urls {
  const base = normalizeBase(basePath);
  const path = (sitePath: string) => base + sitePath.replace(/^\/+/, '');
  return {
    base,
    home: () => base,
    theme: (theme) => path(`${theme}/`),
    note: (theme, note) => path(`${theme}/${note}/`),
    search: (query) => path('search/') + (query ? `?q=${encodeURIComponent(query)}` : ''),
    claimShare: (claimId) => path(`c/${claimId}/`),
    tag: (tag) => path(`tags/${tag}/`),
    path,
  };
}

/** `#id` appended to a page URL. */
export function withAnchor(pageUrl: string, id: string): string {
  return `${pageUrl}#${encodeURIComponent(id)}`;
}

/** An absolute URL for sharing: the site origin (SITE_URL) joined with a base-prefixed path. */
export function absoluteUrl(site: string | URL, basePrefixedPath: string): string {
  return new URL(basePrefixedPath, site).href;
}

/** The site's URL builders, bound to the configured base. */
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/');
