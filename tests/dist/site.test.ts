import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadContentModel } from '../support/content.ts';
import {
  attributeValues,
  countTags,
  elementsWith,
  readPages,
  renderHoldEnd,
} from '../support/html.ts';
import { CLAIM } from '../../src/lib/markup.ts';
import { brokenInternalLinks } from '../support/link-check.ts';
import type { Model } from '../../src/model/types.ts';
import outline from '../fixtures/outline-claims.json' with { type: 'json' };

const dist = inject('dist');
let model: Model;
let pages: Awaited<ReturnType<typeof readPages>>;
const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page at ${url}`);
  return found;
};

beforeAll(async () => {
  [model, pages] = await Promise.all([loadContentModel(), readPages(dist)]);
});

describe('the built site', () => {
  it('has a page for every theme and every note', () => {
    const urls = new Set(pages.map((p) => p.url));
    for (const theme of model.themes) expect(urls).toContain(`/${theme.slug}/`);
    for (const note of model.notes) expect(urls).toContain(`/${note.id}/`);
    expect(model.notes.length).toBeGreaterThanOrEqual(10);
  });

  it('publishes the five themes in order', () => {
    expect(model.themes.map((t) => t.slug)).toEqual(['scale', 'architecture', 'synthetic-data', 'evaluation', 'llama-4-and-agents']);
  });

  it('gives every page one h1, a title, a meta description and a language', () => {
    for (const { url, html } of pages) {
      expect(countTags(html, 'h1'), url).toBe(1);
      expect(html, url).toMatch(/<html lang="en"/);
      expect(html, url).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(html, url).toMatch(/<meta name="description" content="[^"]{20,}"/);
    }
  });

  it('never repeats an id within a page', () => {
    for (const { url, html } of pages) {
      const ids = attributeValues(html, 'id');
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(repeated, url).toEqual([]);
    }
  });

  it('holds its content until the page is parsed past <main> (the stylesheet\'s render hold)', () => {
    // Redirect and share pages are a line of text that forwards at once; the rest are full pages.
    const framed = pages.filter((p) => p.html.includes('<main') && !p.html.includes('http-equiv="refresh"'));
    expect(framed.length).toBeGreaterThan(40);
    for (const { url, html } of framed) {
      const target = renderHoldEnd(html);
      expect(target, url).toBeDefined();
      expect(html.indexOf(` id="${target}"`), url).toBeGreaterThan(html.indexOf('</main>'));
    }
    // A page that carries the hold without the element that ends it would stay blank for good.
    for (const { url, html } of pages) {
      const target = renderHoldEnd(html);
      if (target) expect(html, url).toContain(` id="${target}"`);
    }
  });

  it('holds no frame in <head>: no render-blocking expect link, no font preload there', () => {
    // Either one kept Chromium from showing a frame until the page's long first layout, and
    // Chromium as Lighthouse starts it then showed the page a second late (docs/performance.md).
    for (const { url, html } of pages) {
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, url).not.toMatch(/blocking="render"/);
      expect(head, url).not.toMatch(/<link rel="preload"[^>]*as="font"/);
    }
  });

  it('preloads the regular serif and the sans at the top of <body>', () => {
    const { html } = page('/scale/why-405b/');
    const body = html.slice(html.indexOf('<body'));
    const preloads = [...body.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]!);
    // The faces the page's CSS declares for those two: the regular serif's file, the sans' file.
    const file = (family: string, weight: string) =>
      new RegExp(`@font-face\\{font-family:"${family}[^"]*";src:url\\("([^"]+)"\\)[^}]*font-weight:${weight};font-style:normal`).exec(html)?.[1];
    expect(preloads.sort()).toEqual([file('Source Serif 4', '400'), file('Source Sans 3', '200 900')].sort());
    expect(body.indexOf('<link rel="preload"')).toBeLessThan(body.indexOf('<header'));
  });

  it('resolves every internal link and #anchor (linkinator)', async () => {
    expect(await brokenInternalLinks(dist)).toEqual([]);
  });

  it('marks every link to another site: no opener, no referrer, and the external cue', () => {
    for (const { url, html } of pages) {
      for (const tag of html.match(/<a\b[^>]*\shref="https?:\/\/(?!localhost:4321)[^"]*"[^>]*>/g) ?? []) {
        expect(tag, url).toMatch(/\srel="[^"]*noopener noreferrer[^"]*"/);
        expect(tag, url).toMatch(/\sclass="ext"/);
      }
    }
  });

  it('lists the hash of every inline script in the page\'s Content-Security-Policy', () => {
    for (const { url, html } of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="[^"]*script-src ([^;"]*)/.exec(html)?.[1];
      expect(csp, url).toBeDefined();
      expect(csp, url).not.toContain("'unsafe-inline'");
      for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=|type="application\/(?:ld\+)?json"/.test(attributes!)) continue;
        expect(csp, `${url}: inline script ${code!.slice(0, 40)}`).toContain(`'sha256-${createHash('sha256').update(code!).digest('base64')}'`);
      }
    }
  });

  it("allows no inline code but the page's own: every hash in its policy is of a script or style in it", () => {
    const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    for (const { url, html } of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const inline = new Set([...html.matchAll(/<(script|style)\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => sha(m[2]!)));
      const listed = policy.match(/'sha256-[^']+'/g) ?? [];
      expect(listed.filter((hash) => !inline.has(hash)), url).toEqual([]);
    }
  });

  it('does not fetch anything from another origin to render a page', () => {
    for (const { url, html } of pages) {
      const assets = [...html.matchAll(/<(?:script|img|iframe|source)\b[^>]*\ssrc="([^"]+)"|<link\b[^>]*\shref="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
      expect(assets.filter((a) => /^(?:https?:)?\/\//.test(a) && !a.startsWith('http://localhost')), url).toEqual([]);
    }
  });
});

describe('claims', () => {
  it('maps every point of the outline to one claim (27 points under six headings)', async () => {
    const text = await readFile(join(import.meta.dirname, '../fixtures/outline.txt'), 'utf8');
    const points = text.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    expect(outline.map((o) => o.point)).toEqual(points);
    expect(points).toHaveLength(27);
    expect(new Set(outline.map((o) => o.heading)).size).toBe(6);
  });

  it.each(outline.map((o) => [o.claim, o.theme, o.point]))('publishes %s in the %s theme ("%s")', (id, theme) => {
    const claim = model.claims.get(id);
    expect(claim, `claim ${id} is declared`).toBeDefined();
    expect(claim!.note.theme.slug).toBe(theme);
    const { html } = page(`/${claim!.note.id}/`);
    const elements = elementsWith(html, CLAIM.id, id);
    expect(elements.map((e) => e.name)).toEqual(['div']);
    const { attributes } = elements[0]!;
    expect([attributes.class, attributes.id, attributes[CLAIM.status]]).toEqual(['claim', id, claim!.status]);
    expect(attributes['data-pagefind-title']).toMatch(/^Claim: [^"]+$/);
  });

  it('renders every declared claim exactly once, and nothing else as a claim', () => {
    const rendered = pages.flatMap((p) => attributeValues(p.html, CLAIM.id));
    expect(rendered.sort()).toEqual([...model.claims.keys()].sort());
  });

  it.each(outline.map((o) => [o.claim, o.status, o.why]))('gives %s the status facts.md supports: %s (%s)', (id, status) => {
    expect(model.claims.get(id)!.status).toBe(status);
  });
});

describe('the search index', () => {
  it('holds every note', async () => {
    const entry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(model.notes.length);
  });

  it('indexes note prose only: one data-pagefind-body per note page, none elsewhere', () => {
    for (const { url, html } of pages) {
      const isNote = model.noteById.has(url.slice(1, -1));
      expect([...html.matchAll(/data-pagefind-body/g)].length, url).toBe(isNote ? 1 : 0);
    }
  });

  it('tags every note with its theme as a filter and keeps chrome out', () => {
    for (const note of model.notes) {
      const { html } = page(`/${note.id}/`);
      expect(html).toContain(`<span data-pagefind-filter="theme" data-pagefind-meta="theme">${note.theme.title}</span>`);
      expect(html).toMatch(/<header class="site-header" data-pagefind-ignore="all"/);
      expect(html).toMatch(/<nav id="site-nav"[^>]*data-pagefind-ignore="all"/);
      expect(html).toMatch(/<footer class="site-footer" data-pagefind-ignore="all"/);
    }
  });
});
