import { LinkChecker } from 'linkinator';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface BrokenLink { url: string; from: string; status?: number }

/**
 * Runs linkinator over a built site: every same-origin link and `#fragment` must resolve;
 * links to other sites are not fetched (there is no internet here, and they are not ours).
 * With a base path the site is placed under it inside a scratch root, as a host would serve it.
 */
export async function findBrokenLinks(dist: string, base = '/'): Promise<BrokenLink[]> {
  let root = dist;
  let scratch: string | undefined;
  if (base !== '/') {
    scratch = await mkdtemp(join(tmpdir(), 'kb-links-'));
    await cp(dist, join(scratch, base), { recursive: true });
    root = scratch;
  }
  try {
    let origin: string | undefined;
    // A folder (not a file) as the start, so the crawl follows every link below the base.
    const result = await new LinkChecker().check({
      path: base.slice(1) || '.',
      serverRoot: root,
      recurse: true,
      checkFragments: true,
      linksToSkip: async (link) => {
        const url = new URL(link);
        origin ??= url.origin;
        return url.origin !== origin;
      },
    });
    return result.links
      .filter((l) => l.state === 'BROKEN')
      .map((l) => ({ url: l.url.replace(root, ''), from: (l.parent ?? '').replace(root, ''), ...(l.status ? { status: l.status } : {}) }));
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
