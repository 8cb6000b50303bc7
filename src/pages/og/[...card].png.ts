/**
 * One social card per page (home, every theme, every note), published at the path that
 * cardFileName() gives for the page: `/og/home.png`, `/og/scale.png`, `/og/scale/why-405b.png`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../content.ts';
import { SITE } from '../../lib/site.ts';
import { createUrls } from '../../lib/urls.ts';
import { cardFileName, renderCard, type CardInput } from '../../lib/social-card.ts';

// Site paths without the base: cardFileName() names a file relative to the site root, and the
// build puts the base in front of every output path itself.
const sitePaths = createUrls('/');

// The route's param is the file name between `og/` and `.png`, so the two can never disagree.
const param = (pagePath: string) => cardFileName(pagePath).replace(/^og\//, '').replace(/\.png$/, '');

/** A path per card; the props are all a card needs, so rendering reads nothing else. */
export const getStaticPaths = (async () => {
  const { themes, notes } = await getModel();
  const card = (pagePath: string, input: Omit<CardInput, 'site'>) => ({
    params: { card: param(pagePath) },
    props: { ...input, site: SITE.name } satisfies CardInput,
  });
  return [
    card(sitePaths.home(), { title: SITE.tagline }),
    ...themes.map((theme) => card(sitePaths.theme(theme.slug), { title: theme.title })),
    ...notes.map((note) => card(sitePaths.note(note.theme.slug, note.slug), { title: note.title, theme: note.theme.title })),
  ];
}) satisfies GetStaticPaths;

/** The card's PNG, drawn or taken from the card cache. */
export const GET: APIRoute<CardInput> = async ({ props }) => {
  const png = await renderCard(props);
  // A Buffer may sit on a shared ArrayBuffer, which BodyInit's types refuse; the copy is ~50 KB.
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
