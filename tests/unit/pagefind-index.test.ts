import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { writeSearchIndex } from '../../src/publish/pagefind-index.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
let dir: string;

/** Runs the publish step's search index on a tiny site whose files are all note pages. */
async function index(files: Record<string, string>) {
  dir = await mkdtemp(join(tmpdir(), 'kb-pagefind-'));
  for (const [path, html] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  const url = pathToFileURL(dir + '/');
  const assets = new Map([
    ['src/pages/[theme]/[note].astro', Object.keys(files).map((path) => new URL(path, url))],
  ]);
  await writeSearchIndex({ dir: url, assets, logger: { info: () => {} } });
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the search-index step', () => {
  it('writes an index holding every note page', async () => {
    await index({
      'a/x/index.html': page('<main data-pagefind-body><h1>Chinchilla</h1></main>'),
      'a/y/index.html': page('<main data-pagefind-body><h1>Dense</h1></main>'),
    });
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
  });

  it('fails the build when fewer pages are indexed than notes were built', async () => {
    await expect(
      index({
        'a/x/index.html': page('<main data-pagefind-body><h1>One</h1></main>'),
        'a/y/index.html': page('<main><h1>Lost its body</h1></main>'),
      }),
    ).rejects.toThrow(/Pagefind indexed 1 pages but 2 notes were built/);
  });
});
