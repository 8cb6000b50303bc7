import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Blockquote, Heading, Link, Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { loadContentModel } from '../support/content.ts';
import { resolveLink } from '../../src/model/links.ts';
import { citedSources } from '../../src/model/published.ts';
import { locatorUrl } from '../../src/lib/sources.ts';
import { statusLabel } from '../../src/lib/status.ts';
import { absoluteUrl, createUrls, sitePaths, withAnchor } from '../../src/lib/urls.ts';
import { CLAIM_LEAD } from '../../src/publish/markdown/claim-block.ts';
import { CHART_LEAD } from '../../src/publish/markdown/chart-block.ts';
import { SECTION_IDS } from '../../src/lib/markup.ts';
import type { Model, Note } from '../../src/model/types.ts';

/**
 * The Markdown twins, llms.txt and llms-full.txt of the built site, read back as Markdown and
 * compared with the model the tests build from content/ (tests/support/content.ts): headings and
 * their anchors, claims with their verdicts and sources, and links.
 */
const dist = inject('dist');
const SITE = 'http://localhost:4321';
const urls = createUrls('/');
const url = (path: ReturnType<typeof sitePaths.note>, anchor = '') =>
  anchor ? withAnchor(absoluteUrl(SITE, urls.path(path)), anchor) : absoluteUrl(SITE, urls.path(path));
let model: Model;

beforeAll(async () => {
  model = await loadContentModel();
});

const parse = (text: string): Root =>
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const read = (path: string) => readFile(join(dist, path), 'utf8');
const twins = new Map<string, Promise<Root>>();
/** A note's twin, parsed once for all the tests. */
const twin = (note: Note) => {
  if (!twins.has(note.id))
    twins.set(note.id, read(sitePaths.noteMarkdown(note.id).slice(1)).then(parse));
  return twins.get(note.id)!;
};
const all = <T extends Nodes>(tree: Root, type: T['type']): T[] => {
  const found: T[] = [];
  visit(tree, type, (node) => void found.push(node as T));
  return found;
};
/** A formula reads `$N$` in Markdown and `N` in the model's text of a heading or link. */
const plain = (node: Nodes) => toString(node).replace(/\$/g, '');

/** A claim's block quote, read back: its anchor, statement, verdict line and links. */
function claimsOf(tree: Root) {
  return all<Blockquote>(tree, 'blockquote').flatMap((quote) => {
    const [lead, verdict] = quote.children;
    const m = lead && CLAIM_LEAD.exec(toString(lead));
    if (!m || !verdict) return [];
    const links = all<Link>({ type: 'root', children: [verdict] }, 'link');
    return [{ id: m[1]!, text: toString(lead).replace(CLAIM_LEAD, ''), verdict: toString(verdict), links }];
  });
}

