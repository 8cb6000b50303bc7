/**
 * Top-level paths the site itself publishes (share pages, cards, tags, search, glossary,
 * sources, the search bundle, fonts, assets). A theme folder with one of these names would
 * collide with them, so the model refuses it.
 */
export const RESERVED_PATHS = new Set([
  'c',
  'og',
  'tags',
  'search',
  'glossary',
  'sources',
  'map',
  'pagefind',
  'fonts',
  '_astro',
  'feed',
  'claims',
  '404',
]);
