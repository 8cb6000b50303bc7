/**
 * What the Markdown twins need to know of the site: absolute URLs (SITE_URL + BASE_PATH, from
 * src/lib/urls.ts) for links written in a note, and citations as links to the place they cite.
 */
import type { PhrasingContent } from 'mdast';
import { resolveLink } from '../../model/links.ts';
import type { Model, Note, Source } from '../../model/types.ts';
import type { Citation } from '../../schemas/claim.ts';
import { locatorUrl } from '../../lib/sources.ts';
import { absoluteUrl, sitePaths, withAnchor, type SitePath, type Urls } from '../../lib/urls.ts';

export interface MarkdownSite {
  model: Model;
  /** A site path (and anchor) as an absolute URL. */
  url(path: SitePath, anchor?: string): string;
  /** A link as written in the current note, made absolute (other sites' links as they are). */
  absolute(href: string): string;
  /** The same site, resolving links as written in `note`. */
  forNote(note: Note): MarkdownSite;
}

/** The URL builders of one build: its origin (SITE_URL) and base (BASE_PATH). */
export function markdownSite(model: Model, site: URL, urls: Urls, from?: Note): MarkdownSite {
  const url = (path: SitePath, anchor?: string) => {
    const page = absoluteUrl(site, urls.path(path));
    return anchor ? withAnchor(page, anchor) : page;
  };
  return {
    model,
    url,
    absolute: (href) => {
      if (!from) return href;
      const target = resolveLink(href, sitePaths.note(from.id));
      return target.kind === 'site' ? url(target.path, target.anchor) : href;
    },
    forNote: (note) => markdownSite(model, site, urls, note),
  };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, value: string): PhrasingContent => ({
  type: 'link',
  url,
  children: [text(value)],
});

/** "Llama 3 paper, §3.2.1" linked to that place in the source (a video at its second). */
export function sourceLink(source: Source, at: string): PhrasingContent {
  return link(locatorUrl(source, at), `${source.short}, ${at}`);
}

/** `<Cite>` as the page shows it, in brackets: `[Llama 3 paper, §3.2.1]`, one link. */
export function citeLink(site: MarkdownSite, citation: Citation): PhrasingContent[] {
  return citeLinks(site, [citation]);
}

/** Several citations in one pair of brackets, as a chart's caption shows them: `[A, §2; B, 01:05]`. */
export function citeLinks(site: MarkdownSite, citations: Citation[]): PhrasingContent[] {
  const links = citations.flatMap((c) => {
    const source = site.model.sources.get(c.source);
    return source ? [sourceLink(source, c.at)] : [];
  });
  if (!links.length) return [];
  return [text('['), ...links.flatMap((l, i) => (i ? [text('; '), l] : [l])), text(']')];
}

/** A claim's sources: "Decided by X; see also Y, Z." */
export function decidedBy(site: MarkdownSite, citations: Citation[]): PhrasingContent[] {
  const links = citations.flatMap((c) => {
    const source = site.model.sources.get(c.source);
    return source ? [sourceLink(source, c.at)] : [];
  });
  const [first, ...rest] = links;
  if (!first) return [];
  return [
    text('Decided by '),
    first,
    ...(rest.length
      ? [text('; see also '), ...rest.flatMap((l, i) => (i ? [text(', '), l] : [l]))]
      : []),
    text('.'),
  ];
}
