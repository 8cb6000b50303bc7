import type { APIRoute } from 'astro';
import { absoluteUrl, urls } from '../lib/urls.ts';

/** Everything may be crawled; the sitemap says where the pages are. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site!, urls.sitemap())}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
