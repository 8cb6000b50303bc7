import type { Model } from './model.ts';
import type { PermalinkLock } from './permalinks.ts';
import { splitLink } from './permalinks.ts';

/** Old anchor → where it leads now (`#id` on the same page, or `/path/#id`), for one page. */
export type AliasMap = Record<string, string>;

/**
 * The old anchors each page must still honour, by site path (without base):
 * - a note's `anchor_aliases` (on itself, or on the page named in `from`);
 * - a claim's `aliases` (old ids of the claim, on its own page);
 * - claims that moved: an anchor recorded in the lock on a page that no longer holds that claim
 *   (or one of its old ids) leads to the claim's new page.
 * Targets are site paths; the page adds the base when it prints them.
 */
export function aliasesByPage(model: Model, lock: PermalinkLock): Map<string, AliasMap> {
  const maps = new Map<string, AliasMap>();
  const add = (path: string, from: string, to: string) => {
    const map = maps.get(path) ?? {};
    map[from] = to;
    maps.set(path, map);
  };
  const claimHome = new Map<string, { path: string; id: string }>();
  for (const note of model.notes) {
    const path = `/${note.id}/`;
    for (const alias of note.anchor_aliases) {
      // `from` is a bare anchor on this page, or `/path/#anchor` on another.
      const from = alias.from.startsWith('/') ? splitLink(alias.from) : { path: undefined, anchor: alias.from };
      if (!from.path || from.path === path) add(path, from.anchor, `#${alias.to}`);
      else add(from.path, from.anchor, `${path}#${alias.to}`);
    }
    for (const claim of note.claims) {
      claimHome.set(claim.id, { path, id: claim.id });
      for (const old of claim.aliases) {
        add(path, old, `#${claim.id}`);
        claimHome.set(old, { path, id: claim.id });
      }
    }
  }
  for (const [path, anchors] of Object.entries(lock.pages)) {
    for (const anchor of anchors) {
      const home = claimHome.get(anchor);
      if (home && home.path !== path && !maps.get(path)?.[anchor]) add(path, anchor, `${home.path}#${home.id}`);
    }
  }
  return maps;
}
