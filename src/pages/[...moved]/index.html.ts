/** The old address of a moved or renamed note (its `moved_from`), kept alive as a redirect. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../content.ts';
import { absoluteUrl, urls } from '../../lib/urls.ts';
import { redirectPageHtml } from '../../lib/redirect-page.ts';
import { escapeHtml } from '../../lib/html.ts';
import script from '../../scripts/inline/redirect.js?raw';

export const getStaticPaths = (async () => {
  const { notes } = await getModel();
  return notes.flatMap((note) => note.moved_from.map((path) => ({ params: { moved: path.replace(/^\/|\/$/g, '') }, props: { id: note.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props, site }) => {
  const note = (await getModel()).noteById.get(props.id)!;
  const to = urls.note(note.theme.slug, note.slug);
  const html = redirectPageHtml({
    title: `Moved: ${note.title}`,
    description: `This note now lives at ${to}.`,
    to,
    canonical: absoluteUrl(site!, to),
    heading: 'This note has moved',
    paragraphs: [`<a href="${escapeHtml(to)}">${escapeHtml(note.title)}</a> — ${escapeHtml(note.description)}`],
    script,
  });
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
