import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats.ts';

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  /** HTML plus every stylesheet it links, each gzipped: what one page view needs to render. */
  htmlCssGzip: number;
  /** JavaScript the page loads (inline and external), gzipped; none of it is needed to read. */
  jsGzip: number;
  /** Bytes fetched from another origin: must be zero. */
  externalRequests: number;
}

/** Measures one built page as a browser would fetch it on a first visit. */
export async function pageWeight(
  dist: string,
  base: string,
  pagePath: string,
): Promise<PageWeight> {
  const html = await readFile(join(dist, pagePath), 'utf8');
  const local = (href: string) => join(dist, href.replace(base, '/').split(/[?#]/)[0]!);
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
  const external = [...styles, ...scripts].filter((u) => /^(https?:)?\/\//.test(u)).length;
  let htmlCssGzip = gz(html);
  for (const href of styles) htmlCssGzip += gz(await readFile(local(href)));
  let jsGzip = inline.reduce((n, s) => n + gz(s), 0);
  for (const src of scripts) jsGzip += gz(await readFile(local(src)));
  return { htmlCssGzip, jsGzip, externalRequests: external };
}

/** HTML+CSS gzipped of a group of note pages: how many, median and max (0 when there are none). */
export interface WeightGroup {
  pages: number;
  htmlCssGzipMedian: number;
  htmlCssGzipMax: number;
}

/**
 * Note pages' weights split by whether the note draws a chart (`charted`, built pages as
 * `<theme>/<note>/index.html`), since each group has its own budget: 20 KB and 14 KB.
 */
export function weightsByCharts(
  pages: Array<{ file: string; htmlCssGzip: number }>,
  charted: ReadonlySet<string>,
): { withCharts: WeightGroup; withoutCharts: WeightGroup } {
  const group = (weights: number[]): WeightGroup => ({
    pages: weights.length,
    htmlCssGzipMedian: weights.length ? median(weights) : 0,
    htmlCssGzipMax: weights.length ? Math.max(...weights) : 0,
  });
  const has = (file: string) => charted.has(file.split(sep).join('/'));
  return {
    withCharts: group(pages.filter((p) => has(p.file)).map((p) => p.htmlCssGzip)),
    withoutCharts: group(pages.filter((p) => !has(p.file)).map((p) => p.htmlCssGzip)),
  };
}
