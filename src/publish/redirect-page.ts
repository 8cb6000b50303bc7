import { escapeHtml } from '../lib/html.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, cspHash } from '../lib/csp.ts';
import { headTags, type HeadInput } from '../lib/page-head.ts';
import { SITE } from '../lib/site.ts';

export interface RedirectPage extends HeadInput {
  /** Where to send the reader: a base-prefixed path, optionally with `#anchor`. */
  to: string;
  /** The visible text, for the moment before the redirect (or without JavaScript): a heading and paragraphs of HTML. */
  heading: string;
  paragraphs: string[];
  /** More HTML after the paragraphs (a claim's change notice). */
  body?: string;
  /**
   * Whether readers without JavaScript are sent on too (a meta refresh); false for a page that
   * has something to say first (an old version of a claim). The default is true.
   */
  refresh?: boolean;
  /** The redirect script (src/scripts/inline/redirect.js), inlined and hashed into the page's CSP. */
  script: string;
  /** More of the head, as HTML: a claim's JSON-LD and its Markdown link. */
  head?: string;
}

/**
 * A page that only sends the reader on: a moved note's old address, or a claim's share URL.
 * Static hosts cannot redirect with a #fragment, so the page does it: a script keeps the
 * fragment (and any ?highlight) on the way, the meta refresh covers readers without JavaScript.
 * Written as a string rather than through Astro's page pipeline: there is one per claim,
 * thousands on a large site, and Astro spends about a millisecond on every route. Its head is
 * the site's (src/lib/page-head.ts) and its policy the site's (src/lib/csp.ts), with the
 * script's own hash.
 */
export function redirectPageHtml(page: RedirectPage): string {
  const hash = cspHash(page.script);
  const csp = `${CSP_DIRECTIVES.join(';')}; script-src ${SCRIPT_SOURCES.join(' ')} '${hash}'; style-src 'self'`;
  return (
    `<!DOCTYPE html><html lang="${SITE.lang}"><head>${headTags({ robots: 'noindex, follow', ...page })}` +
    `<meta http-equiv="content-security-policy" content="${escapeHtml(csp)}">` +
    `<meta name="kb:redirect" content="${escapeHtml(page.to)}">` +
    (page.refresh === false
      ? ''
      : `<meta http-equiv="refresh" content="0; url=${escapeHtml(page.to)}">`) +
    `<script>${page.script}</script>${page.head ?? ''}</head>` +
    `<body><main id="main" class="redirect-page"><h1>${escapeHtml(page.heading)}</h1>${page.paragraphs.map((p) => `<p>${p}</p>`).join('')}${page.body ?? ''}</main></body></html>`
  );
}
