import type { APIRoute } from 'astro';
import { getModel } from '../model/load.ts';
import { atomFeed } from '../lib/feed.ts';
import { urls } from '../lib/urls.ts';

/** An Atom feed of the notes by last update. */
export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await getModel(), site!, urls), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
