import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readBuiltPages } from '../../tools/built-pages.ts';

// A small output folder shaped like a build: pages, endpoints, the 404 page, Pagefind's files,
// and share/redirect pages.
const written = [
  { path: 'c/meta-chose-to-over-train/index.html', html: '<p>share</p>' },
  { path: 'scale/old-name/index.html', html: '<p>moved</p>' },
];
const onDisk: Record<string, string> = {
  'index.html': '<p>home</p>',
  'scale/index.html': '<p>theme</p>',
  'scale/beyond-chinchilla/index.html': '<p>note</p>',
  'tags/data/index.html': '<p>tag</p>',
  'feed.xml': '<feed/>',
  'claims.json': '{}',
  '404.html': '<p>missing</p>',
  'pagefind/fragment/index.html': 'not a page',
  ...Object.fromEntries(written.map((page) => [page.path, page.html])),
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kb-built-pages-'));
  for (const [file, text] of Object.entries(onDisk)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readBuiltPages', () => {
  it("finds every page of the output folder with its site path and HTML, not Pagefind's files", async () => {
    const pages = await readBuiltPages(dir);
    expect(pages.map((p) => p.path)).toEqual([
      '/c/meta-chose-to-over-train/',
      '/',
      '/scale/beyond-chinchilla/',
      '/scale/',
      '/scale/old-name/',
      '/tags/data/',
    ]);
    expect(pages.find((p) => p.path === '/scale/')?.html).toBe('<p>theme</p>');
  });
});
