/**
 * Every page the site publishes, with the anchors on it, its old anchors and, for a page that
 * only sends readers on, where it leads — all from the model, the way the templates print it
 * (ids from src/lib/markup.ts). The permalink lock, the link check and the duplicate-id check
 * read this; tests/dist/model-markup.test.ts proves the built HTML carries exactly these anchors.
 */
import { SECTION_IDS } from '../lib/markup.ts';
import type { PermalinkLock } from '../lib/permalinks.ts';
import { splitLink } from '../lib/permalinks.ts';
import { sitePaths, withVersion, type SitePath } from '../lib/urls.ts';
import { changeNotice, versionAnchor } from '../lib/claim-versions.ts';
import type { Model, Note } from './types.ts';
import { MAP_SECTIONS } from '../lib/map/graph.ts';

/** Old anchor → where it leads now (`#id` on the same page, or `/path/#id`), for one page. */
export type AliasMap = Record<string, string>;

export interface PublishedPage {
  /** Anchors a permalink may record: h2–h4 headings, claims and the layout's sections. */
  anchors: string[];
  /** Every id a link may land on: the anchors, deeper headings, reference entries. */
  targets: Set<string>;
  /** Old anchors this page still honours. */
  aliases: AliasMap;
  /** For a page that only redirects (a moved note, a claim's share URL): where it leads. */
  redirect?: string;
  /** The content file the page comes from, for messages. */
  file?: string;
}

/** Headings the Markdown engine adds itself (GFM's "Footnotes"): not the author's to keep. */
const GENERATED = new Set(['footnote-label']);

/** The sources a note's reference list shows: its own list, then those its claims cite. */
export function citedSources(note: Note): string[] {
  return [
    ...new Set([...note.sources, ...note.claims.flatMap((c) => c.sources.map((s) => s.source))]),
  ];
}

/** Every published page by site path. `lock` (what was published before) adds moved claims' aliases. */
export function publishedPages(
  model: Model,
  lock: PermalinkLock = { pages: {} },
): Map<SitePath, PublishedPage> {
  const pages = new Map<SitePath, PublishedPage>();
  const aliases = aliasesByPage(model, lock);
  const page = (path: SitePath, anchors: string[], extra: Partial<PublishedPage> = {}) =>
    pages.set(path, {
      anchors,
      targets: new Set([...anchors, ...(extra.targets ?? [])]),
      aliases: aliases.get(path) ?? {},
      ...omit(extra),
    });
  page(
    sitePaths.home(),
    model.themes.map((t) => SECTION_IDS.homeTheme(t.slug)),
  );
  for (const theme of model.themes) {
    const intro = theme.headings.filter((h) => h.depth >= 2 && h.depth <= 4).map((h) => h.id);
    page(sitePaths.theme(theme.slug), [...intro, SECTION_IDS.themeNotes], {
      file: theme.filePath,
      targets: new Set(theme.headings.map((h) => h.id)),
    });
  }
  for (const note of model.notes) {
    const cited = citedSources(note).filter((key) => model.sources.has(key));
    const anchors = [
      ...note.headings
        .filter((h) => h.depth >= 2 && h.depth <= 4 && !GENERATED.has(h.id))
        .map((h) => h.id),
      ...note.claims.map((c) => c.id),
      ...(cited.length ? [SECTION_IDS.references] : []),
      ...((model.backlinks.get(note.id)?.length ?? 0) > 0 ? [SECTION_IDS.referencedBy] : []),
    ];
    page(sitePaths.note(note.id), [...new Set(anchors)], {
      file: note.filePath,
      targets: new Set([
        ...note.headings.map((h) => h.id),
        ...cited.map(SECTION_IDS.reference),
        ...(note.charts ?? []).map((c) => SECTION_IDS.chart(c.id)),
      ]),
    });
  }
  // After every live page: an old path that is a live page stays the live page (the checks refuse it).
  for (const note of model.notes) {
    for (const old of note.moved_from)
      if (!pages.has(sitePaths.parse(old)))
        page(sitePaths.parse(old), [], { redirect: sitePaths.note(note.id), file: note.filePath });
  }
  for (const claim of model.claims.values()) {
    const file = claim.note.filePath;
    const inNote = `${sitePaths.note(claim.note.id)}#${claim.id}`;
    for (const id of [claim.id, ...claim.aliases]) {
      page(sitePaths.claimShare(id), [], { redirect: inNote, file });
      // An older version that has since changed sends readers on with the version named, so
      // the note can say what changed (src/publish/share-pages.ts).
      for (const { version } of claim.versions)
        page(sitePaths.claimVersion(id, version), [], {
          redirect: changeNotice(claim.versions, version)
            ? withVersion(sitePaths.note(claim.note.id), claim.id, version)
            : inNote,
          file,
        });
    }
    page(sitePaths.claimHistory(claim.id), claim.versions.map(versionAnchor), { file });
    for (const old of claim.aliases)
      page(sitePaths.claimHistory(old), [], { redirect: sitePaths.claimHistory(claim.id), file });
  }
  page(sitePaths.glossary(), [...model.terms.keys()]);
  page(sitePaths.sources(), [...model.sources.keys()]);
  page(sitePaths.map(), [...MAP_SECTIONS]);
  page(sitePaths.search(), []);
  page(sitePaths.tags(), []);
  for (const tag of new Set(model.notes.flatMap((n) => n.tags))) page(sitePaths.tag(tag), []);
  return pages;
}

function omit(extra: Partial<PublishedPage>): Partial<PublishedPage> {
  const { targets: _targets, ...rest } = extra;
  return rest;
}

/**
 * The old anchors each page must still honour, by site path:
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
    const path = sitePaths.note(note.id);
    for (const alias of note.anchor_aliases) {
      // `from` is a bare anchor on this page, or `/path/#anchor` on another.
      const from = alias.from.startsWith('/')
        ? splitLink(alias.from)
        : { path: undefined, anchor: alias.from };
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
      if (home && home.path !== path && !maps.get(path)?.[anchor])
        add(path, anchor, `${home.path}#${home.id}`);
    }
  }
  return maps;
}
