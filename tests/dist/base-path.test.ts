import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attributeValues, readPages } from '../support/html.ts';
import { brokenInternalLinks } from '../../src/lib/link-check.ts';

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

  it('prefixes every root-relative link and asset with the base, including links written in notes', () => {
    for (const { url, html } of pages) {
      const rooted = [...attributeValues(html, 'href'), ...attributeValues(html, 'src'), ...attributeValues(html, 'bundle-path')].filter((u) => u.startsWith('/'));
      expect(rooted.filter((u) => !u.startsWith(base)), url).toEqual([]);
    }
    const chinchilla = pages.find((p) => p.url === '/scale/beyond-chinchilla/')!;
    expect(chinchilla.html).toContain(`href="${base}scale/serving-405b-in-fp8/"`);
  });
});
