/**
 * Everything there is one of per claim or per note but no page of its own to render: claim
 * share pages, moved notes' redirects, social cards. Astro spends about 1.2 ms of overhead on
 * every route it generates (3.7 ms for a cached card), which at 5,000 notes came to more than
 * half a minute; so this one route lists them all, and src/integrations/bulk-files.ts writes
 * them out after the build and removes this file.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../content.ts';
import { cards, movedPages, sharePages } from '../lib/bulk-files.ts';
import { urls } from '../lib/urls.ts';
import script from '../scripts/inline/redirect.js?raw';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const pages = [...sharePages(model, site!, urls, script), ...movedPages(model, site!, urls, script)];
  return new Response(JSON.stringify({ pages, cards: cards(model) }), { headers: { 'content-type': 'application/json' } });
};
