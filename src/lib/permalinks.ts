/**
 * Permanent links: which URLs and anchors the site has published, and whether a build still
 * honours them. Pure: the build feeds it the pages the model publishes (src/model/published.ts),
 * the tests the built HTML (tests/support/landing.ts). Paths here are site paths without the base
 * (`/scale/why-405b/`); anchors are ids without `#`.
 */

/** The committed record of everything ever published: page path → anchors on it. */
export interface PermalinkLock {
  about?: string;
  pages: Record<string, string[]>;
}

/** What a built page offers a link that lands on it. */
export interface Landing {
  /** Heading and claim ids a link can target. */
  ids: Set<string>;
  /** Old anchors and where they now lead: `#new-id` on this page or `/path/#id` on another. */
  aliases: Record<string, string>;
  /** For a redirect page (a moved note): the path it sends readers to. */
  redirect?: string;
}

/**
 * Splits `/path/#anchor`, `#anchor` or `/path/` into its parts (path undefined for `#anchor`).
 * A query (`/path/?v=1#anchor`, from a claim version's page) does not change where a link lands.
 */
export function splitLink(link: string): { path?: string; anchor: string } {
  const hash = link.indexOf('#');
  const path = (hash < 0 ? link : link.slice(0, hash)).replace(/\?.*$/, '');
  return {
    ...(path ? { path } : {}),
    anchor: hash < 0 ? '' : decodeURIComponent(link.slice(hash + 1)),
  };
}

/**
 * Whether a published link still lands: the page exists (or redirects to one that does), and the
 * anchor is an id there or an alias that leads to one. Returns undefined when it lands, or why not.
 */
export function resolve(
  pages: Map<string, Landing>,
  path: string,
  anchor: string,
  hops = 0,
): string | undefined {
  if (hops > 5) return 'redirects or aliases loop';
  const page = pages.get(path);
  if (!page) return 'the page no longer exists';
  if (page.redirect) {
    // A moved note passes the anchor on; a claim's share page leads to its own anchor.
    const target = splitLink(page.redirect);
    return resolve(pages, target.path ?? path, anchor || target.anchor, hops + 1);
  }
  if (!anchor || page.ids.has(anchor)) return undefined;
  const alias = page.aliases[anchor];
  if (!alias) return 'the anchor no longer exists on the page';
  const target = splitLink(alias);
  return resolve(pages, target.path ?? path, target.anchor, hops + 1);
}

/** Every recorded link that no longer lands, with the reason. */
export function brokenPermalinks(
  lock: PermalinkLock,
  pages: Map<string, Landing>,
): Array<{ link: string; reason: string }> {
  const broken = [];
  for (const [path, anchors] of Object.entries(lock.pages)) {
    const pageProblem = resolve(pages, path, '');
    if (pageProblem) {
      broken.push({ link: path, reason: pageProblem });
      continue;
    }
    for (const anchor of anchors) {
      const reason = resolve(pages, path, anchor);
      if (reason) broken.push({ link: `${path}#${anchor}`, reason });
    }
  }
  return broken;
}

/**
 * The lock with every built page and anchor added. Never removes anything: a published link stays
 * recorded, so the build keeps checking it.
 */
export function mergeLock(
  lock: PermalinkLock,
  built: Map<string, string[]>,
): { lock: PermalinkLock; added: string[] } {
  const pages: Record<string, Set<string>> = {};
  for (const [path, anchors] of Object.entries(lock.pages)) pages[path] = new Set(anchors);
  const added: string[] = [];
  for (const [path, anchors] of built) {
    if (!pages[path]) {
      pages[path] = new Set();
      added.push(path);
    }
    for (const anchor of anchors) {
      if (!pages[path].has(anchor)) added.push(`${path}#${anchor}`);
      pages[path].add(anchor);
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(pages)
      .sort()
      .map((p) => [p, [...pages[p]!].sort()]),
  );
  return { lock: { pages: sorted }, added };
}
