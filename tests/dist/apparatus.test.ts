import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentModel } from '../support/content.ts';
import { attributeValues, readPages } from '../support/html.ts';
import { CLAIM, SECTION_IDS } from '../../src/lib/markup.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { locatorUrl } from '../../src/lib/sources.ts';
import type { Citation } from '../../src/schemas/claim.ts';
import type { Model } from '../../src/model/types.ts';

const dist = inject('dist');
const SITE = 'http://localhost:4321';
let model: Model;
let pages: Awaited<ReturnType<typeof readPages>>;
const html = (url: string) => pages.find((p) => p.url === url)!.html;
/** The prose of a note page: the article up to the reference list, without tooltips and link labels. */
const prose = (page: string) => withoutSidenotes((/<article[\s\S]*?<\/article>/.exec(page)?.[0] ?? '').split('<div data-pagefind-ignore="all">')[0]!);

/** HTML without the sidenotes, which copy footnotes (counted once, where they end the note). */
function withoutSidenotes(html: string): string {
  let out = html;
  for (let start = out.indexOf('<span class="sidenote"'); start >= 0; start = out.indexOf('<span class="sidenote"')) {
    let depth = 0;
    let end = start;
    for (const m of out.slice(start).matchAll(/<span\b|<\/span>/g)) {
      depth += m[0] === '</span>' ? -1 : 1;
      if (depth === 0) {
        end = start + m.index + m[0].length;
        break;
      }
    }
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

beforeAll(async () => {
  [model, pages] = await Promise.all([loadContentModel(), readPages(dist)]);
});

/** The text of HTML as a reader gets it (the few entities Astro writes decoded). */
const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&(quot|#34|#39|#x27|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', '#34': '"', '#39': "'", '#x27': "'", lt: '<', gt: '>', amp: '&' })[e]!);

/** One citation in a note: a single link, "source, locator", to the source's entry in the note's reference list. */
const citationLink = (c: Citation) => `<a class="source-link" href="#${SECTION_IDS.reference(c.source)}"><span>${escapeHtml(model.sources.get(c.source)!.short)},</span> <span>${escapeHtml(c.at)}</span></a>`;

/** A note's reference-list entry for a source. */
const referenceEntry = (page: string, key: string) => new RegExp(`<li id="${SECTION_IDS.reference(key)}">([\\s\\S]*?)</li>`).exec(page)?.[1] ?? '';

/** How a reference entry gives a cited place: linked where it has its own deep link (a video second), named otherwise. */
const locatorInEntry = (c: Citation) => {
  const source = model.sources.get(c.source)!;
  const href = locatorUrl(source, c.at);
  return href === source.url ? `<span>${escapeHtml(c.at)}</span>` : `<a href="${escapeHtml(href)}" rel="noopener noreferrer" class="ext">${escapeHtml(c.at)}</a>`;
};

describe('claims and their sources', () => {
  it('shows every claim with a status badge, its reason and its sources, each place in them kept in the reference list', () => {
    for (const claim of model.claims.values()) {
      const page = html(`/${claim.note.id}/`);
      const block = new RegExp(`\\s${CLAIM.id}="${claim.id}"[\\s\\S]*?<p class="claim-verdict">([\\s\\S]*?)</p>`).exec(page)![1]!;
      expect(block, claim.id).toMatch(new RegExp(`<span class="status status-${claim.status}" data-pagefind-ignore>`));
      expect(block).toContain('class="claim-reason"');
      expect(block.replace('&nbsp;', '\u00a0')).toContain(`Decided by\u00a0${citationLink(claim.sources[0]!)}`);
      for (const citation of claim.sources) {
        expect(block, claim.id).toContain(citationLink(citation));
        expect(referenceEntry(page, citation.source), `${claim.id} ${citation.at}`).toContain(locatorInEntry(citation));
      }
    }
  });

  it('links interview timestamps to the video at that second', () => {
    const page = html('/scale/why-405b/');
    expect(page).toContain(`<a class="source-link" href="#${SECTION_IDS.reference('latent-space-llama-3')}"><span>Latent Space interview,</span> <span>08:35</span></a>`);
    expect(referenceEntry(page, 'latent-space-llama-3')).toContain('<a href="https://www.youtube.com/watch?v=uLR8nSrhk_w&amp;t=515s" rel="noopener noreferrer" class="ext">08:35</a>');
  });
});

describe('citations in the prose', () => {
  it('are one link each, joined to the word before, with their place kept in the reference list', () => {
    for (const note of model.notes) {
      const page = html(`/${note.id}/`);
      // A chart's caption cites its sources itself (tests/dist/charts.test.ts).
      const text = prose(page).replace(/<figure\b[\s\S]*?<\/figure>/g, '');
      const cites = [...text.matchAll(/(.)<span class="cite" data-pagefind-ignore>\[(.*?)\]<\/span>/gs)];
      expect(cites.length, note.id).toBe(note.citations.length - note.charts.flatMap((chart) => chart.sources).length);
      for (const [, before, inside] of cites) {
        expect(before, `${note.id}: a citation after a breaking space`).not.toMatch(/[ \t\r\n]/);
        expect(inside!.match(/<a\s/g), `${note.id}: ${inside}`).toHaveLength(1);
      }
      for (const citation of note.citations) {
        expect(page, note.id).toContain(`[${citationLink(citation)}]</span>`);
        expect(referenceEntry(page, citation.source), `${note.id} ${citation.at}`).toContain(locatorInEntry(citation));
      }
    }
    expect(model.notes.reduce((n, note) => n + note.citations.length, 0)).toBeGreaterThan(100);
  });
});

describe('the bibliography', () => {
  it('lists every source, each cited by something or marked as background', () => {
    const page = html('/sources/');
    for (const source of model.sources.values()) {
      const section = new RegExp(`<section class="source" aria-labelledby="${source.id}">([\\s\\S]*?)</section>`).exec(page)?.[1];
      expect(section, source.id).toBeDefined();
      const cited = /Cited by \d+ claim/.test(section!) || /In the references of:/.test(section!) || model.terms.size > 0 && [...model.terms.values()].some((t) => t.sources.some((s) => s.source === source.id));
      expect(cited || section!.includes('Background: listed for context'), `${source.id} is neither cited nor background`).toBe(true);
      expect(cited && source.background, `${source.id} is cited, so it is not background`).toBe(false);
      expect(section).toContain(`@misc{${source.id},`);
    }
  });

  it('offers the whole bibliography as BibTeX and as JSON', async () => {
    const bib = await readFile(join(dist, 'sources.bib'), 'utf8');
    expect(bib.match(/^@misc\{/gm)).toHaveLength(model.sources.size);
    const json = JSON.parse(await readFile(join(dist, 'sources.json'), 'utf8'));
    expect(json.sources.map((s: { key: string }) => s.key).sort()).toEqual([...model.sources.keys()].sort());
    for (const s of json.sources) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['key', 'kind', 'title', 'authors', 'year', 'url', 'background', 'cited_by']));
    }
  });

  it('gives the Llama 3 paper its one corporate author, and ends a cut-short author list with "others"', async () => {
    const bib = await readFile(join(dist, 'sources.bib'), 'utf8');
    const author = (key: string) => new RegExp(`@misc\\{${key},[^@]*?\\n  author +?= \\{(.*)\\},\\n`).exec(bib)?.[1];
    expect(author('llama-3-paper')).toBe('{Llama Team, AI @ Meta}');
    expect(author('llama-2-paper')).toBe('Touvron, Hugo and Martin, Louis and Stone, Kevin and others');
  });
});

describe('claims.json', () => {
  it('holds exactly the claims on the pages, with the documented shape', async () => {
    const { site, claims } = JSON.parse(await readFile(join(dist, 'claims.json'), 'utf8'));
    expect(site).toBe(`${SITE}/`);
    const onPages = pages.filter((p) => !p.url.startsWith('/c/')).flatMap((p) => attributeValues(p.html, CLAIM.id).map((id) => ({ id, page: p.url })));
    expect(claims.map((c: { id: string }) => c.id).sort()).toEqual(onPages.map((c) => c.id).sort());
    for (const c of claims) {
      const claim = model.claims.get(c.id)!;
      const note = claim.note;
      expect(c).toEqual({
        id: c.id, aliases: expect.any(Array), theme: note.theme.slug,
        note: { title: note.title, url: `${SITE}/${note.id}/` },
        url: `${SITE}/${note.id}/#${c.id}`, share_url: `${SITE}/c/${c.id}/`,
        version: claim.versions.length, history_url: `${SITE}/c/${c.id}/history/`,
        text: claim.text, status: claim.status, reason: claim.reason,
        sources: expect.arrayContaining([expect.objectContaining({ key: expect.any(String), at: expect.any(String), url: expect.stringMatching(/^https:\/\//) })]),
        versions: claim.versions.map((v) => ({
          version: v.version, date: v.date, url: `${SITE}/c/${c.id}/v/${v.version}/`,
          text: v.text, status: v.status, reason: v.reason, source: { key: v.source.source, at: v.source.at },
          ...(v.minor ? { minor: true } : {}),
        })),
      });
      expect(c.versions.at(-1)).toMatchObject({ text: c.text, status: c.status, reason: c.reason, source: { key: c.sources[0].key, at: c.sources[0].at } });
      expect(onPages.find((p) => p.id === c.id)!.page).toBe(`/${note.id}/`);
    }
  });
});

describe('connections between notes', () => {
  it('lists, under "Referenced by", exactly the notes whose prose links to a note', () => {
    const linksTo = new Map<string, Set<string>>();
    for (const note of model.notes) {
      for (const href of attributeValues(prose(html(`/${note.id}/`)), 'href')) {
        const target = model.notes.find((n) => href.split('#')[0] === `/${n.id}/`);
        if (target && target !== note) linksTo.set(target.id, (linksTo.get(target.id) ?? new Set()).add(`/${note.id}/`));
      }
    }
    for (const note of model.notes) {
      const section = /<section class="backlinks"[\s\S]*?<\/section>/.exec(html(`/${note.id}/`))?.[0] ?? '';
      const listed = new Set([...section.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]!));
      expect(listed, note.id).toEqual(linksTo.get(note.id) ?? new Set());
    }
  });

  it('quotes under "Referenced by" each linking sentence as the note reads, its formulas rendered', () => {
    let formulas = 0;
    for (const [id, backlinks] of model.backlinks) {
      const section = /<section class="backlinks"[\s\S]*?<\/section>/.exec(html(`/${id}/`))?.[0] ?? '';
      const quotes = [...section.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => m[1]!);
      // A formula reads as MathML; its TeX annotation stands in for it to compare with the source.
      const asText = quotes.map((q) => decode(q.replace(/<math[\s\S]*?<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>[\s\S]*?<\/math>/g, '$1')));
      for (const { sentence } of backlinks) expect(asText, id).toContain(sentence);
      formulas += quotes.filter((q) => q.includes('<math')).length;
    }
    // beyond-chinchilla quotes Meta's law, N*(C) = A·C^α, on why-405b.
    expect(formulas).toBeGreaterThan(0);
  });

  it('links the notes where the ideas meet, both ways', () => {
    const pairs = [
      ['scale/beyond-chinchilla', 'scale/serving-405b-in-fp8'],
      ['scale/serving-405b-in-fp8', 'scale/why-405b'],
      ['scale/beyond-chinchilla', 'scale/why-405b'],
      ['synthetic-data/synthetic-post-training', 'synthetic-data/filtering-the-web'],
      ['synthetic-data/synthetic-post-training', 'evaluation/judges-and-rlhf-rounds'],
      ['synthetic-data/filtering-the-web', 'evaluation/judges-and-rlhf-rounds'],
      ['architecture/dense-vs-moe', 'llama-4-and-agents/llama-4'],
    ];
    const links = (from: string, to: string) => attributeValues(prose(html(`/${from}/`)), 'href').some((h) => h.startsWith(`/${to}/`));
    for (const [a, b] of pairs) {
      expect(links(a!, b!), `${a} → ${b}`).toBe(true);
      expect(links(b!, a!), `${b} → ${a}`).toBe(true);
    }
  });

  it('gives every tag a page listing its notes, linked from the notes', () => {
    for (const note of model.notes) {
      for (const tag of note.tags) {
        expect(html(`/${note.id}/`)).toContain(`<a href="/tags/${tag}/" rel="tag">${tag}</a>`);
        expect(html(`/tags/${tag}/`)).toContain(`href="/${note.id}/"`);
      }
    }
  });
});

describe('the glossary', () => {
  it('has at least 20 terms, each with an anchor, a definition and a source', () => {
    expect(model.terms.size).toBeGreaterThanOrEqual(20);
    const page = html('/glossary/');
    for (const term of model.terms.values()) expect(page).toContain(`<h2 id="${term.id}">`);
  });

  it('links the first use of a term in a note to it; its definition is in the glossary preview file, not the page', () => {
    const previews = JSON.parse(readFileSync(join(dist, 'glossary/preview.json'), 'utf8')) as Record<string, { term: string; definition: string }>;
    for (const term of model.terms.values()) expect(previews[term.id]).toEqual({ term: term.term, definition: term.definition });
    for (const note of model.notes) {
      const page = html(`/${note.id}/`);
      for (const id of note.terms) {
        expect(page).toContain(`<a class="term" href="/glossary/#${id}">`);
        expect(page).not.toContain(model.terms.get(id)!.definition);
      }
    }
    expect(model.notes.reduce((n, note) => n + note.terms.length, 0)).toBeGreaterThan(30);
  });
});

describe('math', () => {
  it('renders the scaling-law formulas as MathML, with no math stylesheet, font or script', () => {
    const mathPages = pages.filter((p) => p.html.includes('<math'));
    expect(mathPages.length).toBeGreaterThan(0);
    for (const { url, html: page } of pages) {
      expect(page, url).not.toMatch(/katex(\.min)?\.(css|js)|KaTeX_/);
    }
    expect(mathPages.some((p) => p.html.includes('<annotation encoding="application/x-tex">'))).toBe(true);
  });
});

describe('the Atom feed', () => {
  it('lists every note, most recently updated first', async () => {
    const feed = await readFile(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const ids = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(model.notes.map((n) => `${SITE}/${n.id}/`).sort());
    const dates = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
