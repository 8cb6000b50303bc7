import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { attributeValues, readPages } from '../support/html.ts';
import { brokenInternalLinks } from '../support/link-check.ts';

const dist = inject('distBase');
const base = inject('base');
let pages: Awaited<ReturnType<typeof readPages>>;

beforeAll(async () => {
  pages = await readPages(dist);
});

describe(`a build with BASE_PATH=${base}`, () => {
  it('resolves every internal link and #anchor when served under the base', async () => {
    expect(await brokenInternalLinks(dist, base)).toEqual([]);
  });

  it('prefixes every root-relative link and asset with the base, including links written in notes and fonts in CSS', async () => {
    for (const { url, html } of pages) {
      const rooted = [...attributeValues(html, 'href'), ...attributeValues(html, 'src'), ...attributeValues(html, 'bundle-path')].filter((u) => u.startsWith('/'));
      expect(rooted.filter((u) => !u.startsWith(base)), url).toEqual([]);
    }
    // Styles are inlined into each page (build.inlineStylesheets), lazily loaded ones are files.
    const home = pages[0]!.html;
    const linked = attributeValues(home, 'href').filter((h) => h.endsWith('.css'));
    const css = [...home.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n')
      + (await Promise.all(linked.map((h) => readFile(join(dist, h.slice(base.length)), 'utf8')))).join('\n');
    const fontUrls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/^['"]|['"]$/g, ''));
    expect(fontUrls.length).toBeGreaterThan(0);
    expect(fontUrls.filter((u) => !u.startsWith('data:') && !u.startsWith(base))).toEqual([]);
    const chinchilla = pages.find((p) => p.url === '/scale/beyond-chinchilla/')!;
    expect(chinchilla.html).toContain(`href="${base}scale/serving-405b-in-fp8/"`);
  });

  it('writes the base into the absolute links of llms.txt and the Markdown twins', async () => {
    const origin = `http://localhost:4321${base}`;
    const llms = await readFile(join(dist, 'llms.txt'), 'utf8');
    const links = [...llms.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((u) => !u.startsWith(origin))).toEqual([]);
    const twin = await readFile(join(dist, 'scale/beyond-chinchilla/index.md'), 'utf8');
    expect(twin).toContain(`](${origin}scale/serving-405b-in-fp8/`);
  });
});
