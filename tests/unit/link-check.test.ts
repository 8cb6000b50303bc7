import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brokenInternalLinks } from '../support/link-check.ts';

/** A three-page site, written once with links at the root and once under /kb/. */
let root: string;
const site = (base: string) => ({
  'index.html': `<a href="${base}a/">a</a> <a href="${base}a/#ok">ok</a> <a href="${base}a/#nope">nope</a> <a href="${base}missing/">missing</a> <a href="https://example.org/">out</a>`,
  'a/index.html': `<h2 id="ok">OK</h2><a href="#also-nope">self</a><a href="${base}">home</a>`,
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kb-links-'));
  for (const [dir, base] of [
    ['root', '/'],
    ['based', '/kb/'],
  ] as const) {
    for (const [file, html] of Object.entries(site(base))) {
      await mkdir(join(root, dir, file, '..'), { recursive: true });
      await writeFile(join(root, dir, file), `<!doctype html><html><body>${html}</body></html>`);
    }
  }
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('brokenInternalLinks', () => {
  it.each([
    ['root', '/'],
    ['based', '/kb/'],
  ])('finds missing pages and #fragments, and skips other sites (%s)', async (dir, base) => {
    const broken = await brokenInternalLinks(join(root, dir), base);
    expect(broken.map((b) => `${b.from} → ${b.to}`).sort()).toEqual([
      '/ → /a/#nope',
      '/ → /missing/',
      '/a/ → /a/#also-nope',
    ]);
  });
});
