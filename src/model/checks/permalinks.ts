import { brokenPermalinks, type Landing } from '../../lib/permalinks.ts';
import { RESERVED_PATHS } from '../../lib/reserved.ts';
import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/**
 * Every page and anchor ever published (content/permalinks.lock.json) still lands: on a page of
 * this build, through a redirect or an alias. Checked from the model, with the other content
 * checks, so a rename's broken links and its missing alias are reported in the same round.
 */
export const permalinksLand: Check = ({ lock, pages, files }) => {
  if (!lock) return [];
  const landings = new Map<string, Landing>(
    [...pages].map(([path, page]) => [
      path,
      {
        ids: page.targets,
        aliases: page.aliases,
        ...(page.redirect ? { redirect: page.redirect } : {}),
      },
    ]),
  );
  return brokenPermalinks(lock, landings).map(({ link, reason }): ContentProblem => {
    const hash = link.indexOf('#');
    const path = hash < 0 ? link : link.slice(0, hash);
    const anchor = hash < 0 ? '' : link.slice(hash + 1);
    const file =
      pages.get(path as never)?.file ??
      contentFileOf(path, files.lock) ??
      'the note that now holds it';
    // Anchors this build adds to the page are the likely new names of the ones it lost.
    const fresh = (pages.get(path as never)?.anchors ?? []).filter(
      (a) => !lock.pages[path]?.includes(a),
    );
    const to = fresh.length === 1 ? fresh[0] : '<new id>';
    const hint = fresh.length ? ` (new on this page: ${fresh.join(', ')})` : '';
    const fix = anchor
      ? `keep the id "${anchor}"; or declare it in ${file}: anchor_aliases: [{ from: ${anchor}, to: ${to} }]${hint} (for a claim: aliases: [${anchor}] on the claim); or, if the content moved to another note, put the alias there with from: "${path}#${anchor}"`
      : `keep the page; or add moved_from: ["${path}"] to the note that replaces it`;
    return { file, problem: `${link} was published (${files.lock}) and ${reason}`, fix };
  });
};

/** The content file a page of notes and themes came from (for a page that no longer exists). */
function contentFileOf(path: string, lockFile: string): string | undefined {
  const contentDir = lockFile.replace(/\/[^/]+$/, '');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || RESERVED_PATHS.has(parts[0]!)) return undefined;
  if (parts.length === 2) return `${contentDir}/${parts[0]}/${parts[1]}.mdx`;
  if (parts.length === 1) return `${contentDir}/${parts[0]}/index.mdx`;
  return undefined;
}
