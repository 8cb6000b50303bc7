import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUrls, sitePaths } from '../lib/urls.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * `astro dev` has no search index of its own: Pagefind runs after a production build. This serves
 * the last build's `dist/pagefind/` at `<base>pagefind/`, so search works while writing (against
 * the last built content). When there is no build yet, the request 404s and the search UI says
 * that `npm run build` is needed.
 */
export function pagefindDev(): AstroIntegration {
  let bundle = '';
  let prefix: string = sitePaths.pagefind();
  return {
    name: 'kb:pagefind-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        bundle = join(fileURLToPath(config.outDir), 'pagefind');
        prefix = createUrls(config.base).pagefind();
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const file = join(
            bundle,
            normalize(decodeURIComponent(path.slice(prefix.length))).replace(/^(\.\.[/\\])+/, ''),
          );
          const body = await readFile(file).catch(() => undefined);
          if (!body) return next();
          res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(body);
        });
      },
    },
  };
}
