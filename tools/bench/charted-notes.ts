/**
 * Which notes draw a chart, read from content/ (each note's `charts:`), not from the built HTML:
 * a charted note may weigh up to 20 KB, the others 14 KB, so the bench reports them apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { noteSchema } from '../../src/schemas/note.ts';

/** A note's frontmatter as the schema reads it, or undefined for a file that has none. */
function noteData(text: string) {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return block === undefined ? undefined : noteSchema.parse(parse(block) ?? {});
}

/**
 * The built page (`<theme>/<note>/index.html`, `/`-separated) of every published note that
 * declares a chart. Drafts are left out, as a production build leaves them out.
 */
export async function chartedNotePages(contentDir: string): Promise<Set<string>> {
  const pages = new Set<string>();
  for (const theme of await readdir(contentDir, { withFileTypes: true })) {
    if (!theme.isDirectory()) continue;
    for (const file of await readdir(join(contentDir, theme.name))) {
      if (!file.endsWith('.mdx') || file === 'index.mdx') continue;
      const data = noteData(await readFile(join(contentDir, theme.name, file), 'utf8'));
      if (data && !data.draft && data.charts.length)
        pages.add(`${theme.name}/${file.replace(/\.mdx$/, '')}/index.html`);
    }
  }
  return pages;
}
