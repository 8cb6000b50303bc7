import type { APIRoute } from 'astro';
import { SITE } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';
import { ICON_SIZES, THEME_COLOR } from '../lib/app-icon.ts';

/**
 * The web app manifest: with it and the service worker (src/publish/offline.ts) browsers offer to
 * install the notes as an app that opens offline. Scope and start are the base path, so an app
 * installed from one site on a host never opens another's pages.
 */
export const GET: APIRoute = () =>
  Response.json(
    {
      name: SITE.name,
      short_name: SITE.name,
      description: SITE.tagline,
      lang: SITE.lang,
      id: urls.home(),
      start_url: urls.home(),
      scope: urls.home(),
      display: 'standalone',
      background_color: THEME_COLOR,
      theme_color: THEME_COLOR,
      icons: ICON_SIZES.map((size) => ({
        src: urls.appIcon(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
    },
    { headers: { 'content-type': 'application/manifest+json' } },
  );
