import type { Model, Note, Theme } from './model.ts';

/** The notes before and after this one in the whole reading order (themes in order, then notes). */
export function prevNext(model: Model, note: Note): { prev?: Note; next?: Note } {
  // Compared by id: Astro may hand pages copies of the objects getStaticPaths returned.
  const i = model.notes.findIndex((n) => n.id === note.id);
  if (i < 0) return {};
  return { prev: model.notes[i - 1], next: model.notes[i + 1] };
}

/**
 * The slice of a theme's notes shown in the sidebar: at most `size` notes centred on the current
 * one. Every page carries the sidebar, so it must not grow with the theme; the theme page lists
 * everything. `hidden` says how many notes the slice leaves out.
 */
export function sidebarWindow(theme: Theme, current: Note | undefined, size = 20): { notes: Note[]; hidden: number } {
  const all = theme.notes;
  if (all.length <= size) return { notes: all, hidden: 0 };
  const at = current ? Math.max(0, all.findIndex((n) => n.id === current.id)) : 0;
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), all.length - size);
  return { notes: all.slice(start, start + size), hidden: all.length - size };
}
