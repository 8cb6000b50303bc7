import type { APIRoute } from 'astro';
import { getModel } from '../model/load.ts';
import { sourcesJson } from '../lib/open-data.ts';
import { urls } from '../lib/urls.ts';

/** Every source and what cites it, as open data (shape in README.md). */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(sourcesJson(await getModel(), site!, urls), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
