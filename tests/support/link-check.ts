import { LinkChecker } from 'linkinator';

export interface BrokenLink {
  from: string;
  to: string;
  status?: number;
}

/**
 * Every internal link and #fragment of a built site that does not resolve, found by linkinator
 * crawling the built folder. Links to other sites are not fetched (they are not ours, and there
 * may be no network). With a base path the links carry it; the folder is served at the root, so
 * the base is rewritten away. Paths in the result are site paths without the base.
 */
export async function brokenInternalLinks(root: string, base = '/'): Promise<BrokenLink[]> {
  let origin: string | undefined;
  const result = await new LinkChecker().check({
    path: '.',
    serverRoot: root,
    recurse: true,
    checkFragments: true,
    concurrency: 50,
    urlRewriteExpressions:
      base === '/' ? [] : [{ pattern: new RegExp(`^(https?://[^/]+)${base}`), replacement: '$1/' }],
    linksToSkip: (link) => {
      const url = new URL(link);
      origin ??= url.origin;
      return Promise.resolve(url.origin !== origin);
    },
  });
  // Linkinator reports local links as paths below the served folder (`./`, `a/#x`), others as URLs.
  const sitePath = (link: string) => {
    const path = URL.canParse(link)
      ? new URL(link).pathname + new URL(link).hash
      : link.replace(root, '').replace(/^\.?\/?/, '/');
    return base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  };
  return result.links
    .filter((l) => String(l.state) === 'BROKEN')
    .map((l) => ({
      from: l.parent ? sitePath(l.parent) : '?',
      to: sitePath(l.url),
      ...(l.status && l.status !== 200 ? { status: l.status } : {}),
    }));
}