describe('the Markdown twin of every published note', () => {
  it('exists for each note, and for nothing else', async () => {
    const twins = (await readdir(dist, { recursive: true }))
      .filter((f) => f.endsWith('index.md') && !f.startsWith('c/'))
      .map((f) => `/${f.replace(/index\.md$/, '')}`)
      .sort();
    expect(twins).toEqual(model.notes.map((n) => sitePaths.note(n.id) as string).sort());
  });

  it("has the note's title and its headings with the page's anchors, in order", async () => {
    for (const note of model.notes) {
      const headings = all<Heading>(await twin(note), 'heading');
      expect(plain(headings[0]!), note.id).toBe(note.title);
      const own = headings
        .slice(1)
        .map((h) => plain(h))
        .filter((t) => t !== 'References {#references}');
      const expected = note.headings
        .filter((h) => h.id !== 'footnote-label')
        .map((h) => `${h.text} {#${h.id}}`);
      expect(own, note.id).toEqual(expected);
    }
  });

  it('quotes every claim with its anchor, statement, verdict, reason and sources with locators', async () => {
    for (const note of model.notes) {
      const claims = claimsOf(await twin(note));
      expect(claims.map((c) => c.id).sort(), note.id).toEqual(note.claims.map((c) => c.id).sort());
      for (const claim of note.claims) {
        const quoted = claims.find((c) => c.id === claim.id)!;
        expect(quoted.text).toBe(claim.text);
        expect(quoted.verdict.startsWith(`${statusLabel(claim.status)}. ${claim.reason} Decided by `)).toBe(true);
        expect(quoted.links.map((l) => [toString(l), l.url])).toEqual(
          claim.sources.map((c) => {
            const source = model.sources.get(c.source)!;
            return [`${source.short}, ${c.at}`, locatorUrl(source, c.at)];
          }),
        );
      }
    }
  });

  it("carries every link of the note's prose, made absolute, and no relative link", async () => {
    for (const note of model.notes) {
      const tree = await twin(note);
      const links = all<Link>(tree, 'link').map((l) => `${plain(l)} → ${l.url}`);
      for (const link of note.links) {
        const target = resolveLink(link.href, sitePaths.note(note.id));
        const href = target.kind === 'site' ? url(target.path, target.anchor) : link.href;
        expect(links, `${note.id}: ${link.href}`).toContain(`${link.text} → ${href}`);
      }
      expect(all<Link>(tree, 'link').filter((l) => !/^(https?|mailto):/.test(l.url)), note.id).toEqual([]);
    }
  });

  it('ends with the reference list, every source the page lists', async () => {
    for (const note of model.notes) {
      const tree = await twin(note);
      const last = tree.children.at(-1)!;
      const cited = citedSources(note).map((k) => model.sources.get(k)!);
      const previous = tree.children.at(-2)!;
      expect(previous.type === 'heading' && plain(previous), note.id).toBe('References {#references}');
      expect(last.type === 'list' && last.children.map((item) => toString(item)), note.id).toEqual(
        cited.map((source) => expect.stringContaining(source.title)),
      );
    }
  });

  it("shows every chart where it stands, with its title, sources, and its data's numbers as a table", async () => {
    /** How the notes write a number: 1875 → "1,875". */
    const written = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 10 });
    const page = (note: Note) => read(`${sitePaths.note(note.id).slice(1)}index.html`);
    /** The id of the note's last heading before `at` in its page's HTML: the section a figure is in. */
    const sectionIn = (note: Note, html: string, at: number) =>
      [...html.slice(0, at).matchAll(/<h[2-4][^>]*\sid="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((id) => note.headings.some((h) => h.id === id))
        .at(-1);
    for (const note of model.notes.filter((n) => n.charts.length)) {
      const tree = await twin(note);
      const html = await page(note);
      const placed = tree.children.flatMap((node, i) => {
        const m = node.type === 'paragraph' ? CHART_LEAD.exec(toString(node)) : null;
        return m ? [{ anchor: m[1]!, at: i, lead: node }] : [];
      });
      expect(placed.map((p) => p.anchor).sort(), note.id).toEqual(note.charts.map((c) => SECTION_IDS.chart(c.id)).sort());
      for (const chart of note.charts) {
        const { at, lead } = placed.find((p) => p.anchor === SECTION_IDS.chart(chart.id))!;
        expect(toString(lead).replace(CHART_LEAD, '')).toBe(
          `${chart.title} [${chart.sources.map((c) => `${model.sources.get(c.source)!.short}, ${c.at}`).join('; ')}]`,
        );
        expect(all<Link>({ type: 'root', children: [lead] }, 'link').map((l) => l.url)).toEqual(
          chart.sources.map((c) => locatorUrl(model.sources.get(c.source)!, c.at)),
        );
        // Where it stands: under the same heading as the figure on the page.
        const heading = tree.children.slice(0, at).findLast((n): n is Heading => n.type === 'heading');
        const figure = html.indexOf(`id="${SECTION_IDS.chart(chart.id)}"`);
        expect(figure, chart.id).toBeGreaterThan(0);
        const anchor = heading && /\{#([^}]+)\}$/.exec(plain(heading))?.[1];
        expect(anchor, chart.id).toBe(sectionIn(note, html, figure));
        // The table: one row per category, one column per series, every number of the data.
        const table = tree.children.slice(at + 1, at + 3).find((n): n is Table => n.type === 'table');
        expect(table, chart.id).toBeDefined();
        const [head, ...rows] = table!.children.map((r) => r.children.map((c) => toString(c)));
        const series = [...new Set(chart.data.map((d) => d.series ?? ''))];
        const { label, unit } = chart.value;
        // Each column names its unit, once: a quantity whose name holds it is not followed by it.
        const column = (s: string) => (s || !label.toLowerCase().includes(unit.toLowerCase()) ? `${s || label} (${unit})` : label);
        expect(head, chart.id).toEqual([chart.category, ...series.map(column)]);
        const cells = rows.flatMap(([label, ...values]) => values.map((v, i) => `${label} / ${series[i]}: ${v}`));
        const expected = [...new Set(chart.data.map((d) => d.label))].flatMap((label) =>
          series.map((s) => {
            const row = chart.data.find((d) => d.label === label && (d.series ?? '') === s);
            return `${label} / ${s}: ${row ? written(row.value as number) : '–'}`;
          }),
        );
        expect(cells, chart.id).toEqual(expected);
      }
    }
  });

  it("gives every claim (and each old id) its own Markdown next to its share page, the note's quote plus where it is from", async () => {
    for (const claim of model.claims.values()) {
      const note = await read(sitePaths.noteMarkdown(claim.note.id).slice(1));
      for (const id of [claim.id, ...claim.aliases]) {
        const own = await read(sitePaths.claimMarkdown(id).slice(1));
        const from = `>\n> From [${claim.note.title}](${url(sitePaths.note(claim.note.id), claim.id)}), ${claim.note.theme.title}.\n`;
        expect(own.endsWith(from), id).toBe(true);
        expect(note).toContain(own.slice(0, -from.length));
      }
    }
  });
});

describe('llms.txt and llms-full.txt', () => {
  it('lists exactly the published notes, by theme in reading order, each by its Markdown URL and description', async () => {
    const tree = parse(await read('llms.txt'));
    expect(plain(tree.children[0]!)).toBe('Llama 3.1 Notes');
    const sections = all<Heading>(tree, 'heading').filter((h) => h.depth === 2).map((h) => plain(h));
    expect(sections).toEqual([...model.themes.filter((t) => t.notes.length).map((t) => t.title), 'Optional']);
    const listed = tree.children
      .filter((n) => n.type === 'list')
      .slice(0, -1)
      .flatMap((list) => (list as { children: Nodes[] }).children.map((item) => toString(item)));
    const links = all<Link>(tree, 'link').map((l) => l.url);
    expect(listed).toEqual(model.notes.map((n) => `${n.title}: ${n.description}`));
    for (const note of model.notes) expect(links).toContain(url(sitePaths.noteMarkdown(note.id)));
  });

  it('holds every note’s Markdown, in reading order', async () => {
    const full = await read('llms-full.txt');
    let from = 0;
    for (const note of model.notes) {
      const at = full.indexOf(await read(sitePaths.noteMarkdown(note.id).slice(1)), from);
      expect(at, note.id).toBeGreaterThan(from - 1);
      from = at;
    }
  });
});
