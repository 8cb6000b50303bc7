import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtPagesOf, readBuiltPages } from '../../src/lib/built-pages.ts';

// A small output folder shaped like a build: pages Astro rendered, endpoints, the 404 page,
// Pagefind's files, and share/redirect pages written from memory after the build.
const rendered = ['/', 'scale/', 'scale/beyond-chinchilla/', 'feed.xml', 'claims.json', '404/', 'tags/data/'].map((pathname) => ({ pathname }));
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

describe('builtPagesOf', () => {
  it('finds the same pages, paths and HTML as walking the output folder', async () => {
    const fromBuild = await builtPagesOf(dir, rendered, written);
    expect(fromBuild.map((p) => p.path)).toEqual(['/c/meta-chose-to-over-train/', '/', '/scale/beyond-chinchilla/', '/scale/', '/scale/old-name/', '/tags/data/']);
    expect(fromBuild).toEqual(await readBuiltPages(dir));
  });

  it('takes pages written from memory as they are, without reading them back', async () => {
    const pages = await builtPagesOf(dir, [], [{ path: 'c/only-in-memory/index.html', html: '<p>kept</p>' }]);
    expect(pages).toEqual([{ path: '/c/only-in-memory/', file: join('c', 'only-in-memory', 'index.html'), html: '<p>kept</p>' }]);
  });
});
