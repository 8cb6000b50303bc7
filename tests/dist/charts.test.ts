import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContentModel } from '../support/content.ts';
import { readPages, readerText } from '../support/html.ts';
import { SECTION_IDS } from '../../src/lib/markup.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import type { Model } from '../../src/model/types.ts';

const dist = inject('dist');
let model: Model;
let pages: Awaited<ReturnType<typeof readPages>>;
const html = (url: string) => pages.find((p) => p.url === url)?.html ?? '';

beforeAll(async () => {
  [model, pages] = await Promise.all([loadContentModel(), readPages(dist)]);
});

const text = readerText;
/** How the notes write a number: 1875 → "1,875". */
const written = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 10 });
const charts = () => model.notes.flatMap((note) => note.charts.map((chart) => ({ note, chart })));
const figureOf = (page: string, id: string) =>
  new RegExp(`<figure class="chart" id="${SECTION_IDS.chart(id)}">([\\s\\S]*?)</figure>`).exec(page)?.[1];

describe('charts', () => {
  it('there are at least six, in the notes that hold their data', () => {
    expect(charts().length).toBeGreaterThanOrEqual(6);
  });

  it("their styles are inline on the notes with charts, and only there", () => {
    const charted = new Set(charts().map(({ note }) => note.id));
    for (const note of model.notes) {
      const head = html(`/${note.id}/`).split('</head>')[0]!;
      expect(head.includes('<style>:root{--chart-1:'), note.id).toBe(charted.has(note.id));
      // A stylesheet link would be one more request before the first paint.
      expect(head, note.id).not.toContain('rel="stylesheet"');
    }
  });

  it('each is inline SVG in a figure whose caption cites every source with its locator', () => {
    for (const { note, chart } of charts()) {
      const figure = figureOf(html(`/${note.id}/`), chart.id);
      expect(figure, `${note.id}: figure ${chart.id}`).toBeDefined();
      expect(figure).toMatch(/<svg\b[^>]*viewBox="[^"]+"/);
      const caption = /<figcaption>([\s\S]*?)<\/figcaption>/.exec(figure!)?.[1] ?? '';
      expect(text(caption)).toContain(chart.title);
      for (const s of chart.sources)
        expect(caption).toContain(`href="#${SECTION_IDS.reference(s.source)}"><span>${escapeHtml(model.sources.get(s.source)!.short)},</span> <span>${escapeHtml(s.at)}</span></a>`);
    }
  });

  it('each has a text alternative naming the quantity and its finding, and no size, colour or style of its own', () => {
    for (const { note, chart } of charts()) {
      const svg = /<svg\b[\s\S]*?<\/svg>/.exec(figureOf(html(`/${note.id}/`), chart.id)!)![0];
      const open = /<svg\b[^>]*>/.exec(svg)![0];
      expect(open).toContain('role="img"');
      const [title, desc] = /aria-labelledby="([^"]+)"/.exec(open)![1]!.split(' ');
      expect(text(new RegExp(`<title id="${title}">([^<]*)</title>`).exec(svg)![1]!)).toBe(chart.title);
      expect(text(new RegExp(`<desc id="${desc}">([^<]*)</desc>`).exec(svg)![1]!)).toBe(chart.summary);
      expect(open).not.toMatch(/\s(width|height|style)=/);
      expect(svg, `${chart.id} bakes in a colour`).not.toMatch(/#[0-9a-f]{3,8}\b|\bstyle=|<style/i);
      if (chart.value.scale === 'log') expect(text(svg)).toContain('log scale');
    }
  });

  it('each has a data table, behind "Show data", with exactly the numbers it draws', () => {
    for (const { note, chart } of charts()) {
      const figure = figureOf(html(`/${note.id}/`), chart.id)!;
      const details = /<details class="chart-data"[^>]*>\s*<summary>Show data<\/summary>([\s\S]*?)<\/details>/.exec(figure)?.[1];
      expect(details, `${chart.id}: Show data`).toBeDefined();
      const cells = [...details!.matchAll(/<tr><th scope="row">([^<]*)<\/th>((?:<td>[^<]*<\/td>)+)<\/tr>/g)].flatMap((row) =>
        [...row[2]!.matchAll(/<td>([^<]*)<\/td>/g)].map((cell) => `${text(row[1]!)}: ${cell[1]}`),
      );
      const series = [...new Set(chart.data.map((d) => d.series ?? ''))];
      const expected = [...new Set(chart.data.map((d) => d.label))].flatMap((label) =>
        series.map((s) => {
          const row = chart.data.find((d) => d.label === label && (d.series ?? '') === s);
          return `${label}: ${row ? written(row.value as number) : '–'}`;
        }),
      );
      expect(cells).toEqual(expected);
      // And the chart draws the same numbers: each value is written beside its bar.
      for (const row of chart.data) expect(text(figure.split('<details')[0]!)).toContain(written(row.value as number));
    }
  });
});

describe('the claim map', () => {
  /** What the map must link: every theme, note, claim and deciding source, and nothing else. */
  const expected = () =>
    new Set([
      ...model.themes.map((t) => `/${t.slug}/`),
      ...model.notes.map((n) => `/${n.id}/`),
      ...[...model.claims.values()].map((c) => `/${c.note.id}/#${c.id}`),
      ...[...model.claims.values()].map((c) => `/sources/#${c.sources[0]!.source}`),
    ]);
  const links = (fragment: string) => new Set([...fragment.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((m) => m[1]!));

  it('draws every theme, note, claim and deciding source as a link, and nothing else', () => {
    const svg = /<svg class="claim-map"[\s\S]*?<\/svg>/.exec(html('/map/'))?.[0] ?? '';
    expect([...links(svg)].sort()).toEqual([...expected()].sort());
  });

  it('lists the same in its nested list, with each claim\'s verdict in words', () => {
    const list = /<ul class="map-list">([\s\S]*?)<h2/.exec(html('/map/'))?.[1] ?? '';
    expect([...links(list)].sort()).toEqual([...expected()].sort());
    for (const claim of model.claims.values())
      expect(text(list)).toContain(`${claim.status[0]!.toUpperCase()}${claim.status.slice(1)}: ${claim.text}`);
  });

  it('gives each note with claims its own corner, linking its claims and their deciding sources', () => {
    for (const note of model.notes.filter((n) => n.claims.length)) {
      const corner = /<details class="note-map"[\s\S]*?<\/details>/.exec(html(`/${note.id}/`))?.[0] ?? '';
      for (const claim of note.claims) {
        expect(corner, note.id).toContain(`href="#${claim.id}"`);
        expect(corner, note.id).toContain(`href="#${SECTION_IDS.reference(claim.sources[0]!.source)}"`);
      }
    }
  });
});
