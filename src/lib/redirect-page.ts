import { createHash } from 'node:crypto';
import { escapeHtml } from './html.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './csp.ts';
import type { MetaTag } from './social-meta.ts';
import { SITE } from './site.ts';
import { truncate } from './typography.ts';

export interface RedirectPage {
  title: string;
  description: string;
  /** Where to send the reader: a base-prefixed path, optionally with `#anchor`. */
  to: string;
  /** This page's canonical URL: the destination for a moved note, itself for a share URL. */
  canonical: string;
  /** The visible text, for the moment before the redirect (or without JavaScript): a heading and paragraphs of HTML. */
  heading: string;
  paragraphs: string[];
  meta?: MetaTag[];
  /** The redirect script (src/scripts/inline/redirect.js), inlined and hashed into the page's CSP. */
  script: string;
}

/**
 * A page that only sends the reader on: a moved note's old address, or a claim's share URL.
 * Static hosts cannot redirect with a #fragment, so the page does it: a script keeps the
 * fragment (and any ?highlight) on the way, the meta refresh covers readers without JavaScript,
 * and `kb:redirect` tells the permalink check where the page leads. Written as a string, not
 * through Astro's page pipeline: there is one per claim, thousands on a large site, and each
 * costs a fraction of a millisecond this way. It carries the site's CSP itself.
 */
export function redirectPageHtml(page: RedirectPage): string {
  const hash = `sha256-${createHash('sha256').update(page.script).digest('base64')}`;
  const csp = `${CSP_DIRECTIVES.join(';')}; script-src ${SCRIPT_SOURCES.join(' ')} '${hash}'; style-src 'self'`;
  const meta = (page.meta ?? []).map((tag) => `<meta ${'property' in tag ? `property="${tag.property}"` : `name="${tag.name}"`} content="${escapeHtml(tag.content)}">`).join('');
  return `<!DOCTYPE html><html lang="${SITE.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta http-equiv="content-security-policy" content="${escapeHtml(csp)}">`
    + `<title>${escapeHtml(truncate(page.title, 70 - SITE.name.length - 3))} · ${escapeHtml(SITE.name)}</title>`
    + `<meta name="description" content="${escapeHtml(page.description)}"><link rel="canonical" href="${escapeHtml(page.canonical)}">`
    + `<meta name="robots" content="noindex, follow"><meta name="kb:redirect" content="${escapeHtml(page.to)}"><meta http-equiv="refresh" content="0; url=${escapeHtml(page.to)}">`
    + `${meta}<script>${page.script}</script></head>`
    + `<body><main id="main" class="redirect-page"><h1>${escapeHtml(page.heading)}</h1>${page.paragraphs.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;
}
