import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContentModel } from '../support/content.ts';
import { publishedAnchors, readLanding } from '../support/landing.ts';
import { readBuiltPages, type BuiltPage } from '../../tools/built-pages.ts';
import { publishedPages, type PublishedPage } from '../../src/model/published.ts';
import type { SitePath } from '../../src/lib/urls.ts';
import type { PermalinkLock } from '../../src/lib/permalinks.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

const dist = inject('dist');
let built: BuiltPage[];
let model: Map<SitePath, PublishedPage>;

beforeAll(async () => {
  const lock = JSON.parse(await readFile(join(ROOT, 'content/permalinks.lock.json'), 'utf8')) as PermalinkLock;
  [built, model] = await Promise.all([readBuiltPages(dist), loadContentModel().then((m) => publishedPages(m, lock))]);
});

/**
 * The build checks links and the permalink lock against the model's idea of each page
 * (src/model/published.ts), not against the HTML. These tests hold the two together, so the
 * model and the markup cannot drift apart.
 */
describe('the model and the built markup', () => {
  it('publish the same pages', () => {
    expect(built.map((p) => p.path).sort()).toEqual([...model.keys()].sort());
  });

  it('give every page exactly the anchors the model says', () => {
    const differing = built
      .filter((p) => !readLanding(p.html).redirect)
      .map((p) => ({ path: p.path, html: publishedAnchors(p.html).sort(), model: [...(model.get(p.path as SitePath)?.anchors ?? [])].sort() }))
      .filter((p) => JSON.stringify(p.html) !== JSON.stringify(p.model));
    expect(differing).toEqual([]);
  });

  it('send redirect pages where the model says, with the old anchors it lists', () => {
    for (const page of built) {
      const landing = readLanding(page.html);
      const expected = model.get(page.path as SitePath)!;
      expect(landing.redirect, page.path).toBe(expected.redirect);
      expect(landing.aliases, page.path).toEqual(expected.aliases);
    }
  });

  it('let every id a link may target exist on its page', () => {
    const missing = built.flatMap((p) => [...model.get(p.path as SitePath)!.targets].filter((id) => !readLanding(p.html).ids.has(id)).map((id) => `${p.path}#${id}`));
    expect(missing).toEqual([]);
  });
});
