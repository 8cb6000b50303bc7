import type { Model, Note, Theme } from '../model/types.ts';
import type { Urls } from './urls.ts';

/** Each note's place in the reading order, by id, computed once per model. */
const positions = new WeakMap<Model, Map<string, number>>();

/**
 * Each note's place in the reading order, by id. A map, not a findIndex: every note page asks,
 * so a scan would cost notes² (a second at 5,000 notes).
 */
export function readingPositions(model: Model): ReadonlyMap<string, number> {
  let position = positions.get(model);
  if (!position) positions.set(model, (position = new Map(model.notes.map((n, i) => [n.id, i]))));
  return position;
}

/** The notes before and after this one in the whole reading order (themes in order, then notes). */
export function prevNext(model: Model, note: Note): { prev?: Note; next?: Note } {
  // By id: Astro may hand pages copies of the objects getStaticPaths returned.
  const i = readingPositions(model).get(note.id);
  if (i === undefined) return {};
  return { prev: model.notes[i - 1], next: model.notes[i + 1] };
}

/**
 * The slice of a theme's notes shown in the sidebar: at most `size` notes centred on the current
 * one. Every page carries the sidebar, so it must not grow with the theme; the theme page lists
 * everything. `hidden` says how many notes the slice leaves out.
 */
export function sidebarWindow(
  theme: Theme,
  current: Note | undefined,
  size = 20,
): { notes: Note[]; hidden: number } {
  const all = theme.notes;
  if (all.length <= size) return { notes: all, hidden: 0 };
  const at = current
    ? Math.max(
        0,
        all.findIndex((n) => n.id === current.id),
      )
    : 0;
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), all.length - size);
  return { notes: all.slice(start, start + size), hidden: all.length - size };
}

/** The reference pages every page links to from its header (or, on narrow screens, its Menu). */
export function referencePages(urls: Pick<Urls, 'glossary' | 'sources' | 'tags'>) {
  return [
    { title: 'Glossary', href: urls.glossary() },
    { title: 'Sources', href: urls.sources() },
    { title: 'Tags', href: urls.tags() },
  ];
}
