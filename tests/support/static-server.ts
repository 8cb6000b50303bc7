import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
  '.wasm': 'application/wasm', '.txt': 'text/plain',
};

/**
 * Serves a built site the way a plain static host does: under a base path, `dir/` → `dir/index.html`,
 * a missing path → 404.html with status 404. Enough to test what readers get, nothing clever.
 */
export async function serveStatic(root: string, base = '/'): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    const file = inside === undefined ? undefined : await resolveFile(root, inside);
    if (file) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
      return;
    }
    res.writeHead(404, { 'content-type': TYPES['.html']! });
    res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
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
