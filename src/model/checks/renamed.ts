/**
 * What a rename needs: when a published anchor is gone, the one line of frontmatter that keeps it
 * landing. The permalink check leads with it and the link check repeats it for every note that
 * still links to the old anchor, so an author fixes a rename in one round.
 */
import { SECTION_IDS } from '../../lib/markup.ts';
import type { Landing } from '../../lib/permalinks.ts';
import type { SitePath } from '../../lib/urls.ts';
import type { PublishedPage } from '../published.ts';
import type { CheckContext } from './context.ts';

/** Anchors the layout gives a page (its reference list, its backlinks): never a renamed heading. */
const SECTIONS = new Set<string>([
  SECTION_IDS.references,
  SECTION_IDS.referencedBy,
  SECTION_IDS.themeNotes,
]);

/** The pages as the permalink resolver sees them: ids, old anchors, redirects. */
export function landingsOf(pages: Map<SitePath, PublishedPage>): Map<string, Landing> {
  return new Map(
    [...pages].map(([path, page]) => [
      path,
      {
        ids: page.targets,
        aliases: page.aliases,
        ...(page.redirect ? { redirect: page.redirect } : {}),
      },
    ]),
  );
}

/**
 * How to keep `path#anchor` landing after its heading was renamed: the `anchor_aliases` entry
 * for the note, with the new id filled in when the page gained exactly one anchor since the lock
 * (the others listed).
 */
export function aliasFix(
  { pages, lock }: Pick<CheckContext, 'pages' | 'lock'>,
  path: string,
  anchor: string,
  file: string,
): string {
  const page = pages.get(path as SitePath);
  // Headings and claims this build adds to the page are the likely new names of those it lost.
  const fresh = (page?.anchors ?? []).filter(
    (a) => !lock?.pages[path]?.includes(a) && !SECTIONS.has(a),
  );
  const to = fresh.length === 1 ? fresh[0] : '<new id>';
  const hint = fresh.length > 1 ? ` (new on this page: ${fresh.join(', ')})` : '';
  return `add to ${file}: anchor_aliases: [{ from: ${anchor}, to: ${to} }]${hint}`;
}

/** Whether the lock says `path#anchor` was published. */
export const wasPublished = (lock: CheckContext['lock'], path: string, anchor: string): boolean =>
  lock?.pages[path]?.includes(anchor) ?? false;
