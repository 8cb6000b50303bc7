/**
 * Every route of the site as a site path: a path without the base, as the model, the permalink
 * lock and error messages name pages (`/scale/why-405b/`). src/lib/urls.ts offers them as
 * `sitePaths` and, with the base in front, as `createUrls(base)`; import them from there, except
 * in a browser script that needs only one or two (a named import keeps the rest out of its bundle).
 */
import { FAVICON_SIZE } from './app-icon.ts';
import { PREVIEW_FILE } from './previews.ts';

/**
 * A path on the site without the base. Branded so a base-prefixed URL cannot be passed where a
 * site path is meant; only the builders below make one.
 */
export type SitePath = string & { readonly __sitePath: true };

const asSitePath = (path: string) => path as SitePath;

export const home = () => asSitePath('/');
export const theme = (theme: string) => asSitePath(`/${theme}/`);
/** A note, from its theme and slug or from its id (`theme/note`). */
export const note = (themeOrId: string, note?: string) =>
  asSitePath(note === undefined ? `/${themeOrId}/` : `/${themeOrId}/${note}/`);
/** A note's link-preview data (src/lib/previews.ts): `/scale/why-405b/preview.json`. */
export const notePreview = (noteId: string) => asSitePath(`/${noteId}/${PREVIEW_FILE}`);
/** The short, permanent share URL of a claim. */
export const claimShare = (claimId: string) => asSitePath(`/c/${claimId}/`);
/** The share URL of one version of a claim: it unfurls as that version, and tells what changed since. */
export const claimVersion = (claimId: string, version: number | string) =>
  asSitePath(`/c/${claimId}/v/${version}/`);
/** Every version of a claim, with what changed from one to the next. */
export const claimHistory = (claimId: string) => asSitePath(`/c/${claimId}/history/`);
/** A note's Markdown twin, next to its page: `/scale/why-405b/index.md`. */
export const noteMarkdown = (themeOrId: string, slug?: string) =>
  asSitePath(`${note(themeOrId, slug)}index.md`);
/** A claim's Markdown, next to its share page: `/c/balance-at-405b/index.md`. */
export const claimMarkdown = (claimId: string) => asSitePath(`${claimShare(claimId)}index.md`);
/** The site for language models (the llms.txt proposal): an index, and every note in one file. */
export const llmsTxt = () => asSitePath('/llms.txt');
export const llmsFullTxt = () => asSitePath('/llms-full.txt');
export const tags = () => asSitePath('/tags/');
export const tag = (tag: string) => asSitePath(`/tags/${tag}/`);
export const glossary = () => asSitePath('/glossary/');
/** The glossary's link-preview data (src/lib/previews.ts): every term's definition. */
export const glossaryPreview = () => asSitePath(`/glossary/${PREVIEW_FILE}`);
export const sources = () => asSitePath('/sources/');
/** The claim map: themes, notes, claims and the sources that decide them. */
export const map = () => asSitePath('/map/');
export const search = () => asSitePath('/search/');
export const feed = () => asSitePath('/feed.xml');
export const claimsJson = () => asSitePath('/claims.json');
export const sourcesBib = () => asSitePath('/sources.bib');
export const sourcesJson = () => asSitePath('/sources.json');
export const sitemap = () => asSitePath('/sitemap-index.xml');
/** The web app manifest, and its icons (a PNG square `size` pixels wide); the favicon is one. */
export const webManifest = () => asSitePath('/manifest.webmanifest');
export const appIcon = (size: string) => asSitePath(`/icons/icon-${size}.png`);
export const favicon = () => appIcon(FAVICON_SIZE);
/** The service worker: at the root of the base path, so its scope is the whole site and no more. */
export const serviceWorker = () => asSitePath('/sw.js');
/** What "Save for offline" fetches: every page and the search index, with their sizes. */
export const offlineList = () => asSitePath('/offline.json');
/** The Pagefind bundle (written after the build), or one file in it. */
export const pagefind = (file = '') => asSitePath(`/pagefind/${file}`);
/** A page's social card: `/` → `/og/home.png`, `/scale/why-405b/` → `/og/scale/why-405b.png`. */
export const card = (page: string) =>
  asSitePath(`/og/${page.replace(/^\/+|\/+$/g, '') || 'home'}.png`);
/**
 * A site path given as text (a `moved_from` entry, a lock key, a link resolved by the model),
 * checked for its shape: a leading slash.
 */
export const parse = (path: string) => {
  if (!path.startsWith('/')) throw new Error(`not a site path: ${path}`);
  return asSitePath(path);
};
