import type { Model, Note } from '../model/types.ts';

/** Every tag with its notes (in reading order), tags sorted alphabetically. */
export function notesByTag(model: Model): Map<string, Note[]> {
  const tags = new Map<string, Note[]>();
  for (const note of model.notes)
    for (const tag of note.tags) tags.set(tag, [...(tags.get(tag) ?? []), note]);
  return new Map([...tags].sort(([a], [b]) => a.localeCompare(b)));
}
