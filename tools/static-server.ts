import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.txt': 'text/plain', '.woff2': 'font/woff2',
};
/** Names that carry a content hash never change, so a host may let browsers keep them. */
const IMMUTABLE = /\/(_astro|pagefind\/(fragment|index|filter))\//;
/** Pagefind writes its index chunks and wasm already gzipped; a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;

export interface Served {
  /** The site's address, base path included. */
  url: string;
  /** Bytes the last response for this request path weighed on the wire (gzipped where a host would). */
  wireBytes(path: string): number;
  close(): Promise<void>;
}

/**
 * Serves a built site as an ordinary static host does (GitHub Pages, Netlify): under a base
 * path, `dir/` → `dir/index.html`, a missing path → 404.html with status 404, text gzipped for
 * clients that accept it, Pagefind's chunks as stored, hashed assets cacheable. Used by the
 * browser tests and by the benchmark, which also reads what each response weighed.
 */
export async function serveStatic(root: string, base = '/'): Promise<Served> {
  const wire = new Map<string, number>();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    const file = inside === undefined ? undefined : await resolveFile(root, inside);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compressible = !PRECOMPRESSED.test(file) && !/^(image\/png|font\/|application\/wasm)/.test(type);
    const compressed = compressible ? gzipSync(body) : body;
    const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    wire.set(path, compressed.length);
    res.writeHead(200, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      'cache-control': IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
    });
    res.end(gzip ? compressed : body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${base}`,
    wireBytes: (path) => wire.get(path) ?? 0,
    // Drops the browser's keep-alive sockets too: close() alone waits for them to end.
    close: () => new Promise((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}

async function resolveFile(root: string, path: string): Promise<string | undefined> {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, safe), join(root, safe, 'index.html')]) {
    const s = await stat(candidate).catch(() => undefined);
    if (s?.isFile()) return candidate;
  }
  return undefined;
}
