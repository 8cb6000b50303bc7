import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total bytes of the files below a folder. */
export async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const s = await stat(join(dir, file));
    if (s.isFile()) total += s.size;
  }
  return total;
}

/** Paths (relative to dist) of every page that is a note: the ones that carry data-pagefind-body. */
export async function notePages(dist: string, read: (path: string) => Promise<string>): Promise<string[]> {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));
  const notes: string[] = [];
  for (const page of pages) if ((await read(join(dist, page))).includes('data-pagefind-body')) notes.push(page);
  return notes.sort();
}
