import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Served } from '../../tools/static-server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET, as raw bytes (fetch would decode gzip and hide what was on the wire). */
function get(url: string, headers: Record<string, string> = {}, agent?: import('node:http').Agent) {
  return new Promise<Reply>((done, fail) => {
    request(url, { headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

const CSS = `body { color: black; }\n${'.x { margin: 0; }\n'.repeat(200)}`;
const BASE = '/kb/';

describe('the static server', () => {
  let dir: string;
  let site: Served;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-serve-'));
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, '_astro'));
    await mkdir(join(dir, 'pagefind'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>home</title>');
    await writeFile(join(dir, 'a/index.html'), '<!doctype html><title>a</title>');
    await writeFile(join(dir, '404.html'), '<!doctype html><title>not here</title>');
    await writeFile(join(dir, '_astro/site.abc123.css'), CSS);
    await writeFile(join(dir, 'pagefind/en.pf_meta'), gzipSync('pagefind meta'));
    site = await serveStatic(dir, BASE);
  });
  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves under the base path', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kb\/$/);
  });

  it('serves a page with its type and a short cache', async () => {
    const reply = await get(site.url);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html;\s*charset=utf-8$/);
    expect(reply.headers['cache-control']).toBe('public, max-age=600');
    expect(reply.body.toString()).toContain('<title>home</title>');
  });

  it('asks for revalidation of pages, not of hashed files, as a revalidating host does', async () => {
    const revalidating = await serveStatic(dir, BASE, { revalidate: true });
    try {
      expect((await get(revalidating.url)).headers['cache-control']).toBe('no-cache');
      expect(
        (await get(`${revalidating.url}_astro/site.abc123.css`)).headers['cache-control'],
      ).toBe('public, max-age=31536000, immutable');
    } finally {
      await revalidating.close();
    }
  });

  it('resolves dir/ and dir to dir/index.html', async () => {
    for (const path of ['a/', 'a']) {
      const reply = await get(site.url + path);
      expect(reply.status).toBe(200);
      expect(reply.body.toString()).toContain('<title>a</title>');
    }
  });

  it('answers a missing page, and anything outside the base, with 404.html and status 404', async () => {
    const origin = site.url.slice(0, -BASE.length);
    for (const url of [site.url + 'missing/', site.url + '../index.html', `${origin}/a/`]) {
      const reply = await get(url);
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toMatch(/^text\/html/);
      expect(reply.body.toString()).toContain('<title>not here</title>');
    }
  });

  it('gzips text when asked, and counts the gzipped bytes either way', async () => {
    const path = '_astro/site.abc123.css';
    const plain = await get(site.url + path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(CSS);
    const zipped = await get(site.url + path, { 'accept-encoding': 'gzip, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-type']).toMatch(/^text\/css/);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(CSS);
    expect(zipped.body.length).toBeLessThan(CSS.length / 5);
    expect(zipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(site.wireBytes(`${BASE}${path}`)).toBe(zipped.body.length);
  });

  it("sends Pagefind's chunks as stored, counted as stored", async () => {
    const path = 'pagefind/en.pf_meta';
    const reply = await get(site.url + path, { 'accept-encoding': 'gzip' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(gunzipSync(reply.body).toString()).toBe('pagefind meta');
    expect(site.wireBytes(`${BASE}${path}`)).toBe(reply.body.length);
  });

  it('closes promptly with a keep-alive connection open', async () => {
    const other = await serveStatic(dir, BASE);
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true });
    try {
      const reply = await get(other.url, {}, agent);
      expect(reply.status).toBe(200);
      expect(reply.headers.connection).toBe('keep-alive');
      const started = performance.now();
      await other.close();
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      agent.destroy();
    }
  });
});
