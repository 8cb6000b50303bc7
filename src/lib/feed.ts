import type { Model } from '../model/types.ts';
import { absoluteUrl, type Urls } from './urls.ts';
import { SITE } from './site.ts';
import { escapeHtml as escape } from './html.ts';

/** An Atom feed of the notes, most recently updated first. */
export function atomFeed(model: Model, site: URL, urls: Urls): string {
  const abs = (path: string) => absoluteUrl(site, path);
  const notes = [...model.notes].sort(
    (a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id),
  );
  const updated = (notes[0]?.updated ?? new Date(0)).toISOString();
  const entries = notes.map((n) => {
    const url = abs(urls.note(n.theme.slug, n.slug));
    return `  <entry>
    <title>${escape(n.title)}</title>
    <link href="${url}"/>
    <id>${url}</id>
    <updated>${n.updated.toISOString()}</updated>
    <category term="${escape(n.theme.slug)}" label="${escape(n.theme.title)}"/>
    <summary>${escape(n.description)}</summary>
  </entry>`;
  });
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
