/**
 * The head every page shares — charset, viewport, title, description, canonical URL, robots
 * and social metadata — written once: BaseLayout prints it for Astro's pages, and the pages the
 * publish step writes itself (claim share pages, moved notes' redirects) print the same string.
 */
import { escapeHtml } from './html.ts';
import { SITE } from './site.ts';
import type { MetaTag } from './social-meta.ts';
import { truncate } from './typography.ts';

export interface HeadInput {
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** This page's absolute canonical URL. */
  canonical: string;
  social?: MetaTag[];
  /** e.g. `noindex, follow` for pages that only redirect. */
  robots?: string;
}

/** `Title · Site`, cut near 70 characters as search engines do; the full title stays in the <h1> and og:title. */
export function pageTitle(title: string): string {
  return title === SITE.name
    ? title
    : `${truncate(title, 70 - SITE.name.length - 3)} · ${SITE.name}`;
}

const meta = (tag: MetaTag) =>
  `<meta ${'property' in tag ? `property="${tag.property}"` : `name="${tag.name}"`} content="${escapeHtml(tag.content)}">`;

/** The shared head elements as HTML. */
export function headTags(input: HeadInput): string {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(pageTitle(input.title))}</title>`,
    `<meta name="description" content="${escapeHtml(input.description)}">`,
    `<link rel="canonical" href="${escapeHtml(input.canonical)}">`,
    ...(input.robots ? [`<meta name="robots" content="${escapeHtml(input.robots)}">`] : []),
    ...(input.social ?? []).map(meta),
  ].join('');
}
