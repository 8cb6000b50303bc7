import type { Model } from '../model/types.ts';
import { absoluteUrl, withAnchor, type Urls } from './urls.ts';
import { citedBy, locatorUrl } from './sources.ts';
import { isoDate } from './dates.ts';
import { currentVersion } from './claim-versions.ts';

/**
 * The open data files, `claims.json` and `sources.json`: everything the pages say about claims and
 * sources, for scripts and other sites. Their shape is documented in README.md and tested.
 */
export function claimsJson(model: Model, site: URL, urls: Urls) {
  const abs = (path: string) => absoluteUrl(site, path);
  return {
    site: abs(urls.home()),
    claims: model.notes.flatMap((note) =>
      note.claims.map((c) => {
        const claim = model.claims.get(c.id)!;
        const noteUrl = urls.note(note.theme.slug, note.slug);
        return {
          id: claim.id,
          aliases: claim.aliases,
          theme: note.theme.slug,
          note: { title: note.title, url: abs(noteUrl) },
          url: abs(withAnchor(noteUrl, claim.id)),
          share_url: abs(urls.claimShare(claim.id)),
          version: currentVersion(claim.versions).version,
          history_url: abs(urls.claimHistory(claim.id)),
          text: claim.text,
          status: claim.status,
          reason: claim.reason,
          sources: claim.sources.map((s) => ({
            key: s.source,
            at: s.at,
            url: locatorUrl(model.sources.get(s.source)!, s.at),
          })),
          versions: claim.versions.map((v) => ({
            version: v.version,
            date: v.date,
            url: abs(urls.claimVersion(claim.id, v.version)),
            text: v.text,
            status: v.status,
            reason: v.reason,
            source: { key: v.source.source, at: v.source.at },
            ...(v.minor ? { minor: true } : {}),
          })),
        };
      }),
    ),
  };
}

export function sourcesJson(model: Model, site: URL, urls: Urls) {
  const cites = citedBy(model);
  return {
    site: absoluteUrl(site, urls.home()),
    sources: [...model.sources.values()].map((s) => ({
      key: s.id,
      kind: s.kind,
      title: s.title,
      authors: s.authors,
      year: s.year,
      ...(s.date ? { date: isoDate(s.date) } : {}),
      url: s.url,
      ...(s.doi ? { doi: s.doi } : {}),
      ...(s.arxiv ? { arxiv: s.arxiv } : {}),
      ...(s.video ? { video: s.video } : {}),
      background: s.background,
      cited_by: {
        claims: cites.get(s.id)!.claims.map((c) => c.claim.id),
        notes: cites
          .get(s.id)!
          .notes.map((n) => absoluteUrl(site, urls.note(n.theme.slug, n.slug))),
      },
    })),
  };
}
