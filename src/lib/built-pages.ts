import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { RESERVED_PATHS } from './reserved.ts';
import { mapLimited } from './concurrency.ts';

/** A page of a built site: its site path (without base, with trailing slash) and its HTML. */
export interface BuiltPage { path: string; file: string; html: string }

/**
 * Every HTML page of a built site except the 404 page and Pagefind's own files: the pages a
 * link can point at. Shared by the permalink check, the link check and the lock update.
 */
export async function readBuiltPages(dir: string): Promise<BuiltPage[]> {
  const files = (await readdir(dir, { recursive: true })).filter(
    (f) => f.endsWith('index.html') && !f.startsWith(`pagefind${sep}`),
  );
  return mapLimited(files.sort(), 32, async (file) => ({ ...pageAt(file.split(sep).join('/')), html: await readFile(join(dir, file), 'utf8') }));
}

/**
 * The same pages as readBuiltPages, without walking the output folder: the pages Astro reports it
 * rendered (`astro:build:done`'s `pages`), read from disk, plus the pages the build wrote from
 * memory (claim share pages, redirects), taken as they are. Why: at 5,000 notes the walk and
 * re-reading 15,000 share pages took about 4 s of the site checks' 6 s.
 * Files copied from public/ are not pages here; the site keeps no HTML there.
 */
export async function builtPagesOf(dir: string, rendered: ReadonlyArray<{ pathname: string }>, written: ReadonlyArray<{ path: string; html: string }>): Promise<BuiltPage[]> {
  const files = rendered
    .map(({ pathname }) => pathname.replace(/^\/+/, ''))
    // Pages only (endpoints such as feed.xml have an extension), and not the 404 page.
    .filter((pathname) => (pathname === '' || pathname.endsWith('/')) && pathname !== '404/')
    .map((pathname) => `${pathname}index.html`);
  const read = await mapLimited(files, 32, async (file) => ({ ...pageAt(file), html: await readFile(join(dir, file), 'utf8') }));
  const fromMemory = written.filter((page) => page.path.endsWith('index.html')).map((page) => ({ ...pageAt(page.path), html: page.html }));
  return [...read, ...fromMemory].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A page's site path and file, from its file below the output folder (`/`-separated). */
function pageAt(file: string): { path: string; file: string } {
  const dirs = file.split('/').slice(0, -1);
  return { path: `/${dirs.join('/')}${dirs.length ? '/' : ''}`, file: file.split('/').join(sep) };
}

/** The content file a page comes from, to name in error messages (notes and themes). */
export function sourceOf(path: string, contentDir: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || RESERVED_PATHS.has(parts[0]!)) return undefined;
  if (parts.length === 2) return `${contentDir}/${parts[0]}/${parts[1]}.mdx`;
  if (parts.length === 1) return `${contentDir}/${parts[0]}/index.mdx`;
  return undefined;
}
