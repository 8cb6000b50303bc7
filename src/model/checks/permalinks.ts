import { brokenPermalinks } from '../../lib/permalinks.ts';
import { SECTION_IDS } from '../../lib/markup.ts';
import { RESERVED_PATHS } from '../../lib/reserved.ts';
import { sitePaths } from '../../lib/urls.ts';
import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';
import { aliasFix, landingsOf } from './renamed.ts';

/**
 * Every page and anchor ever published (content/permalinks.lock.json) still lands: on a page of
 * this build, through a redirect or an alias. Checked from the model, with the other content
 * checks, so a rename's broken links and its missing alias are reported in the same round;
 * its problems lead the report (`lead`), since their fix often fixes the links after them.
 */
export const permalinksLand: Check = (context) => {
  const { lock, pages, files } = context;
  if (!lock) return [];
  const broken = brokenPermalinks(lock, landingsOf(pages));
  // A removed claim takes its versions' pages and its history with it: its share URL, reported
  // with the fix, stands for them all.
  const lostClaims = broken.map((b) => b.link).filter((link) => CLAIM_SHARE.test(link));
  const reported = broken.filter(
    ({ link }) => !lostClaims.some((share) => link !== share && link.startsWith(share)),
  );
  return reported.map(({ link, reason }): ContentProblem => {
    const hash = link.indexOf('#');
    const path = hash < 0 ? link : link.slice(0, hash);
    const anchor = hash < 0 ? '' : link.slice(hash + 1);
    const file =
      pages.get(path as never)?.file ??
      contentFileOf(path, files.lock) ??
      'the note that now holds it';
    // The alias comes first: it is what a rename needs, and it also keeps every link to the
    // old anchor working (the link check reports those with the same line).
    const fix = !anchor
      ? `keep the page; or add moved_from: ["${path}"] to the note that replaces it`
      : anchor === SECTION_IDS.referencedBy
        ? 'the page lost its "Referenced by" list, since no note links to it any more: fix the links to it reported here, or link to it from another note'
        : `${aliasFix(context, path, anchor, file)} (for a claim: aliases: [${anchor}] on the claim); or keep the id "${anchor}"; or, if the content moved to another note, put the alias there with from: "${path}#${anchor}"`;
    return {
      file,
      lead: true,
      problem: `${link} was published (${files.lock}) and ${reason}`,
      fix,
    };
  });
};

/** A claim's share URL, `/c/<id>/`. */
const CLAIM_SHARE = new RegExp(`^${sitePaths.claimShare('[^/]+')}$`);

/** The content file a page of notes and themes came from (for a page that no longer exists). */
function contentFileOf(path: string, lockFile: string): string | undefined {
  const contentDir = lockFile.replace(/\/[^/]+$/, '');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || RESERVED_PATHS.has(parts[0]!)) return undefined;
  if (parts.length === 2) return `${contentDir}/${parts[0]}/${parts[1]}.mdx`;
  if (parts.length === 1) return `${contentDir}/${parts[0]}/index.mdx`;
  return undefined;
}
