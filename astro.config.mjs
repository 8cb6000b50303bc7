// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from './src/plugins/rehype-heading-ids.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { normalizeBase } from './src/lib/urls.ts';

// Where the site is published. SITE_URL is the origin used for canonical and shared links;
// BASE_PATH is the folder it lives in on that origin (e.g. /kb/ for https://example.org/kb/).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Prism marks tokens with classes only; Shiki's inline styles would fight a strict CSP.
    syntaxHighlight: 'prism',
    // The unified() engine, so the remark/rehype ecosystem is ours. GFM is switched off here and
    // added once below, from our own remark-gfm, so it never runs twice.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeHeadingIds, [rehypeBaseLinks, { base }]],
    }),
  },
  integrations: [mdx(), pagefindIndex()],
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules start with Astro's "use astro:head-inject" directive, which the bundler
        // reports once per note although Astro handles it; the noise would hide real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
