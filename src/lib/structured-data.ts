/**
 * JSON-LD (schema.org) for search engines and other machines: a note page describes itself as a
 * `ScholarlyArticle` (headline, description, date, the site it is part of, the sources it cites
 * with their DOIs and arXiv ids) and names its claims by `@id`; each claim's
 * share page carries the claim in full, as a `Claim` with its `appearance` in the note and its
 * verdict as a `ClaimReview`. The claims live on their share pages rather than on the note page
 * because the note page must stay within 14 KB (docs/architecture.md#markdown-twins-and-structured-data).
 */
import type {
  Claim as SchemaClaim,
  CreativeWork,
  IdReference,
  Organization,
  Person,
  ScholarlyArticle,
  WithContext,
} from 'schema-dts';
import type { Claim, Model, Note, Source } from '../model/types.ts';
import { citedSources } from '../model/published.ts';
import { authorName, isEtAl } from '../schemas/source.ts';
import { personName } from './citation-formats.ts';
import { isoDate } from './dates.ts';
import { SITE } from './site.ts';
import { locatorUrl } from './sources.ts';
import { statusLabel } from './status.ts';
import { absoluteUrl, sitePaths, withAnchor, type SitePath, type Urls } from './urls.ts';

// Typed with schema-dts (Google's typings of the whole schema.org vocabulary), so `astro check`
// refuses a property a type does not have or a value of the wrong kind.
const CONTEXT = 'https://schema.org';

/** Absolute URLs and the `@id`s of the nodes the pages share. */
function ids(site: URL, urls: Urls) {
  const url = (path: SitePath) => absoluteUrl(site, urls.path(path));
  return {
    url,
    website: withAnchor(url(sitePaths.home()), 'website'),
    article: (note: Note) => withAnchor(url(sitePaths.note(note.id)), 'article'),
    claim: (id: string) => withAnchor(url(sitePaths.claimShare(id)), 'claim'),
  };
}

const publisher: Organization = { '@type': 'Organization', name: SITE.name };

/** A source as a work a claim rests on: its identifiers, so a reader's tool can resolve it. */
function citedWork(source: Source): ScholarlyArticle | CreativeWork {
  const identifiers = [
    ...(source.doi ? [`https://doi.org/${source.doi}`] : []),
    ...(source.arxiv ? [`https://arxiv.org/abs/${source.arxiv}`] : []),
  ];
  return {
    '@type': source.kind === 'paper' ? 'ScholarlyArticle' : 'CreativeWork',
    name: source.title,
    author: source.authors
      .filter((a) => !isEtAl(a))
      .map((a): Person | Organization =>
        personName(a)
          ? { '@type': 'Person', name: authorName(a) }
          : { '@type': 'Organization', name: authorName(a) },
      ),
    datePublished: source.date ? isoDate(source.date) : String(source.year),
    url: source.url,
    ...(identifiers.length ? { sameAs: identifiers } : {}),
    ...(source.doi ? { identifier: `doi:${source.doi}` } : {}),
  };
}

/**
 * A cited source on a note page, by the URL that identifies it: its DOI (an arXiv paper's DOI
 * holds its arXiv id, 10.48550/arXiv.2407.21783), else its arXiv page, else its own URL. Titles,
 * authors and dates are in /sources.json and on the claims' share pages; here they would cost
 * every note page bytes of its 14 KB.
 */
function citedWorkRef(source: Source): IdReference {
  return {
    '@id': source.doi
      ? `https://doi.org/${source.doi}`
      : source.arxiv
        ? `https://arxiv.org/abs/${source.arxiv}`
        : source.url,
  };
}

/**
 * The JSON-LD of a note page, kept lean for the 14 KB budget: most of its values are on the page
 * already (gzip stores them once), and its claims are named by `@id`, described on their share pages.
 */
export function noteStructuredData(
  note: Note,
  model: Model,
  site: URL,
  urls: Urls,
): WithContext<ScholarlyArticle> {
  const id = ids(site, urls);
  return {
    '@context': CONTEXT,
    '@type': 'ScholarlyArticle',
    '@id': id.article(note),
    headline: note.title,
    description: note.description,
    dateModified: isoDate(note.updated),
    author: publisher,
    isPartOf: { '@type': 'WebSite', name: SITE.name, url: id.url(sitePaths.home()) },
    citation: citedSources(note).flatMap((key) => {
      const source = model.sources.get(key);
      return source ? [citedWorkRef(source)] : [];
    }),
    hasPart: note.claims.map((c) => ({ '@id': id.claim(c.id) })),
  };
}

/** The JSON-LD of a claim's share page: the claim, where it appears, and its review. */
export function claimStructuredData(
  claim: Claim,
  model: Model,
  site: URL,
  urls: Urls,
): WithContext<SchemaClaim> {
  const id = ids(site, urls);
  const { note } = claim;
  const place = (c: Claim['sources'][number]): Array<ScholarlyArticle | CreativeWork> => {
    const source = model.sources.get(c.source);
    if (!source) return [];
    return [
      { ...citedWork(source), name: `${source.title}, ${c.at}`, url: locatorUrl(source, c.at) },
    ];
  };
  const [deciding, ...others] = claim.sources.flatMap(place);
  return {
    '@context': CONTEXT,
    '@type': 'Claim',
    '@id': id.claim(claim.id),
    url: id.url(sitePaths.claimShare(claim.id)),
    text: claim.text,
    appearance: {
      '@type': 'ScholarlyArticle',
      '@id': id.article(note),
      url: withAnchor(id.url(sitePaths.note(note.id)), claim.id),
      headline: note.title,
    },
    review: {
      '@type': 'ClaimReview',
      claimReviewed: claim.text,
      url: withAnchor(id.url(sitePaths.note(note.id)), claim.id),
      author: publisher,
      datePublished: isoDate(note.updated),
      reviewRating: {
        '@type': 'Rating',
        alternateName: statusLabel(claim.status),
        ratingExplanation: claim.reason,
      },
      reviewBody: claim.reason,
      ...(deciding ? { isBasedOn: deciding } : {}),
      ...(others.length ? { citation: others } : {}),
    },
  };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped, so no tag can end it. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
