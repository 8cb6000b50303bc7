/**
 * The pages and files there is one of per claim or per note but no Astro route of its own:
 * claim share pages (one per claim and one per version), moved notes' redirects, social cards, link-preview data. Pure: built from the model, written
 * by the publish step (src/publish/integration.ts).
 */
import type { Model } from '../model/types.ts';
import {
  absoluteUrl,
  sitePaths,
  withAnchor,
  withVersion,
  type SitePath,
  type Urls,
} from '../lib/urls.ts';
import { changeNotice, currentVersion, type ClaimVersion } from '../lib/claim-versions.ts';
import { changeNoticeHtml } from './change-notice.ts';
import { statusLabel } from '../lib/status.ts';
import { glossaryPreview, notePreview } from '../lib/previews.ts';
import { socialMetaTags } from '../lib/social-meta.ts';
import { escapeHtml } from '../lib/html.ts';
import { SITE } from '../lib/site.ts';
import { claimStructuredData, jsonLdText } from '../lib/structured-data.ts';
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
 * A claim's share URLs: `/c/<claim-id>/` (and one for each of its old ids), short and permanent,
 * and `/c/<claim-id>/v/<n>/` for each of its versions, which the copy control and Cite give. Each
 * one's Open Graph card is the claim itself as that URL names it, so a pasted link unfurls as
 * the claim (as it was when the link was made) rather than the whole note. Readers go straight
 * on to the claim in its note, except from an older version that has since changed: that page
 * first says what changed (src/publish/change-notice.ts), and with JavaScript it sends the
 * reader to the note with the version named, where the claim shows the same notice.
 */
export function sharePages(model: Model, site: URL, urls: Urls, script: string): PublishedFile[] {
  return [...model.claims.values()].flatMap((claim) => {
    const { note } = claim;
    const noteUrl = urls.note(note.theme.slug, note.slug);
    const page = (path: SitePath, version: ClaimVersion): PublishedFile => {
      const notice = changeNotice(claim.versions, version.version);
      const to = notice
        ? withVersion(noteUrl, claim.id, version.version)
        : withAnchor(noteUrl, claim.id);
      const self = absoluteUrl(site, urls.path(path));
      const description = `${statusLabel(version.status)}: ${version.reason} — from “${note.title}”, ${note.theme.title}.`;
      const html = redirectPageHtml({
        title: version.text,
        description,
        to,
        canonical: self,
        heading: version.text,
        paragraphs: [
          escapeHtml(description),
          `<a href="${escapeHtml(to)}">Read the claim in its note</a>`,
        ],
        ...(notice
          ? { refresh: false, body: changeNoticeHtml(notice, urls.claimHistory(claim.id)) }
          : {}),
        social: socialMetaTags(
          {
            title: version.text,
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
        // The claim for machines: in full here, where the note page names it by @id only.
        head:
          `<link rel="alternate" type="text/markdown" href="${escapeHtml(urls.claimMarkdown(claim.id))}" title="Markdown">` +
          `<script type="application/ld+json">${jsonLdText(claimStructuredData(claim, model, site, urls))}</script>`,
      });
      return { path: fileOf(path), html };
    };
    const current = currentVersion(claim.versions);
    const history = urls.claimHistory(claim.id);
    // A renamed claim's old history URL leads to its history under the new id.
    const oldHistory = (id: string): PublishedFile => ({
      path: fileOf(sitePaths.claimHistory(id)),
      html: redirectPageHtml({
        title: `History of a claim: ${claim.text}`,
        description: `Every version of a claim in “${note.title}”.`,
        to: history,
        canonical: absoluteUrl(site, history),
        heading: 'History of a claim',
        paragraphs: [`<a href="${escapeHtml(history)}">${escapeHtml(claim.text)}</a>`],
        script,
      }),
    });
    return [claim.id, ...claim.aliases].flatMap((id) => [
      page(sitePaths.claimShare(id), current),
      ...claim.versions.map((v) => page(sitePaths.claimVersion(id, v.version), v)),
      ...(id === claim.id ? [] : [oldHistory(id)]),
    ]);
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

/** Each note's link-preview data (src/lib/previews.ts), beside its page, and the glossary's. */
export function previewFiles(model: Model): PublishedFile[] {
  return [
    ...model.notes.map((note) => ({
      path: sitePaths.notePreview(note.id).slice(1),
      html: JSON.stringify(notePreview(note)),
    })),
    {
      path: sitePaths.glossaryPreview().slice(1),
      html: JSON.stringify(glossaryPreview(model.terms.values())),
    },
  ];
}
