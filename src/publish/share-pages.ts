/**
 * The pages and files there is one of per claim or per note but no Astro route of its own:
 * claim share pages, moved notes' redirects, social cards, link-preview data. Pure: built from the model, written
 * by the publish step (src/publish/integration.ts).
 */
import type { Model } from '../model/types.ts';
import { absoluteUrl, sitePaths, withAnchor, type Urls } from '../lib/urls.ts';
import { statusLabel } from '../lib/status.ts';
import { notePreview } from '../lib/previews.ts';
import { socialMetaTags } from '../lib/social-meta.ts';
import { escapeHtml } from '../lib/html.ts';
import { SITE } from '../lib/site.ts';
import { redirectPageHtml } from './redirect-page.ts';
import type { CardInput } from './social-card.ts';

/** A file of the built site: a path below the output folder and its content. */
export interface PublishedFile {
  path: string;
  html: string;
}
export interface CardFile {
  path: string;
  input: CardInput;
}

/** `/c/id/` → `c/id/index.html`: where a site path's page lives below the output folder. */
const fileOf = (path: string) => `${path.replace(/^\//, '')}index.html`;

/**
 * A claim's share URL, `/c/<claim-id>/` (and one for each of its old ids): short, permanent, and
 * its Open Graph card is the claim itself, so a pasted link unfurls as the claim rather than the
 * whole note. Readers go straight on to the claim in its note.
 */
export function sharePages(model: Model, site: URL, urls: Urls, script: string): PublishedFile[] {
  return [...model.claims.values()].flatMap((claim) => {
    const { note } = claim;
    const to = withAnchor(urls.note(note.theme.slug, note.slug), claim.id);
    const description = `${statusLabel(claim.status)}: ${claim.reason} — from “${note.title}”, ${note.theme.title}.`;
    return [claim.id, ...claim.aliases].map((id) => {
      const self = absoluteUrl(site, urls.claimShare(id));
      const html = redirectPageHtml({
        title: claim.text,
        description,
        to,
        canonical: self,
        heading: claim.text,
        paragraphs: [
          escapeHtml(description),
          `<a href="${escapeHtml(to)}">Read the claim in its note</a>`,
        ],
        social: socialMetaTags(
          {
            title: claim.text,
            description,
            url: self,
            page: sitePaths.note(note.id),
            section: note.theme.title,
            type: 'article',
          },
          site,
          urls,
        ),
        script,
      });
      return { path: fileOf(sitePaths.claimShare(id)), html };
    });
  });
}

/** The old address of a moved or renamed note (its `moved_from`), kept alive as a redirect. */
export function movedPages(model: Model, site: URL, urls: Urls, script: string): PublishedFile[] {
  return model.notes.flatMap((note) =>
    note.moved_from.map((path) => {
      const to = urls.note(note.theme.slug, note.slug);
      const html = redirectPageHtml({
        title: `Moved: ${note.title}`,
        description: `This note now lives at ${to}.`,
        to,
        canonical: absoluteUrl(site, to),
        heading: 'This note has moved',
        paragraphs: [
          `<a href="${escapeHtml(to)}">${escapeHtml(note.title)}</a> — ${escapeHtml(note.description)}`,
        ],
        script,
      });
      return { path: fileOf(sitePaths.parse(path)), html };
    }),
  );
}

/** One social card per page that has its own (home, every theme, every note). */
export function cards(model: Model): CardFile[] {
  const card = (page: string, input: Omit<CardInput, 'site'>) => ({
    path: sitePaths.card(page).slice(1),
    input: { ...input, site: SITE.name },
  });
  return [
    card(sitePaths.home(), { title: SITE.tagline }),
    ...model.themes.map((theme) => card(sitePaths.theme(theme.slug), { title: theme.title })),
    ...model.notes.map((note) =>
      card(sitePaths.note(note.id), { title: note.title, theme: note.theme.title }),
    ),
  ];
}

/** Each note's link-preview data (src/lib/previews.ts), beside its page. */
export function previewFiles(model: Model): PublishedFile[] {
  return model.notes.map((note) => ({
    path: sitePaths.notePreview(note.id).slice(1),
    html: JSON.stringify(notePreview(note)),
  }));
}
