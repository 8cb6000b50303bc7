/**
 * A claim's share URL, `/c/<claim-id>/`: short, permanent, and its Open Graph card is the claim
 * itself, so a pasted link unfurls as the claim rather than the whole note. Readers go straight
 * on to the claim in its note. Old ids of a claim get share pages too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../content.ts';
import { absoluteUrl, urls, withAnchor } from '../../../lib/urls.ts';
import { statusLabel } from '../../../lib/status.ts';
import { socialMetaTags } from '../../../lib/social-meta.ts';
import { redirectPageHtml } from '../../../lib/redirect-page.ts';
import { escapeHtml } from '../../../lib/html.ts';
import script from '../../../scripts/inline/redirect.js?raw';

export const getStaticPaths = (async () => {
  const { claims } = await getModel();
  return [...claims.values()].flatMap((claim) => [claim.id, ...claim.aliases].map((id) => ({ params: { claim: id }, props: { id: claim.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props, params, site }) => {
  const claim = (await getModel()).claims.get(props.id)!;
  const { note } = claim;
  const to = withAnchor(urls.note(note.theme.slug, note.slug), claim.id);
  const description = `${statusLabel(claim.status)}: ${claim.reason} — from “${note.title}”, ${note.theme.title}.`;
  const self = absoluteUrl(site!, urls.claimShare(params.claim!));
  const html = redirectPageHtml({
    title: claim.text,
    description,
    to,
    canonical: self,
    heading: claim.text,
    paragraphs: [escapeHtml(description), `<a href="${escapeHtml(to)}">Read the claim in its note</a>`],
    meta: socialMetaTags({ title: claim.text, description, url: self, page: `/${note.id}/`, section: note.theme.title, type: 'article' }, site!, urls),
    script,
  });
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
