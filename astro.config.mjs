// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { asciiContentData } from './src/plugins/ascii-content-data.ts';
import { remarkPlugins, rehypePlugins } from './src/model/pipeline.ts';
import { publish } from './src/publish/integration.ts';
import { pagefindDev } from './src/integrations/pagefind-dev.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { inlineScriptHashes } from './src/publish/inline-scripts.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/csp.ts';
import { fontFallbacks } from './src/integrations/font-fallbacks.ts';
import { SYSTEM_FACES, fallbackFamily } from './src/lib/font-fallbacks.ts';
import { subsetFonts } from './src/integrations/font-subsets.ts';
import { contentDir } from './src/lib/content-dir.ts';

// Where the site is published. SITE_URL is the origin used for canonical and shared links;
// BASE_PATH is the folder it lives in on that origin (e.g. /kb/ for https://example.org/kb/).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH ?? '/');
// The publish step: it collects every note's scan from the MDX compile below, and writes what
// the pages do not (share pages, redirects, cards, the search index) when the build is done.
const publishStep = publish();

// The site's two faces, self-hosted from npm packages (nothing downloads at build time): Source
// Serif 4 for reading, Source Sans 3 for headings and the interface. Why these two:
// docs/architecture.md#typography. Astro writes their @font-face rules into each page, and
// src/components/FontPreloads.astro the preloads. The fallbacks are ours
// (src/lib/font-fallbacks.ts): system fonts sized to the site's fonts for Windows, macOS and Linux
// alike, so display 'swap' can draw the first page at once and swap the real fonts in without
// moving a line. The files hold the characters of fontsource's Latin cut that the site's sources
// use (below); a character they lack (≈, Greek) is drawn from the fallbacks, so no unicode-range
// is needed.
/**
 * The font stack after a site font: its metric-matched stand-ins, then the generic family.
 * @param {string} font
 * @param {Record<string, unknown>} faces
 * @param {'serif' | 'sans-serif'} generic
 */
const fallbacksFor = (font, faces, generic) => [
  ...Object.keys(faces).map((group) => fallbackFamily(font, group)),
  generic,
];
/**
 * One static face (one weight, one style) from a @fontsource package.
 * @param {string} slug
 * @param {number} weight
 * @param {'normal' | 'italic'} style
 * @returns {{ src: [string], weight: number, style: 'normal' | 'italic' }}
 */
const staticFace = (slug, weight, style) => ({
  src: [`@fontsource/${slug}/files/${slug}-latin-${weight}-${style}.woff2`],
  weight,
  style,
});
/**
 * One variable face (every weight in one file) from a @fontsource-variable package.
 * @param {string} slug
 * @param {'normal' | 'italic'} style
 * @returns {{ src: [string], weight: string, style: 'normal' | 'italic' }}
 */
const variableFace = (slug, style) => ({
  src: [`@fontsource-variable/${slug}/files/${slug}-latin-wght-${style}.woff2`],
  weight: '200 900',
  style,
});

// Static cuts, not the variable file (51 KB): body text is regular (20 KB, preloaded), claims
// semibold (22 KB, fetched when a page has one), cited titles italic (20 KB). A page without claims
// or citations, like the home page, loads 31 KB less serif. (Sizes before the cut below.)
const serifFaces = /** @type {const} */ ([
  staticFace('source-serif-4', 400, 'normal'),
  staticFace('source-serif-4', 600, 'normal'),
  staticFace('source-serif-4', 400, 'italic'),
]);
const sansFaces = /** @type {const} */ ([variableFace('source-sans-3', 'normal')]);
// Every file cut down to the characters the site's sources can draw (src/lib/font-subset.ts): the
// four faces a note loads weighed 60 KB together instead of 91 KB with today's notes.
const subsets = await subsetFonts(
  [...serifFaces, ...sansFaces].flatMap((face) => face.src),
  {
    textFolders: [contentDir, fileURLToPath(new URL('./src/', import.meta.url))],
    project: fileURLToPath(new URL('./', import.meta.url)),
  },
);
/**
 * A face with its files replaced by the cut ones.
 * @template {{ src: string[] }} Face
 * @param {Face} face
 * @returns {Face}
 */
const cut = (face) => ({ ...face, src: face.src.map((file) => subsets.get(file) ?? file) });
/**
 * Faces with their files replaced by the cut ones (Astro wants at least one face).
 * @template {{ src: string[] }} Face
 * @param {readonly [Face, ...Face[]]} faces
 * @returns {[Face, ...Face[]]}
 */
const subsetted = ([first, ...rest]) => [cut(first), ...rest.map(cut)];

export default defineConfig({
  site,
  // Builds in temporary project copies (tests, benchmark) keep their own cache: node_modules is
  // shared with the real project there, and the default cache lives inside it.
  ...(process.env.KB_CACHE_DIR ? { cacheDir: process.env.KB_CACHE_DIR } : {}),
  base,
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      fallbacks: fallbacksFor('Source Serif 4', SYSTEM_FACES.serif, 'serif'),
      optimizedFallbacks: false,
      display: 'swap',
      options: { variants: subsetted(serifFaces) },
    },
    {
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--font-sans',
      fallbacks: fallbacksFor('Source Sans 3', SYSTEM_FACES.sans, 'sans-serif'),
      optimizedFallbacks: false,
      display: 'swap',
      options: { variants: subsetted(sansFaces) },
    },
  ],
  trailingSlash: 'always',
  // Stylesheets inlined: the page's one render-blocking request goes away (about 0.4 s of first
  // paint on Lighthouse's mobile profile) for ~3.8 KB gzipped per page, counted in the 14 KB
  // budget either way. Astro hashes inlined styles into the page's CSP.
  // Four pages generated at a time. One at a time, the build sat idle while each page's folder
  // and file were written: 3.2 s of 11.4 s of page generation in a profile at 1,000 notes (4,024
  // pages). Page generation there took 14.6 and 15.9 s one at a time, 13.4 and 9.6 s four at a
  // time; 8 and 16 at a time did no better (10.5–11.9 s).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // A strict Content-Security-Policy in every page's <meta>: scripts only from this site or
  // hashed by Astro (the colour-scheme, anchor-alias and redirect scripts), nothing loaded from
  // another origin. Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and runs in a worker.
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: {
        resources: SCRIPT_SOURCES,
        hashes: inlineScriptHashes(new URL('./', import.meta.url)),
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Prism marks tokens with classes only; Shiki's inline styles would fight a strict CSP.
    syntaxHighlight: 'prism',
    // The unified() engine, so the remark/rehype ecosystem is ours. GFM is switched off here and
    // added once, from our own remark-gfm in the shared list, so it never runs twice. The list
    // (src/model/pipeline.ts) includes the note scan that feeds the model.
    processor: unified({
      gfm: false,
      remarkPlugins,
      rehypePlugins: rehypePlugins({ base, onScan: publishStep.onScan }),
    }),
  },
  integrations: [
    publishStep,
    mdx(),
    // Astro's own pages only: share and redirect pages are written by the publish step, after.
    // Claims' history pages (/c/<id>/history/) are records, not content to send searchers to.
    sitemap({ filter: (page) => !page.endsWith('/404/') && !/\/c\/[^/]+\/history\/$/.test(page) }),
    pagefindDev(),
  ],
  vite: {
    // Astro's content-data module, kept ASCII so V8 loads it several times faster (see the plugin).
    plugins: [asciiContentData(), fontFallbacks()],
    build: {
      // Never inline scripts: the colour-scheme script is the page's only inline script, and
      // enhancement scripts load as cacheable files (and stay out of the 14 KB HTML budget).
      assetsInlineLimit: 0,
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
