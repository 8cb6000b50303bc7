import type { Model } from './model.ts';
import { absoluteUrl, createUrls, withAnchor, type Urls } from './urls.ts';
import { statusLabel } from './status.ts';
import { socialMetaTags } from './social-meta.ts';
import { redirectPageHtml } from './redirect-page.ts';
import { escapeHtml } from './html.ts';
import { cardFileName, type CardInput } from './social-card.ts';
import { SITE } from './site.ts';

/** A file of the built site, as a path below the output folder and its content or card. */
export interface BulkPage { path: string; html: string }
export interface BulkCard { path: string; input: CardInput }

/**
 * A claim's share URL, `/c/<claim-id>/` (and one for each of its old ids): short, permanent, and
 * its Open Graph card is the claim itself, so a pasted link unfurls as the claim rather than the
 * whole note. Readers go straight on to the claim in its note.
 */
export function sharePages(model: Model, site: URL, urls: Urls, script: string): BulkPage[] {
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
        paragraphs: [escapeHtml(description), `<a href="${escapeHtml(to)}">Read the claim in its note</a>`],
        meta: socialMetaTags({ title: claim.text, description, url: self, page: `/${note.id}/`, section: note.theme.title, type: 'article' }, site, urls),
        script,
      });
      return { path: `c/${id}/index.html`, html };
    });
  });
}

/** The old address of a moved or renamed note (its `moved_from`), kept alive as a redirect. */
export function movedPages(model: Model, site: URL, urls: Urls, script: string): BulkPage[] {
  return model.notes.flatMap((note) =>
    note.moved_from.map((path) => {
      const to = urls.note(note.theme.slug, note.slug);
      const html = redirectPageHtml({
        title: `Moved: ${note.title}`,
        description: `This note now lives at ${to}.`,
        to,
        canonical: absoluteUrl(site, to),
        heading: 'This note has moved',
        paragraphs: [`<a href="${escapeHtml(to)}">${escapeHtml(note.title)}</a> — ${escapeHtml(note.description)}`],
        script,
      });
      return { path: `${path.replace(/^\//, '')}index.html`, html };
    }),
  );
}

/** One social card per page that has its own (home, every theme, every note). */
export function cards(model: Model): BulkCard[] {
  const paths = createUrls('/');
  const card = (page: string, input: Omit<CardInput, 'site'>) => ({ path: cardFileName(page), input: { ...input, site: SITE.name } });
  return [
    card(paths.home(), { title: SITE.tagline }),
    ...model.themes.map((theme) => card(paths.theme(theme.slug), { title: theme.title })),
    ...model.notes.map((note) => card(paths.note(note.theme.slug, note.slug), { title: note.title, theme: note.theme.title })),
  ];
}
