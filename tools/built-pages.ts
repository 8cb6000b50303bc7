import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { mapLimited } from '../src/lib/concurrency.ts';

/** A page of a built site: its site path (without base, with trailing slash) and its HTML. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
}

/**
 * Every HTML page of a built site except Pagefind's own files: the pages a link can point at.
 * For the tests over dist/ and the benchmark; the build itself never reads its output back.
 */
export async function readBuiltPages(dir: string): Promise<BuiltPage[]> {
  const files = (await readdir(dir, { recursive: true })).filter(
    (f) => f.endsWith('index.html') && !f.startsWith(`pagefind${sep}`),
  );
  return mapLimited(files.sort(), 32, async (file) => ({
    ...pageAt(file.split(sep).join('/')),
    html: await readFile(join(dir, file), 'utf8'),
  }));
}

/** A page's site path and file, from its file below the output folder (`/`-separated). */
function pageAt(file: string): { path: string; file: string } {
  const dirs = file.split('/').slice(0, -1);
  return { path: `/${dirs.join('/')}${dirs.length ? '/' : ''}`, file: file.split('/').join(sep) };
}
