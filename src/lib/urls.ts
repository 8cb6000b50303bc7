/**
 * Every URL the site prints is built here, so the base path (BASE_PATH) is applied in one place.
 * Pages are directories with a trailing slash (`build.format: 'directory'`). `sitePaths` names
 * every route without the base; `createUrls(base)` gives the same routes with the base in front.
 * Nothing else writes a route by hand. A browser script that needs one route imports it from
 * site-paths.ts by name, so its bundle carries that route and not the whole table.
 */

import * as siteRoutes from './site-paths.ts';
import type { SitePath } from './site-paths.ts';
import { CLAIM_VERSION_PARAM } from './markup.ts';

export type { SitePath };

/**
 * Every route of the site as a site path (no base): `sitePaths.note(id)`, `sitePaths.glossary()`
 * … (src/lib/site-paths.ts). `Urls` adds the base to the same paths.
 */
export const sitePaths = siteRoutes;

/** The routes of `sitePaths`, each as a builder of the base-prefixed URL. */
type Routes = Omit<typeof sitePaths, 'parse'>;
type PrefixedRoutes = { [Name in keyof Routes]: (...args: Parameters<Routes[Name]>) => string };

/**
 * The routes of `sitePaths` as base-prefixed URLs: same names, same arguments (built from
 * `sitePaths`, so a route added there is here too), and a few URL-only forms.
 */
export interface Urls extends PrefixedRoutes {
  /** The base itself, always ending in `/`, e.g. `/` or `/kb/`. */
  readonly base: string;
  /** The search page, with a query (`?q=…`) when given. */
  search(query?: string): string;
  /** The glossary, or one term on it: `/glossary/#rlhf`. */
  glossary(anchor?: string): string;
  /** The bibliography, or one source on it: `/sources/#llama-3-paper`. */
  sources(anchor?: string): string;
  /** A site path (`/scale/why-405b/#x`, from `sitePaths`) with the base prepended. */
  path(sitePath: SitePath): string;
  /** The inverse of `path`: a base-prefixed path (a page's `pathname`) as a site path. */
  toSitePath(basePrefixedPath: string): SitePath;
}

/** Normalises a base path to start and end with a slash: `kb` → `/kb/`, `` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path with a base (already normalised) in front: `/kb/` + `/scale/` → `/kb/scale/`. */
export function prefixBase(base: string, sitePath: SitePath): string {
  return base + sitePath.replace(/^\/+/, '');
}

/** URL builders bound to one base path. */
export function createUrls(basePath: string): Urls {
  const base = normalizeBase(basePath);
  const path = (sitePath: SitePath) => prefixBase(base, sitePath);
  const routes = Object.fromEntries(
    Object.entries(sitePaths as Record<string, (...args: string[]) => SitePath>)
      .filter(([name]) => name !== 'parse')
      .map(([name, build]) => [name, (...args: string[]) => path(build(...args))]),
  ) as PrefixedRoutes;
  const withOptionalAnchor = (page: string, anchor?: string) =>
    anchor === undefined ? page : withAnchor(page, anchor);
  return {
    ...routes,
    base,
    search: (query) => routes.search() + (query ? `?q=${encodeURIComponent(query)}` : ''),
    glossary: (anchor) => withOptionalAnchor(routes.glossary(), anchor),
    sources: (anchor) => withOptionalAnchor(routes.sources(), anchor),
    path,
    toSitePath: (basePrefixedPath) => {
      if (`${basePrefixedPath}/` === base) return sitePaths.home();
      if (!basePrefixedPath.startsWith(base))
        throw new Error(`${basePrefixedPath} is not under the base path ${base}`);
      return sitePaths.parse(`/${basePrefixedPath.slice(base.length)}`);
    },
  };
}

/** `#id` appended to a page URL. */
export function withAnchor(pageUrl: string, id: string): string {
  return `${pageUrl}#${encodeURIComponent(id)}`;
}

/** A claim in its note, reached through a link to one of its versions: `/scale/x/?v=1#id`. */
export function withVersion(pageUrl: string, id: string, version: number): string {
  return withAnchor(`${pageUrl}?${CLAIM_VERSION_PARAM}=${version}`, id);
}

/** An absolute URL for sharing: the site origin (SITE_URL) joined with a base-prefixed path. */
export function absoluteUrl(site: string | URL, basePrefixedPath: string): string {
  return new URL(basePrefixedPath, site).href;
}

/** The site's URL builders, bound to the configured base. */
export const urls: Urls = /* @__PURE__ */ createUrls(import.meta.env?.BASE_URL ?? '/');
