import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, as `{ path, url, html }` (url relative to the base, with `/`). */
export async function readPages(
  dist: string,
): Promise<Array<{ path: string; url: string; html: string }>> {
  const files = (await readdir(dist, { recursive: true })).filter(
    (f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`),
  );
  return Promise.all(
    files.sort().map(async (file) => ({
      path: file,
      url:
        '/' +
        relative('.', file)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '')
          .replace(/\.html$/, '/'),
      html: await readFile(join(dist, file), 'utf8'),
    })),
  );
}

/** Values of an attribute on every element that has it (`id`, `href` …), in document order. */
export function attributeValues(html: string, attribute: string): string[] {
  const re = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** How many times an opening tag appears. */
export function countTags(html: string, tag: string): number {
  return [...html.matchAll(new RegExp(`<${tag}[\\s>]`, 'g'))].length;
}

/**
 * The id whose element ends the page's render hold: the stylesheet's
 * `body:not(:has(#id)) { display: none }` (global.css, "Render hold"), inlined in its head.
 */
export function renderHoldEnd(html: string): string | undefined {
  return /body:not\(:has\(#([\w-]+)\)\)\{display:none\}/.exec(
    html.slice(0, html.indexOf('</head>')),
  )?.[1];
}

/** An opening tag as written: its name and its attributes (a bare attribute has the value ''). */
export interface OpeningTag {
  name: string;
  attributes: Record<string, string>;
}

const OPENING_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=>"'/]+)(?:="([^"]*)")?/g;

/** Every opening tag of an HTML string, parsed, in document order. Values are left as written. */
export function openingTags(html: string): OpeningTag[] {
  return [...html.matchAll(OPENING_TAG)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: Object.fromEntries([...m[2]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2] ?? ''])),
  }));
}

/**
 * The opening tags that carry `attribute` (with exactly `value`, when given), in document order:
 * for assertions on an element's attributes that do not depend on the order they are printed in.
 */
export function elementsWith(html: string, attribute: string, value?: string): OpeningTag[] {
  return openingTags(html).filter(
    (t) => attribute in t.attributes && (value === undefined || t.attributes[attribute] === value),
  );
}

/** Text of an HTML fragment as a reader gets it: tags dropped, the few entities Astro writes decoded. */
export function readerText(fragment: string): string {
  const entities: Record<string, string> = {
    quot: '"',
    '#34': '"',
    '#39': "'",
    '#x27': "'",
    lt: '<',
    gt: '>',
    amp: '&',
  };
  return fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&(quot|#34|#39|#x27|lt|gt|amp);/g, (_, e: string) => entities[e]!);
}
