import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { loadContentModel } from '../support/content.ts';
import { elementsWith } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';
import { citedSources } from '../../src/model/published.ts';
import { locatorUrl } from '../../src/lib/sources.ts';
import { statusLabel } from '../../src/lib/status.ts';
import { sitePaths } from '../../src/lib/urls.ts';
import type { Model } from '../../src/model/types.ts';

/**
 * The structured data of the built site: every note page and every claim share page carries
 * JSON-LD that parses and validates against tests/schemas/structured-data.schema.json (schema.org
 * properties only), and says what the model says; a note page carries the citation_* tags Zotero
 * reads, and a link to its Markdown twin.
 */
const dist = inject('dist');
const SITE = 'http://localhost:4321';
let model: Model;
let validate: ReturnType<Ajv['compile']>;

beforeAll(async () => {
  model = await loadContentModel();
  const schema = JSON.parse(
    await readFile(join(ROOT, 'tests/schemas/structured-data.schema.json'), 'utf8'),
  ) as object;
  validate = new Ajv({ allErrors: true }).compile(schema);
});

const page = (path: string) => readFile(join(dist, path.slice(1), 'index.html'), 'utf8');

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

function valid(data: unknown): string[] {
  return validate(data)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('JSON-LD', () => {
  it('describes every note page as a ScholarlyArticle that validates and names its sources and claims', async () => {
    for (const note of model.notes) {
      const blocks = jsonLd(await page(sitePaths.note(note.id)));
      expect(blocks, note.id).toHaveLength(1);
      const [data] = blocks as [Record<string, unknown>];
      expect(valid(data), note.id).toEqual([]);
      expect(data).toMatchObject({
        '@type': 'ScholarlyArticle',
        headline: note.title,
        description: note.description,
        dateModified: note.updated.toISOString().slice(0, 10),
        isPartOf: { '@type': 'WebSite', url: `${SITE}/` },
      });
      expect(data.hasPart).toEqual(note.claims.map((c) => ({ '@id': `${SITE}/c/${c.id}/#claim` })));
      expect(data.citation).toEqual(
        citedSources(note).map((key) => {
          const s = model.sources.get(key)!;
          return {
            '@id': s.doi ? `https://doi.org/${s.doi}` : s.arxiv ? `https://arxiv.org/abs/${s.arxiv}` : s.url,
          };
        }),
      );
    }
  });

  it('describes every claim on its share page as a Claim in its note, with its verdict as a ClaimReview', async () => {
    for (const claim of model.claims.values()) {
      for (const id of [claim.id, ...claim.aliases]) {
        const blocks = jsonLd(await page(sitePaths.claimShare(id)));
        expect(blocks, id).toHaveLength(1);
        const [data] = blocks as [Record<string, unknown>];
        expect(valid(data), id).toEqual([]);
        const deciding = model.sources.get(claim.sources[0]!.source)!;
        expect(data).toMatchObject({
          '@type': 'Claim',
          '@id': `${SITE}/c/${claim.id}/#claim`,
          text: claim.text,
          appearance: { '@id': `${SITE}/${claim.note.id}/#article`, url: `${SITE}/${claim.note.id}/#${claim.id}` },
          review: {
            '@type': 'ClaimReview',
            claimReviewed: claim.text,
            reviewRating: { alternateName: statusLabel(claim.status), ratingExplanation: claim.reason },
            isBasedOn: { url: locatorUrl(deciding, claim.sources[0]!.at) },
          },
        });
      }
    }
  });

  it('refuses what schema.org does not define: the schema can fail', () => {
    expect(valid({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', headline: 'x', verdict: 'y' })).not.toEqual([]);
  });
});

describe('metadata for reference managers and Markdown readers', () => {
  it('gives a note page the citation_* tags Zotero reads: title, author, date and URL', async () => {
    const note = model.noteById.get('scale/why-405b')!;
    const html = await page(sitePaths.note(note.id));
    const tag = (name: string) => elementsWith(html, 'name', name).map((t) => t.attributes.content);
    expect(tag('citation_title')).toEqual([note.title]);
    expect(tag('citation_author')).toEqual(['Llama 3.1 Notes']);
    expect(tag('citation_date')).toEqual([note.updated.toISOString().slice(0, 10).replaceAll('-', '/')]);
    expect(tag('citation_public_url')).toEqual([`${SITE}/scale/why-405b/`]);
  });

  it('links every note page to its Markdown twin', async () => {
    for (const note of model.notes) {
      const links = elementsWith(await page(sitePaths.note(note.id)), 'type', 'text/markdown');
      expect(links.map((l) => [l.name, l.attributes.rel, l.attributes.href]), note.id).toEqual([
        ['link', 'alternate', `/${note.id}/index.md`],
      ]);
    }
  });
});
