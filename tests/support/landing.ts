/**
 * What a built page offers a link, read from its HTML: the tests' independent view of what
 * readers get, to hold against what the model says each page publishes (src/model/published.ts).
 */
import type { Landing } from '../../src/lib/permalinks.ts';
import { ANCHOR_ALIASES_ID, CLAIM } from '../../src/lib/markup.ts';

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The part of a page a reader links into: <main> without its navigation (the table of contents). */
function mainContent(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return main.replace(/<nav\b[\s\S]*?<\/nav>/g, '');
}

/** Headings the Markdown engine adds itself (GFM's "Footnotes"): not the author's to keep. */
const GENERATED = new Set(['footnote-label']);

/** Anchors a page publishes: ids of its h2–h4 headings and of its claims. */
export function publishedAnchors(html: string): string[] {
  const main = mainContent(html);
  const headings = [...main.matchAll(/<h[234]\b[^>]*?\sid="([^"]+)"/g)]
    .map((m) => decode(m[1]!))
    .filter((id) => !GENERATED.has(id));
  const claims = [...main.matchAll(new RegExp(`\\s${CLAIM.id}="([^"]+)"`, 'g'))].map((m) =>
    decode(m[1]!),
  );
  return [...new Set([...headings, ...claims])];
}

/** Reads a built page's landing information. `base` is stripped from redirect targets and aliases. */
export function readLanding(html: string, base = '/'): Landing {
  const strip = (url: string) =>
    base !== '/' && url.startsWith(base) ? `/${url.slice(base.length)}` : url;
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
  const json = new RegExp(
    `<script type="application/json" id="${ANCHOR_ALIASES_ID}">([\\s\\S]*?)</script>`,
  ).exec(html)?.[1];
  const aliases = Object.fromEntries(
    Object.entries(json ? (JSON.parse(json) as Record<string, string>) : {}).map(([k, v]) => [
      k,
      strip(v),
    ]),
  );
  const redirect = /<meta name="kb:redirect" content="([^"]+)"/.exec(html)?.[1];
  return { ids, aliases, ...(redirect ? { redirect: strip(decode(redirect)) } : {}) };
}
