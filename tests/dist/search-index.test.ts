import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadContentModel } from '../support/content.ts';
import { statusLabel } from '../../src/lib/status.ts';
import type { Model } from '../../src/model/types.ts';

const dist = inject('dist');
let model: Model;
/** What Pagefind indexed of each page (its fragment's text), by URL. */
const indexed = new Map<string, string>();

/**
 * Pagefind's fragments, read as its search reads them: gzip, then a signature, then JSON with
 * the page's URL and the text its excerpts are cut from.
 */
beforeAll(async () => {
  model = await loadContentModel();
  const folder = join(dist, 'pagefind/fragment');
  for (const file of await readdir(folder)) {
    const raw = gunzipSync(await readFile(join(folder, file))).toString('utf8');
    const { url, content } = JSON.parse(raw.slice(raw.indexOf('{'))) as {
      url: string;
      content: string;
    };
    indexed.set(url, content);
  }
});

describe('what search indexes', () => {
  it('holds one fragment per note', () => {
    expect([...indexed.keys()].sort()).toEqual(model.notes.map((n) => `/${n.id}/`).sort());
  });

  it("leaves out the heading link control's #, so it never runs into the heading's text", () => {
    for (const [url, content] of indexed) {
      const stray = [...content.matchAll(/.{0,30}(?:^|\s)#(?:\s|$).{0,30}/g)].map((m) => m[0]);
      expect(stray, url).toEqual([]);
    }
  });

  it("leaves out the status badge, so a claim's words run on into its reason", () => {
    for (const claim of model.claims.values()) {
      const content = indexed.get(`/${claim.note.id}/`)!;
      expect(content, claim.id).toContain(claim.text);
      expect(content, claim.id).toContain(claim.reason);
      expect(content, claim.id).not.toContain(`${claim.text} ${statusLabel(claim.status)}`);
      expect(content, claim.id).not.toMatch(/Status: (Supported|Nuanced|Overstated|Unconfirmed)/);
    }
  });
});
