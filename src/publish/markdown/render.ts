/**
 * The Markdown twin of a note (`/<theme>/<note>/index.md`) and of each of its claims
 * (`/c/<id>/index.md`): the note as a reader sees it, written from the model and the note's prose
 * tree, never from the HTML. The page links to its twin with `<link rel="alternate"
 * type="text/markdown">`; "Copy as Markdown" copies these files; llms-full.txt joins the notes.
 */
import type { Heading, List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import type { ProseTree } from '../../model/prose.ts';
import type { Note } from '../../model/types.ts';
import { citedSources } from '../../model/published.ts';
import { SECTION_IDS } from '../../lib/markup.ts';
import { formatDate } from '../../lib/dates.ts';
import { noteLocators, locatorUrl } from '../../lib/sources.ts';
import { sitePaths } from '../../lib/urls.ts';
import { authorName } from '../../schemas/source.ts';
import { claimBlock } from './claim-block.ts';
import type { MarkdownSite } from './links.ts';
import { proseToMarkdown, type MathNode } from './prose.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, value: string): PhrasingContent => ({
  type: 'link',
  url,
  children: [text(value)],
});

const heading: Handle = (node: Heading, parent, state, info) => {
  const id = (node.data as { id?: string } | undefined)?.id;
  const line = defaultHandlers.heading(node, parent, state, info);
  return id ? `${line} {#${id}}` : line;
};

const OPTIONS: Options = {
  bullet: '-',
  emphasis: '*',
  rule: '-',
  extensions: [gfmToMarkdown()],
  // TeX nodes are ours (prose.ts), so the handler table is widened to name them.
  handlers: {
    heading,
    inlineMath: ((node: MathNode) => `$${node.value}$`) as Handle,
    math: ((node: MathNode) => `$$\n${node.value}\n$$`) as Handle,
  } as Options['handlers'],
  // A dollar sign in prose would open a formula in Markdown that reads `$…$` as TeX.
  unsafe: [{ character: '$', inConstruct: 'phrasing' }],
};

/** Serialises Markdown nodes with the site's settings (GFM, TeX between `$`). */
export function serialize(children: RootContent[]): string {
  return toMarkdown({ type: 'root', children }, OPTIONS);
}

/** The note's reference list, as on the page: each source in full, and where the note cites it. */
function references(note: Note, site: MarkdownSite): RootContent[] {
  const locators = noteLocators(note);
  const items = citedSources(note).flatMap((key): ListItem[] => {
    const s = site.model.sources.get(key);
    if (!s) return [];
    const line: PhrasingContent[] = [
      text(`${s.authors.map(authorName).join(', ')} (${s.year}). `),
      { type: 'emphasis', children: [text(s.title)] },
      text(`.${s.container ? ` ${s.container}.` : ''} `),
      link(s.url, s.arxiv ? `arXiv:${s.arxiv}` : new URL(s.url).hostname),
      ...(s.doi ? [text(' · DOI '), link(`https://doi.org/${s.doi}`, s.doi)] : []),
      ...(s.video ? [text(' · '), link(s.video, 'video')] : []),
    ];
    const at = locators.get(key) ?? [];
    if (at.length) {
      line.push(text(' · Cited here at '));
      at.forEach((place, i) => {
        const href = locatorUrl(s, place);
        line.push(...(i ? [text(', ')] : []), href === s.url ? text(place) : link(href, place));
      });
    }
    return [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: line }] }];
  });
  if (!items.length) return [];
  const list: List = { type: 'list', ordered: true, start: 1, spread: false, children: items };
  const title: Heading = {
    type: 'heading',
    depth: 2,
    children: [text('References')],
    data: { id: SECTION_IDS.references } as Heading['data'],
  };
  return [title, list];
}

/** The note's title, lead and facts, as at the top of its page. */
function header(note: Note, site: MarkdownSite): RootContent[] {
  return [
    { type: 'heading', depth: 1, children: [text(note.title)] },
    { type: 'paragraph', children: [text(note.description)] },
    {
      type: 'paragraph',
      children: [
        link(site.url(sitePaths.theme(note.theme.slug)), note.theme.title),
        text(` · Updated ${formatDate(note.updated)} · `),
        link(site.url(sitePaths.note(note.id)), site.url(sitePaths.note(note.id))),
      ],
    },
  ];
}

export interface NoteMarkdown {
  /** The whole note. */
  markdown: string;
  /** Each claim on its own, with the note it comes from, by claim id. */
  claims: Map<string, string>;
}

/** A note's Markdown twin, and its claims', from the model and the note's prose tree. */
export function noteMarkdown(note: Note, prose: ProseTree, siteFor: MarkdownSite): NoteMarkdown {
  const site = siteFor.forNote(note);
  const inside = new Map<string, RootContent[]>();
  const body = proseToMarkdown(prose, note, site, inside);
  const markdown = serialize([...header(note, site), ...body, ...references(note, site)]);
  const claims = new Map(
    note.claims.map((claim) => [
      claim.id,
      serialize([claimBlock(claim, note, site, inside.get(claim.id), true)]),
    ]),
  );
  return { markdown, claims };
}
