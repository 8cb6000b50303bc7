import { sitePaths, type SitePath } from '../../lib/urls.ts';
import { resolveLink } from '../links.ts';
import type { ContentProblem } from '../problems.ts';
import type { PublishedPage } from '../published.ts';
import type { Model } from '../types.ts';
import type { Check } from './context.ts';

/** Files a note may link to that are not pages. */
const FILES = new Set<string>([
  sitePaths.feed(),
  sitePaths.claimsJson(),
  sitePaths.sourcesBib(),
  sitePaths.sourcesJson(),
]);

type Fault = Pick<ContentProblem, 'problem' | 'fix'>;

/**
 * Every link written in a published note or a theme's introduction lands: on a page the site
 * publishes and, with an anchor, on an id of that page. Links are resolved as the browser
 * resolves them (root-relative, relative, or `#anchor` on the same page). Links the templates
 * write come from the same model and are checked by the test suite's crawl.
 */
export const linksLand: Check = ({ model, pages }) => {
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
      const fault = faultOf(target.path, target.anchor, pages, model);
      return fault ? [{ file, line: link.line, field: `link to ${link.href}`, ...fault }] : [];
    }),
  );
};

function faultOf(
  path: SitePath,
  anchor: string,
  pages: Map<SitePath, PublishedPage>,
  model: Model,
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
    if (first && model.themes.some((t) => t.slug === first))
      return {
        problem: 'no note lives at that path',
        fix: `link to an existing note (for example ${sitePaths.note(model.notes[0]?.id ?? 'theme/note')})`,
      };
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
  if (!anchor || page.targets.has(anchor)) return undefined;
  if (first === 'glossary')
    return {
      problem: `there is no glossary term "${anchor}"`,
      fix: 'use an existing glossary term',
    };
  if (first === 'sources')
    return { problem: `there is no source "${anchor}"`, fix: 'use an existing source' };
  const note = model.noteById.get(`${first}/${second}`);
  if (note) {
    const ids = [...note.headings.map((h) => h.id), ...note.claims.map((c) => c.id)];
    return {
      problem: `${path} has no heading or claim "${anchor}"`,
      fix: `use one of: ${ids.join(', ')}`,
    };
  }
  return {
    problem: `${path} has no anchor "${anchor}"`,
    fix: `use one of: ${page.anchors.join(', ')}`,
  };
}
