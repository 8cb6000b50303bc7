/**
 * The only module that reads collections. It loads themes, notes, sources and the glossary once
 * per build, takes each note's scan from its compiled MDX (render()'s frontmatter, written by
 * src/model/scan.ts), assembles the model and runs every check (src/model/checks/), throwing
 * one ContentError that lists all problems. Pages render a note's MDX through getNoteEntry().
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { mapLimited } from '../lib/concurrency.ts';
import { contentDir, historyFile, lockFile } from '../lib/content-dir.ts';
import type { PermalinkLock } from '../lib/permalinks.ts';
import type { ClaimHistory } from '../lib/claim-versions.ts';
import { isoDate } from '../lib/dates.ts';
import { recordMode } from '../lib/record-mode.ts';
import { assembleModel } from './assemble.ts';
import { runChecks } from './checks/index.ts';
import { ContentError, isError, warningReport } from './problems.ts';
import { aliasesByPage, type AliasMap } from './published.ts';
import { SCAN_KEY, type NoteScan } from './scan.ts';
import type { Model, ModelInput, Note } from './types.ts';

interface Loaded {
  model: Model;
  lock: PermalinkLock;
  aliases: Map<string, AliasMap>;
  entries: Map<string, CollectionEntry<'notes'>>;
  themeEntries: Map<string, CollectionEntry<'themes'>>;
}

let cached: Promise<Loaded> | undefined;

async function scanOf(
  entry: CollectionEntry<'notes'> | CollectionEntry<'themes'>,
): Promise<NoteScan> {
  const { remarkPluginFrontmatter } = await render(entry);
  const scan = remarkPluginFrontmatter[SCAN_KEY] as NoteScan | undefined;
  if (!scan)
    throw new Error(
      `${entry.filePath ?? entry.id} was compiled without the note scan (src/model/pipeline.ts must be in the MDX processor)`,
    );
  return scan;
}

/** The permalink lock (content/permalinks.lock.json); empty before the first release. */
export async function readLock(): Promise<PermalinkLock> {
  return JSON.parse(
    await readFile(lockFile(), 'utf8').catch(() => '{"pages":{}}'),
  ) as PermalinkLock;
}

/** The claims' version record (content/claim-versions.lock.json); empty before the first release. */
export async function readHistory(): Promise<ClaimHistory> {
  return JSON.parse(
    await readFile(historyFile(), 'utf8').catch(() => '{"claims":{}}'),
  ) as ClaimHistory;
}

async function load(): Promise<Loaded> {
  const [themes, notes, sources, glossary] = await Promise.all([
    getCollection('themes'),
    getCollection('notes'),
    getCollection('sources'),
    getCollection('glossary'),
  ]);
  const input: ModelInput = {
    themes: await mapLimited(themes, 32, async (t) => ({
      id: t.id,
      filePath: t.filePath ?? `content/${t.id}/index.mdx`,
      data: t.data,
      scan: await scanOf(t),
    })),
    notes: await mapLimited(notes, 32, async (n) => ({
      id: n.id,
      filePath: n.filePath ?? `content/${n.id}.mdx`,
      data: n.data,
      scan: await scanOf(n),
    })),
    sources: sources.map((s) => ({ id: s.id, data: s.data })),
    terms: glossary.map((t) => ({ id: t.id, data: t.data })),
  };
  // Drafts show in `astro dev` so authors can read them; a production build never has them.
  const dev = import.meta.env.KB_DEV;
  const [lock, history] = await Promise.all([readLock(), readHistory()]);
  const mode = recordMode();
  input.history = { record: history, today: isoDate(new Date()), minor: mode.minor };
  const model = assembleModel(input, { includeDrafts: dev });
  // The lock is checked when publishing; while writing (astro dev) a heading may be mid-rename.
  const problems = runChecks({
    input,
    model,
    ...(dev ? {} : { lock, history }),
    ...(mode.record ? { recording: { minor: mode.minor } } : {}),
    files: {
      glossary: `${contentDir}/glossary.yaml`,
      sources: `${contentDir}/sources.yaml`,
      lock: lockFile(),
      history: historyFile(),
    },
  });
  // Warnings (a link to an old anchor that an alias keeps alive) publish; the build prints them.
  const warnings = warningReport(problems);
  if (warnings && !dev) console.warn(`\n${warnings}\n`);
  if (problems.some(isError)) throw new ContentError(problems);
  return {
    model,
    lock,
    aliases: aliasesByPage(model, lock),
    entries: new Map(notes.map((n) => [n.id, n])),
    themeEntries: new Map(themes.map((t) => [t.id, t])),
  };
}

// In `astro dev` notes change under our feet, so the model is rebuilt on every request.
function loaded(): Promise<Loaded> {
  if (import.meta.env.KB_DEV) return load();
  cached ??= load();
  return cached;
}

/** The checked site model, built once per build. */
export async function getModel(): Promise<Model> {
  return (await loaded()).model;
}

/** The collection entry of a note, for render(). */
export async function getNoteEntry(note: Note): Promise<CollectionEntry<'notes'>> {
  const entry = (await loaded()).entries.get(note.id);
  if (!entry) throw new Error(`No entry for note ${note.id}`);
  return entry;
}

/** The theme's own entry (its index.mdx), for rendering its introduction. */
export async function getThemeEntry(slug: string): Promise<CollectionEntry<'themes'> | undefined> {
  return (await loaded()).themeEntries.get(slug);
}

/** The permalink lock and the old anchors each page must honour. */
export async function getPermalinks(): Promise<{
  lock: PermalinkLock;
  aliases: Map<string, AliasMap>;
}> {
  const { lock, aliases } = await loaded();
  return { lock, aliases };
}
