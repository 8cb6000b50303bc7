import GithubSlugger, { slug } from 'github-slugger';

/**
 * The one slug function of the site. Heading anchors in the renderer, the permalink checks and
 * the tests all call it, so an anchor computed anywhere matches the id on the page. It is
 * GitHub's algorithm (lower-case, punctuation dropped, spaces to hyphens, letters of every script
 * kept), which is also what readers expect from pasting a GitHub-style link.
 */
export function slugify(text: string): string {
  return slug(text.normalize('NFC').trim());
}

/** A slugger for one page: repeated headings get `-1`, `-2` … suffixes, as on GitHub. */
export function createSlugger(): { slug(text: string): string; reserve(id: string): void } {
  const slugger = new GithubSlugger();
  return {
    slug: (text) => slugger.slug(text.normalize('NFC').trim()),
    // Ids already taken on the page (claims): a heading with the same text then gets a suffix.
    reserve: (id) => {
      slugger.occurrences[id] ??= 0;
    },
  };
}

/** Lower-case words joined by single hyphens (`balance-at-405b`), unanchored, to build patterns from. */
export const KEBAB_WORDS = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Lower-case words joined by single hyphens: the only shape a public id or slug may take. */
export const KEBAB_CASE = new RegExp(`^${KEBAB_WORDS}$`);

/** True for lower-case words joined by single hyphens, the shape of every public id and slug. */
export function isKebabCase(value: string): boolean {
  return KEBAB_CASE.test(value);
}
