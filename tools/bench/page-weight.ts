import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
