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

/**
 * A path on the site without the base, as the model, the permalink lock and error messages name
 * pages: `/scale/why-405b/`. Branded so a base-prefixed URL cannot be passed where a site path is
 * meant; only the builders below make one.
 */
export type SitePath = string & { readonly __sitePath: true };

const asSitePath = (path: string) => path as SitePath;

/** Every route of the site as a site path (no base). `Urls` adds the base to the same paths. */
export const sitePaths = {
  home: () => asSitePath('/'),
  theme: (theme: string) => asSitePath(`/${theme}/`),
  /** A note, from its theme and slug or from its id (`theme/note`). */
  note: (themeOrId: string, note?: string) =>
    asSitePath(note === undefined ? `/${themeOrId}/` : `/${themeOrId}/${note}/`),
  claimShare: (claimId: string) => asSitePath(`/c/${claimId}/`),
  tags: () => asSitePath('/tags/'),
  tag: (tag: string) => asSitePath(`/tags/${tag}/`),
  glossary: () => asSitePath('/glossary/'),
  sources: () => asSitePath('/sources/'),
  search: () => asSitePath('/search/'),
  feed: () => asSitePath('/feed.xml'),
  claimsJson: () => asSitePath('/claims.json'),
  sourcesBib: () => asSitePath('/sources.bib'),
  sourcesJson: () => asSitePath('/sources.json'),
  sitemap: () => asSitePath('/sitemap-index.xml'),
  /** A page's social card: `/` → `/og/home.png`, `/scale/why-405b/` → `/og/scale/why-405b.png`. */
  card: (page: string) => asSitePath(`/og/${page.replace(/^\/+|\/+$/g, '') || 'home'}.png`),
  /**
   * A site path given as text (a `moved_from` entry, a lock key, a link resolved by the model),
   * checked for its shape: a leading slash.
   */
  parse: (path: string) => {
    if (!path.startsWith('/')) throw new Error(`not a site path: ${path}`);
    return asSitePath(path);
  },
} as const;

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
