import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** Names that carry a content hash never change, so a host may let browsers keep them. */
const IMMUTABLE = /\/(_astro|pagefind\/(fragment|index|filter))\//;
/** Pagefind writes its index chunks and wasm already gzipped; a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;
/** Types that are compressed already, whatever their name. */
const INCOMPRESSIBLE = /^(image\/png|font\/|application\/wasm)/;

export interface Served {
  /** The site's address, base path included. */
  url: string;
  /** Bytes the last response for this request path weighed on the wire (gzipped where a host would). */
  wireBytes(path: string): number;
  /** Bytes of every response so far, as `wireBytes` counts them. */
  sentBytes(): number;
  close(): Promise<void>;
}

/** How the host lets browsers cache what is not content-hashed. */
export interface ServeOptions {
  /** `no-cache` on what is not content-hashed (pages, public/ files), as `astro preview` sends. */
  revalidate?: boolean;
}

/**
 * Serves a built site as an ordinary static host does (GitHub Pages, Netlify): under a base
 * path, `dir/` → `dir/index.html`, a missing path → 404.html with status 404, text gzipped for
 * clients that accept it, Pagefind's chunks as stored, hashed assets cacheable. Used by the
 * browser tests and by the benchmark, which also reads what each response weighed. Finding the
 * file, its type and the range and HEAD handling are sirv's; the base path, the 404 page, gzip
 * and the byte counts are ours.
 */
export async function serveStatic(
  root: string,
  base = '/',
  { revalidate = false }: ServeOptions = {},
): Promise<Served> {
  const wire = new Map<string, number>();
  let sent = 0;
  const notFound = async (res: ServerResponse) => {
    const page = await readFile(join(root, '404.html')).catch(() => 'Not found');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  };
  const files = sirv(root, {
    // Looks each request up on disk rather than listing the folder once at start: a site rebuilt
    // while it is served is served as it now is.
    dev: true,
    extensions: ['html'],
    setHeaders: (res, path) =>
      res.setHeader(
        'cache-control',
        IMMUTABLE.test(path)
          ? 'public, max-age=31536000, immutable'
          : revalidate
            ? 'no-cache'
            : 'public, max-age=600',
      ),
    onNoMatch: (_req, res) => void notFound(res),
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(base)) return void notFound(res);
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding']));
    gzipOnTheWay(res, !PRECOMPRESSED.test(url.pathname), accepts, (bytes) => {
      wire.set(url.pathname, bytes);
      sent += bytes;
    });
    // sirv sees the site's own paths, as they are on disk.
    req.url = url.pathname.slice(base.length - 1) + url.search;
    files(req, res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${base}`,
    // Keyed by the path as the request spelt it (percent-encoded), as a browser reports it.
    wireBytes: (path) => wire.get(path) ?? 0,
    sentBytes: () => sent,
    // Drops the browser's keep-alive sockets too: close() alone waits for them to end.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * sirv sends a file as it is on disk; a host gzips text on the way. This holds sirv's 200
 * response (its head, then the file's bytes), sends it gzipped if the client accepts gzip and as
 * it is otherwise, and records what the gzipped body weighs either way: the bench reports bytes
 * as a compressing host sends them. Pagefind's chunks, images, fonts and wasm are sent and counted
 * as stored; other statuses (206 for a range, 304) pass through.
 */
function gzipOnTheWay(
  res: ServerResponse,
  mayCompress: boolean,
  accepts: boolean,
  record: (bytes: number) => void,
): void {
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  res.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    if (status !== 200) return writeHead(status, headers);
    // sirv leaves the type empty for names it does not know (Pagefind's .pf_meta, .pagefind…).
    const type = String(headers['Content-Type'] || 'application/octet-stream');
    if (!mayCompress || INCOMPRESSIBLE.test(type)) {
      record(Number(headers['Content-Length'] ?? 0));
      return writeHead(status, { ...headers, 'Content-Type': type });
    }
    const { 'Content-Length': _, ...rest } = headers;
    const chunks: Buffer[] = [];
    res.write = ((chunk: string | Uint8Array) => (
      chunks.push(Buffer.from(chunk)),
      true
    )) as typeof res.write;
    res.end = ((chunk?: string | Uint8Array | (() => void)) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
      const body = Buffer.concat(chunks);
      const zipped = gzipSync(body);
      record(zipped.length);
      const sent = accepts ? zipped : body;
      writeHead(status, {
        ...rest,
        'Content-Type': type,
        'Content-Length': sent.length,
        Vary: 'Accept-Encoding',
        ...(accepts ? { 'Content-Encoding': 'gzip' } : {}),
      });
      return end(sent);
    }) as typeof res.end;
    return res;
  }) as typeof res.writeHead;
}
