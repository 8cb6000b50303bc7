import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.woff2': 'font/woff2',
};
/** Names that carry a content hash never change, so a host may let browsers keep them. */
const IMMUTABLE = /^\/(_astro|pagefind\/(fragment|index|filter))\//;
/** Pagefind writes its index chunks and wasm already gzipped; a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

export interface Served { url: string; wireBytes(path: string): number; close(): void }

/**
 * Serves a built site on localhost as an ordinary static host would (GitHub Pages, Netlify):
 * text gzipped for clients that accept it, Pagefind's chunks as stored, hashed assets cacheable.
 * Knows what each response weighs on the wire.
 */
export async function serve(dist: string): Promise<Served> {
  const wire = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, safe.endsWith('/') ? `${safe}index.html` : safe);
    const body = await readFile(file).catch(() => undefined);
    if (!body) {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compressible = !PRECOMPRESSED.test(file) && !/^(image\/png|font\/)/.test(type);
    const compressed = compressible ? gzipSync(body) : body;
    const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    const sent = gzip ? compressed : body;
    wire.set(path, compressed.length);
    res.writeHead(200, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      'cache-control': IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    });
    res.end(sent);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    wireBytes: (path) => wire.get(path) ?? 0,
    close: () => server.close(),
  };
}
