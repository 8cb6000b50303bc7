import type { Backlink, Note, Theme } from './model.ts';
import type { ContentProblem } from './content-error.ts';
import { headingsIn, linksIn } from './note-links.ts';

/** A file whose prose may link into the site: a note, or a theme's introduction. */
export interface LinkingFile { filePath: string; raw: string; note?: Note }

/** What the site publishes, to check a link's path and anchor against. */
export interface SiteIndex {
  notes: Note[];
  raws: Map<string, string>;
  themes: Map<string, Theme>;
  terms: Set<string>;
  sources: Set<string>;
  /** Current claim ids and their old ids: each has a share page at /c/<id>/. */
  claims: Set<string>;
  tags: Set<string>;
}

/**
 * Every link written in the prose must land: a note and one of its headings or claims, a theme,
 * a glossary term, a source, a tag, a claim's share page. Checked on the source, so the error
 * names the line, and cheaply, so even a site of thousands of notes pays little for it. (Links
 * the templates write come from the same model and are checked by the test suite's crawl.) The
 * same pass collects each note's backlinks, with the sentence that links.
 */
export function checkSiteLinks(files: LinkingFile[], site: SiteIndex): { problems: ContentProblem[]; backlinks: Map<string, Backlink[]> } {
  const problems: ContentProblem[] = [];
  const backlinks = new Map<string, Backlink[]>();
  const byPath = new Map(site.notes.map((n) => [`/${n.id}/`, n]));
  const anchorsOf = new Map<string, Map<string, string>>();
  const headings = (note: Note) => {
    if (!anchorsOf.has(note.id)) anchorsOf.set(note.id, headingsIn(site.raws.get(note.id)!));
    return anchorsOf.get(note.id)!;
  };
  const anchorIn = (set: Set<string>, anchor: string, what: string) =>
    !anchor || set.has(anchor) ? undefined : { problem: `there is no ${what} "${anchor}"`, fix: `use an existing ${what}` };

  for (const file of files) {
    for (const link of linksIn(file.raw)) {
      const [first, second, ...rest] = link.path.split('/').filter(Boolean);
      const where = { file: file.filePath, line: link.line, field: `link to ${link.path}${link.anchor ? `#${link.anchor}` : ''}` };
      let fault: { problem: string; fix: string } | undefined;
      if (first && site.themes.has(first) && second && rest.length === 0) {
        const to = byPath.get(link.path);
        if (!to) {
          const moved = site.notes.find((n) => n.moved_from.includes(link.path));
          fault = moved ? { problem: `that note has moved to /${moved.id}/`, fix: `link to /${moved.id}/ instead` } : { problem: 'no note lives at that path', fix: `link to an existing note (for example /${site.notes[0]?.id}/)` };
        } else {
          const claim = to.claims.find((c) => c.id === link.anchor);
          const heading = headings(to).get(link.anchor);
          if (link.anchor && !claim && heading === undefined) {
            fault = { problem: `/${to.id}/ has no heading or claim "${link.anchor}"`, fix: `use one of: ${[...headings(to).keys(), ...to.claims.map((c) => c.id)].join(', ')}` };
          } else if (file.note && to !== file.note) {
            backlinks.set(to.id, [...(backlinks.get(to.id) ?? []), { from: file.note, sentence: link.sentence, anchor: link.anchor, target: claim ? claim.text : (heading ?? '') }]);
          }
        }
      } else if (first && site.themes.has(first) && !second) {
        fault = undefined;
      } else if (first === 'glossary' && !second) {
        fault = anchorIn(site.terms, link.anchor, 'glossary term');
      } else if (first === 'sources' && !second) {
        fault = anchorIn(site.sources, link.anchor, 'source');
      } else if (first === 'tags') {
        fault = !second || site.tags.has(second) ? undefined : { problem: `no note has the tag "${second}"`, fix: 'link to a tag that a note uses, or to /tags/' };
      } else if (first === 'c' && second && rest.length === 0) {
        fault = site.claims.has(second) ? undefined : { problem: `there is no claim "${second}"`, fix: 'link to an existing claim id' };
      } else if (!(first === 'search' && !second)) {
        fault = { problem: 'no page of the site lives at that path', fix: 'link to a note (/theme/note/), a theme, /glossary/, /sources/, /tags/ or /search/' };
      }
      if (fault) problems.push({ ...where, ...fault });
    }
  }
  return { problems, backlinks };
}
