import type { Model, Theme } from '../model/types.ts';
import { absoluteUrl, withAnchor, type Urls } from './urls.ts';
import { statusChanges, versionAnchor } from './claim-versions.ts';
import { statusLabel } from './status.ts';
import { SITE } from './site.ts';
import { escapeHtml as escape } from './html.ts';

interface Entry {
  title: string;
  url: string;
  updated: Date;
  theme: Theme;
  summary: string;
}

/**
 * An Atom feed of the notes, and of every change of a claim's status (its history page's entry
 * for that version), most recent first.
 */
export function atomFeed(model: Model, site: URL, urls: Urls): string {
  const abs = (path: string) => absoluteUrl(site, path);
  const list: Entry[] = [
    ...model.notes.map((n) => ({
      title: n.title,
      url: abs(urls.note(n.theme.slug, n.slug)),
      updated: n.updated,
      theme: n.theme,
      summary: n.description,
    })),
    ...[...model.claims.values()].flatMap((claim) =>
      statusChanges(claim.versions).map(({ before, after }) => ({
        title: `Status changed: ${statusLabel(before.status)} → ${statusLabel(after.status)}: ${claim.text}`,
        url: abs(withAnchor(urls.claimHistory(claim.id), versionAnchor(after))),
        updated: new Date(`${after.date}T00:00:00Z`),
        theme: claim.note.theme,
        summary: `${after.text} ${statusLabel(after.status)}: ${after.reason} (was ${statusLabel(before.status)}: ${before.text})`,
      })),
    ),
  ];
  const sorted = list.sort(
    (a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url),
  );
  const updated = (sorted[0]?.updated ?? new Date(0)).toISOString();
  const entries = sorted.map(
    (e) => `  <entry>
    <title>${escape(e.title)}</title>
    <link href="${e.url}"/>
    <id>${e.url}</id>
    <updated>${e.updated.toISOString()}</updated>
    <category term="${escape(e.theme.slug)}" label="${escape(e.theme.title)}"/>
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(SITE.name)}</title>
  <subtitle>${escape(SITE.tagline)}</subtitle>
  <link href="${abs(urls.feed())}" rel="self"/>
  <link href="${abs(urls.home())}"/>
  <id>${abs(urls.home())}</id>
  <updated>${updated}</updated>
  <author><name>${escape(SITE.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}
