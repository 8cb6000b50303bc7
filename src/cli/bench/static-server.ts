import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
};
/** Pagefind writes its index chunks and wasm already gzipped; a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

export interface Served { url: string; wireBytes(path: string): number; close(): void }

/**
 * Serves a built site on localhost and knows what each response weighs on the wire: text
 * gzipped (as any static host would), Pagefind's chunks as stored.
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
    wire.set(path, PRECOMPRESSED.test(file) ? body.length : gzipSync(body).length);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    wireBytes: (path) => wire.get(path) ?? 0,
    close: () => server.close(),
  };
}
