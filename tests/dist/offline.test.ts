import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContentModel } from '../support/content.ts';
import { elementsWith, readPages } from '../support/html.ts';
import type { Model } from '../../src/model/types.ts';
import type { OfflineList } from '../../src/lib/offline.ts';

/**
 * What the build writes for offline reading (src/publish/offline.ts): the list "Save for
 * offline" fetches, the service worker's precache, and the web app manifest, at `/` and `/kb/`.
 */
const builds = [
  ['/', inject('dist')],
  [inject('base'), inject('distBase')],
] as const;
let model: Model;
beforeAll(async () => {
  model = await loadContentModel();
});

const json = async <T>(dist: string, file: string) =>
  JSON.parse(await readFile(join(dist, file), 'utf8')) as T;
/** A PNG's width and height as `WxH`, from its IHDR chunk (what a `sizes` attribute says). */
const pngSize = (png: Buffer) => `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
/** The URLs the generated worker precaches, as written in sw.js (relative to it). */
const precached = async (dist: string) =>
  [...(await readFile(join(dist, 'sw.js'), 'utf8')).matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]!);

describe.each(builds)('offline reading under %s', (base, dist) => {
  it('lists every page a reader can open (each note among them) with its size, and no other', async () => {
    const list = await json<OfflineList>(dist, 'offline.json');
    // Astro's pages: the publish step's share and redirect pages load no script and are not listed.
    const astroPages = (await readPages(dist))
      .filter((p) => p.html.includes('rel="manifest"') && p.url !== '/404/')
      .map((p) => base + p.url.slice(1));
    expect(list.pages.map((p) => p.url).sort()).toEqual(astroPages.sort());
    for (const note of model.notes) expect(list.pages.map((p) => p.url)).toContain(`${base}${note.id}/`);
    for (const { url, bytes } of list.pages)
      expect((await stat(join(dist, url.slice(base.length), 'index.html'))).size, url).toBe(bytes);
  });

  it('lists the whole search index, and precaches it with the search code, scripts and fonts', async () => {
    const list = await json<OfflineList>(dist, 'offline.json');
    const index = (
      await Promise.all(
        ['index', 'fragment', 'filter'].map(async (folder) =>
          (await readdir(join(dist, 'pagefind', folder))).map((f) => `pagefind/${folder}/${f}`),
        ),
      )
    ).flat();
    expect(list.search.map((f) => f.url.slice(base.length)).sort()).toEqual(index.sort());
    const urls = await precached(dist);
    const assets = (await readdir(join(dist, '_astro'), { recursive: true }))
      .filter((f) => /\.(js|css|woff2)$/.test(f))
      .map((f) => `_astro/${f}`);
    expect(urls).toEqual(expect.arrayContaining([...assets, ...index, 'offline.json']));
    expect(urls).toEqual(
      expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-component-ui.js']),
    );
    // Pages are cached as readers open or save them, never all on a first visit.
    expect(urls.filter((u) => u.endsWith('.html') || u.startsWith('og/'))).toEqual([]);
  });

  it('has a manifest scoped to the base path, with icons that exist', async () => {
    const manifest = await json<{
      scope: string;
      start_url: string;
      icons: Array<{ src: string; sizes: string }>;
    }>(dist, 'manifest.webmanifest');
    expect([manifest.scope, manifest.start_url]).toEqual([base, base]);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const png = await readFile(join(dist, icon.src.slice(base.length)));
      expect(pngSize(png)).toBe(icon.sizes);
    }
  });

  // Not the SVG: Chromium builds a document on the page's main thread to draw an SVG favicon
  // (src/lib/app-icon.ts).
  it('gives every page a PNG favicon of the size its link declares', async () => {
    // Astro's pages: the publish step's share and redirect pages link no icon.
    for (const page of await readPages(dist)) {
      if (!page.html.includes('rel="manifest"')) continue;
      const icons = elementsWith(page.html, 'rel', 'icon');
      expect(icons, page.url).toHaveLength(1);
      const { href, type, sizes } = icons[0]!.attributes;
      expect([type, href!.startsWith(base)], page.url).toEqual(['image/png', true]);
      const png = await readFile(join(dist, href!.slice(base.length)));
      expect(png.subarray(1, 4).toString(), href).toBe('PNG');
      expect(pngSize(png), href).toBe(sizes);
    }
  });
});
