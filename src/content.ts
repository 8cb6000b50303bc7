/**
 * The only module that reads collections. It loads themes, notes and sources once per build,
 * hands them to the pure buildModel() (which checks them and throws on any problem), and keeps
 * the entries so pages can render a note's MDX.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { mapLimited } from './lib/concurrency.ts';
import { buildModel, type Model, type Note } from './lib/model.ts';
import { aliasesByPage, type AliasMap } from './lib/anchor-aliases.ts';
import type { PermalinkLock } from './lib/permalinks.ts';
import { lockFile } from './lib/content-dir.ts';

let cached: Promise<{ model: Model; entries: Map<string, CollectionEntry<'notes'>> }> | undefined;

async function load() {
  const [themes, notes, sources, glossary] = await Promise.all([
    getCollection('themes'),
    getCollection('notes'),
    getCollection('sources'),
    getCollection('glossary'),
  ]);
  const noteInputs = await mapLimited(notes, 32, async (n) => ({
    id: n.id,
    filePath: n.filePath ?? `content/${n.id}.mdx`,
    data: n.data,
    raw: n.filePath ? await readFile(n.filePath, 'utf8') : (n.body ?? ''),
  }));
  const model = buildModel(
    {
      themes: await Promise.all(themes.map(async (t) => ({ id: t.id, filePath: t.filePath ?? `content/${t.id}/index.mdx`, data: t.data, raw: t.filePath ? await readFile(t.filePath, 'utf8') : '' }))),
      notes: noteInputs,
      sources: sources.map((s) => ({ id: s.id, data: s.data })),
      terms: glossary.map((t) => ({ id: t.id, data: t.data })),
    },
    // Drafts show in `astro dev` so authors can read them; a production build never has them.
    { includeDrafts: import.meta.env.KB_DEV },
  );
  return { model, entries: new Map(notes.map((n) => [n.id, n])) };
}

/** The checked site model, built once per build. */
export async function getModel(): Promise<Model> {
  return (await loaded()).model;
}

// In `astro dev` notes change under our feet, so the model is rebuilt on every request.
function loaded() {
  if (import.meta.env.KB_DEV) return load();
  cached ??= load();
  return cached;
}

/** The collection entry of a note, for render(). */
export async function getNoteEntry(note: Note): Promise<CollectionEntry<'notes'>> {
  const entry = (await loaded()).entries.get(note.id);
  if (!entry) throw new Error(`No entry for note ${note.id}`);
  return entry;
}

/** The theme's own entry (its index.mdx), for rendering its introduction. */
export async function getThemeEntry(slug: string): Promise<CollectionEntry<'themes'> | undefined> {
  return (await getCollection('themes')).find((t) => t.id === slug);
}

let permalinks: Promise<{ lock: PermalinkLock; aliases: Map<string, AliasMap> }> | undefined;

/**
 * The permalink lock (content/permalinks.lock.json, empty before the first release) and the old
 * anchors each page must honour, computed once per build.
 */
export async function getPermalinks(): Promise<{ lock: PermalinkLock; aliases: Map<string, AliasMap> }> {
  const compute = async () => {
    const model = await getModel();
    const text = await readFile(lockFile(), 'utf8').catch(() => '{"pages":{}}');
    const lock = JSON.parse(text) as PermalinkLock;
    return { lock, aliases: aliasesByPage(model, lock) };
  };
  if (import.meta.env.KB_DEV) return compute();
  permalinks ??= compute();
  return permalinks;
}
