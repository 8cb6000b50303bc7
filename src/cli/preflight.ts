import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { findUnsafeMarkup } from '../lib/unsafe-markup.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Content files must be UTF-8. A file in another encoding would reach the bundler, which fails
 * on it with an error about loading a module; checked here first, the message names the file,
 * the line, and the fix.
 */
export async function nonUtf8Files(contentDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await readdir(contentDir, { recursive: true })) {
    if (!/\.(mdx?|ya?ml|json)$/.test(file)) continue;
    const bytes = await readFile(join(contentDir, file));
    try {
      utf8.decode(bytes);
    } catch {
      const text = new TextDecoder('utf-8').decode(bytes);
      const at = text.indexOf('\uFFFD');
      const line = text.slice(0, at).split('\n').length;
      problems.push(`${relative(process.cwd(), join(contentDir, file))}:${line} — the file is not valid UTF-8 (a byte on this line is not text in that encoding). Fix: save the file as UTF-8`);
    }
  }
  return problems;
}

/**
 * Script, iframes, event handlers, javascript: URLs and imports in notes, found before the
 * build: an import in particular would otherwise fail inside the bundler with its own report.
 * (The content model repeats the check, for `astro dev`.)
 */
export async function unsafeNotes(contentDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of (await readdir(contentDir, { recursive: true })).filter((f) => f.endsWith('.mdx'))) {
    const path = join(contentDir, file);
    const text = await readFile(path, 'utf8');
    for (const u of findUnsafeMarkup(text)) problems.push(`${relative(process.cwd(), path)}:${u.line} — ${u.what} is not allowed in a note. Fix: ${u.fix}`);
  }
  return problems;
}

/**
 * Notes are .mdx files; the collections never read a .md or .markdown file, so one would vanish
 * from the site without a word (and `note.md` beside `note.mdx` would claim the same URL).
 */
export async function markdownFiles(contentDir: string): Promise<string[]> {
  return (await readdir(contentDir, { recursive: true }))
    .filter((file) => /\.(md|markdown)$/i.test(file))
    .map((file) => `${relative(process.cwd(), join(contentDir, file))} — a note must be an .mdx file; this one would not be published (and would share its URL with an .mdx of the same name). Fix: rename it to ${file.replace(/\.(md|markdown)$/i, '.mdx').split(/[\\/]/).pop()}, or move it out of content/`);
}

