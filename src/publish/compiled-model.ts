/**
 * The publish step's copy of the model, built from what the MDX compile handed it (each note's
 * frontmatter and scan, src/model/scan.ts) and from the data files, through the same schemas and
 * the same assembleModel() the pages use. So nothing is parsed twice and nothing the pages
 * rendered is read back. (The pages' copy is checked by src/model/load.ts before any page is
 * written; this one is only built once that has passed.)
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { noteSchema } from '../schemas/note.ts';
import { themeSchema } from '../schemas/theme.ts';
import { sourceSchema } from '../schemas/source.ts';
import { termSchema } from '../schemas/glossary.ts';
import { assembleModel } from '../model/assemble.ts';
import type { NoteScan } from '../model/scan.ts';
import type { ProseTree } from '../model/prose.ts';
import type { Model, ModelInput } from '../model/types.ts';
import type { ClaimHistory } from '../lib/claim-versions.ts';
import { isoDate } from '../lib/dates.ts';
import { recordMode } from '../lib/record-mode.ts';

/** One compiled MDX file: its frontmatter as parsed by the compile, its scan and prose tree. */
export interface CompiledFile {
  frontmatter: Record<string, unknown>;
  scan: NoteScan;
  prose?: ProseTree | undefined;
}

/** A note's id (`theme/note`) from its file below the content folder; undefined for others. */
function noteId(root: string, file: string): string | undefined {
  const path = relative(root, file).split(sep).join('/');
  if (path.startsWith('..') || !path.endsWith('.mdx') || /^[^/]+\/index\.mdx$/.test(path))
    return undefined;
  return path.replace(/\.mdx$/, '');
}

/** Each compiled note's prose tree, by note id (the Markdown twins are written from them). */
export function compiledProse(
  compiled: Map<string, CompiledFile>,
  contentDir: string,
): Map<string, ProseTree> {
  const root = resolve(contentDir);
  return new Map(
    [...compiled].flatMap(([file, { prose }]) => {
      const id = noteId(root, file);
      return id && prose ? [[id, prose] as const] : [];
    }),
  );
}

async function dataFile<T>(
  path: string,
  schema: { parse(data: unknown): T },
): Promise<Array<{ id: string; data: T }>> {
  const entries = (parse(await readFile(path, 'utf8')) ?? {}) as Record<string, unknown>;
  return Object.entries(entries).map(([id, data]) => ({ id, data: schema.parse(data) }));
}

/** The inputs of the model, from the compiled files below `contentDir` and its data files. */
export async function compiledInput(
  compiled: Map<string, CompiledFile>,
  contentDir: string,
): Promise<ModelInput> {
  const root = resolve(contentDir);
  const input: ModelInput = {
    themes: [],
    notes: [],
    sources: await dataFile(`${root}/sources.yaml`, sourceSchema),
    terms: await dataFile(`${root}/glossary.yaml`, termSchema).catch(() => []),
    history: {
      record: JSON.parse(
        await readFile(`${root}/claim-versions.lock.json`, 'utf8').catch(() => '{"claims":{}}'),
      ) as ClaimHistory,
      today: isoDate(new Date()),
      minor: recordMode().minor,
    },
  };
  for (const [file, { frontmatter, scan }] of [...compiled].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const path = relative(root, file).split(sep).join('/');
    if (path.startsWith('..') || !path.endsWith('.mdx')) continue;
    const filePath = `${contentDir.replace(/\/$/, '')}/${path}`.replace(/^\.\//, '');
    const theme = /^([^/]+)\/index\.mdx$/.exec(path)?.[1];
    if (theme)
      input.themes.push({ id: theme, filePath, data: themeSchema.parse(frontmatter), scan });
    else
      input.notes.push({
        id: path.replace(/\.mdx$/, ''),
        filePath,
        data: noteSchema.parse(frontmatter),
        scan,
      });
  }
  return input;
}

/** The published model (drafts left out), as the pages saw it. */
export async function compiledModel(
  compiled: Map<string, CompiledFile>,
  contentDir: string,
): Promise<Model> {
  return assembleModel(await compiledInput(compiled, contentDir), { includeDrafts: false });
}
