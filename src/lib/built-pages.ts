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
  return mapLimited(files.sort(), 32, async (file) => ({
    path: `/${file.split(sep).slice(0, -1).join('/')}${file.includes(sep) ? '/' : ''}`,
    file,
    html: await readFile(join(dir, file), 'utf8'),
  }));
}

/** The content file a page comes from, to name in error messages (notes and themes). */
export function sourceOf(path: string, contentDir: string): string | undefined {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || RESERVED_PATHS.has(parts[0]!)) return undefined;
  if (parts.length === 2) return `${contentDir}/${parts[0]}/${parts[1]}.mdx`;
  if (parts.length === 1) return `${contentDir}/${parts[0]}/index.mdx`;
  return undefined;
}
