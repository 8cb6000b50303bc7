import { sitePaths, type SitePath } from '../../lib/urls.ts';
import { resolveLink } from '../links.ts';
import type { ContentProblem } from '../problems.ts';
import { resolve, splitLink } from '../../lib/permalinks.ts';
import type { Check, CheckContext } from './context.ts';
import { nearMiss } from './near-miss.ts';
import { aliasFix, landingsOf, wasPublished } from './renamed.ts';

/** Files a note may link to that are not pages. */
const FILES = new Set<string>([
  sitePaths.feed(),
  sitePaths.claimsJson(),
  sitePaths.sourcesBib(),
  sitePaths.sourcesJson(),
]);

type Fault = Pick<ContentProblem, 'problem' | 'fix' | 'severity'>;

/**
 * Every link written in a published note or a theme's introduction lands: on a page the site
 * publishes and, with an anchor, on an id of that page. Links are resolved as the browser
 * resolves them (root-relative, relative, or `#anchor` on the same page). Links the templates
 * write come from the same model and are checked by the test suite's crawl.
 */
export const linksLand: Check = (context) => {
  const { model } = context;
  const files = [
    ...model.themes.map((t) => ({
      file: t.filePath,
      from: sitePaths.theme(t.slug),
      links: t.links,
    })),
    ...model.notes.map((n) => ({ file: n.filePath, from: sitePaths.note(n.id), links: n.links })),
  ];
  return files.flatMap(({ file, from, links }) =>
    links.flatMap((link): ContentProblem[] => {
      const target = resolveLink(link.href, from);
      if (target.kind === 'external') return [];
      const fault =
        pageFault(target.path, target.anchor, context) ??
        anchorFault(target.path, target.anchor, context);
      return fault ? [{ file, line: link.line, field: `link to ${link.href}`, ...fault }] : [];
    }),
  );
};

/** What is wrong with the page a link points at, if anything. */
function pageFault(
  path: SitePath,
  anchor: string,
  { pages, model }: CheckContext,
): Fault | undefined {
  const page = pages.get(path);
  const [first, second] = path.split('/').filter(Boolean);
  if (!page) {
    if (FILES.has(path) && !anchor) return undefined;
    if (pages.has(sitePaths.parse(`${path}/`)))
      return {
        problem: 'the link lacks its closing slash',
        fix: `link to ${path}/${anchor ? `#${anchor}` : ''}`,
      };
    if (first === 'tags' && second)
      return {
        problem: `no note has the tag "${second}"`,
        fix: 'link to a tag that a note uses, or to /tags/',
      };
    if (first === 'c' && second)
      return { problem: `there is no claim "${second}"`, fix: 'link to an existing claim id' };
    if (first && model.themes.some((t) => t.slug === first)) {
      const meant = nearMiss(
        path,
        model.notes.map((n) => sitePaths.note(n.id)),
      );
      return {
        problem: 'no note lives at that path',
        fix: meant
          ? `did you mean ${meant}?`
          : `link to an existing note (for example ${sitePaths.note(model.notes[0]?.id ?? 'theme/note')})`,
      };
    }
    return {
      problem: 'no page of the site lives at that path',
      fix: 'link to a note (/theme/note/), a theme, /glossary/, /sources/, /tags/ or /search/',
    };
  }
  if (page.redirect && !path.startsWith('/c/'))
    return {
      problem: `that note has moved to ${page.redirect}`,
      fix: `link to ${page.redirect}${anchor ? `#${anchor}` : ''} instead`,
    };
  return undefined;
}

/** What is wrong with the anchor of a link to a page that exists, if anything. */
function anchorFault(path: SitePath, anchor: string, context: CheckContext): Fault | undefined {
  const { pages, model, lock } = context;
  const page = pages.get(path);
  if (!page || !anchor || page.targets.has(anchor)) return undefined;
  const [first, second] = path.split('/').filter(Boolean);
  // An old anchor an alias keeps alive lands (the page sends readers on): publish, but say where.
  if (page.aliases[anchor] && !resolve(landingsOf(pages), path, anchor)) {
    const { path: to = path, anchor: id } = splitLink(page.aliases[anchor]);
    return {
      severity: 'warning',
      problem: `"${anchor}" is an old anchor of ${path}; its alias sends readers on to ${to}#${id}`,
      fix: `link to ${to}#${id}`,
    };
  }
  const meant = (ids: Iterable<string>) => {
    const guess = nearMiss(anchor, ids);
    return guess ? `did you mean ${guess}? Otherwise ` : '';
  };
  if (first === 'glossary')
    return {
      problem: `there is no glossary term "${anchor}"`,
      fix: `${meant(page.anchors)}use an existing glossary term`,
    };
  if (first === 'sources')
    return {
      problem: `there is no source "${anchor}"`,
      fix: `${meant(page.anchors)}use an existing source`,
    };
  const note = model.noteById.get(`${first}/${second}`);
  const ids = note
    ? [...note.headings.map((h) => h.id), ...note.claims.map((c) => c.id)]
    : page.anchors;
  const problem = note
    ? `${path} has no heading or claim "${anchor}"`
    : `${path} has no anchor "${anchor}"`;
  if (wasPublished(lock, path, anchor))
    // A published anchor that is gone was renamed: the alias fixes this link and every other.
    return {
      problem: `${problem}; it was published, so its heading or claim was renamed or removed`,
      fix: `${aliasFix(context, path, anchor, page.file ?? 'the note')}, and this link keeps working; or use one of: ${ids.join(', ')}`,
    };
  return { problem, fix: `${meant(ids)}use one of: ${ids.join(', ')}` };
}
