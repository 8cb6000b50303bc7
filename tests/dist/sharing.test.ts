import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContentModel } from '../support/content.ts';
import { elementsWith, openingTags, readPages } from '../support/html.ts';
import { PERMALINK, SECTION_IDS } from '../../src/lib/markup.ts';
import { brokenPermalinks, type PermalinkLock } from '../../src/lib/permalinks.ts';
import { publishedAnchors, readLanding } from '../support/landing.ts';
import { readBuiltPages } from '../../tools/built-pages.ts';
import { ROOT } from '../support/paths.ts';
import type { Model } from '../../src/model/types.ts';

const dist = inject('dist');
let model: Model;
let pages: Awaited<ReturnType<typeof readPages>>;
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

beforeAll(async () => {
  [model, pages] = await Promise.all([loadContentModel(), readPages(dist)]);
});

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('links that look good where they are pasted', () => {
  it('gives every page a canonical URL, Open Graph and Twitter metadata, and a 1200×630 card that exists', async () => {
    const images = new Set<string>();
    for (const { url, html } of pages.filter((p) => p.url !== '/404/')) {
      expect(html, url).toMatch(/<link rel="canonical" href="http:\/\/localhost:4321\/[^"]*"/);
      for (const property of ['og:title', 'og:description', 'og:image', 'og:url', 'og:site_name', 'twitter:card', 'twitter:image:alt']) {
        expect(meta(html, property), `${url} ${property}`).toBeTruthy();
      }
      images.add(meta(html, 'og:image')!);
    }
    for (const image of images) {
      expect(await pngSize(join(dist, new URL(image).pathname)), image).toEqual([1200, 630]);
    }
  });

  it('gives every note and theme its own card, with the theme named on notes', () => {
    for (const note of model.notes) {
      const html = pages.find((p) => p.url === `/${note.id}/`)!.html;
      expect(meta(html, 'og:image')).toBe(`http://localhost:4321/og/${note.id}.png`);
      expect(meta(html, 'article:section')).toBe(note.theme.title);
      expect(meta(html, 'og:type')).toBe('article');
    }
    for (const theme of model.themes) expect(meta(pages.find((p) => p.url === `/${theme.slug}/`)!.html, 'og:image')).toBe(`http://localhost:4321/og/${theme.slug}.png`);
  });

  it('gives every claim a share page that unfurls as the claim and leads to its anchor', () => {
    for (const claim of model.claims.values()) {
      const share = pages.find((p) => p.url === `/c/${claim.id}/`);
      expect(share, claim.id).toBeDefined();
      expect(meta(share!.html, 'og:title')).toBe(claim.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
      expect(meta(share!.html, 'kb:redirect')).toBe(`/${claim.note.id}/#${claim.id}`);
      expect(share!.html).toContain(`<link rel="canonical" href="http://localhost:4321/c/${claim.id}/">`);
    }
  });

  it('publishes a sitemap of the content pages (no redirects) and a robots.txt pointing at it', async () => {
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const note of model.notes) expect(sitemap).toContain(`<loc>http://localhost:4321/${note.id}/</loc>`);
    expect(sitemap).not.toContain('/c/');
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  });
});

describe('getting a link', () => {
  it('puts a link control after every h2–h4 of a note, with a label kept out of search', () => {
    for (const note of model.notes) {
      const html = pages.find((p) => p.url === `/${note.id}/`)!.html;
      const headings = [...html.matchAll(/<div class="heading level-[234]"><(h[234]) id="([^"]+)">([\s\S]*?)<\/\1>(<a\b[^>]*>)<span aria-hidden="true">#<\/span><span class="visually-hidden">Link to section “/g)];
      const all = [...html.matchAll(/<article[\s\S]*<\/article>/g)][0]![0].match(new RegExp(`<h[234] id="(?!toc-title|${SECTION_IDS.references}|${SECTION_IDS.referencedBy}|footnote-label)`, 'g')) ?? [];
      expect(headings.length, note.id).toBe(all.length);
      for (const [, , id, , control] of headings)
        expect(openingTags(control!)).toEqual([{ name: 'a', attributes: { class: 'anchor-link', href: `#${id}`, [PERMALINK.copyLink]: '', 'data-pagefind-ignore': '' } }]);
    }
  });

  it('puts a link control on every claim that copies the share URL of its current version', () => {
    for (const claim of model.claims.values()) {
      const html = pages.find((p) => p.url === `/${claim.note.id}/`)!.html;
      const share = `http://localhost:4321/c/${claim.id}/v/${claim.versions.at(-1)!.version}/`;
      expect(elementsWith(html, PERMALINK.share, share), claim.id).toEqual([
        { name: 'a', attributes: { class: 'anchor-link', href: `#${claim.id}`, [PERMALINK.copyLink]: '', [PERMALINK.share]: share } },
      ]);
    }
  });
});

describe('the permalink lock', () => {
  it('records every page and anchor of this build (run `npm run permalinks` after adding some)', async () => {
    const lock = JSON.parse(await readFile(join(ROOT, 'content/permalinks.lock.json'), 'utf8')) as PermalinkLock;
    const built = await readBuiltPages(dist);
    const missing = built.flatMap((p) => [p.path, ...(p.html.includes('name="kb:redirect"') ? [] : publishedAnchors(p.html)).map((a) => `${p.path}#${a}`)])
      .filter((link) => { const [path, anchor] = link.split('#'); return !lock.pages[path!] || (anchor !== undefined && !lock.pages[path!]!.includes(anchor)); });
    expect(missing).toEqual([]);
  });

  it('finds every recorded link still landing', async () => {
    const lock = JSON.parse(await readFile(join(ROOT, 'content/permalinks.lock.json'), 'utf8')) as PermalinkLock;
    const built = await readBuiltPages(dist);
    expect(brokenPermalinks(lock, new Map(built.map((p) => [p.path, readLanding(p.html)])))).toEqual([]);
  });
});
