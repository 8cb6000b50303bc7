/**
 * Where a link written in a note leads, resolved the way a browser resolves it on the note's page:
 * `/scale/why-405b/#x` (root-relative), `../why-405b/#x` or `why-405b/` (relative), `#x` (this
 * page). Pure: the checks and the backlinks both use it.
 */
import type { SitePath } from '../lib/urls.ts';
import { sitePaths } from '../lib/urls.ts';

export type LinkTarget =
  /** Another site, a mail address, a download: not ours to check. */
  | { kind: 'external' }
  /** A page of this site (without the base) and an anchor on it ('' for none). */
  | { kind: 'site'; path: SitePath; anchor: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Any origin would do: only the path and fragment of the resolved URL are read.
const ORIGIN = 'https://site.invalid';

/** Resolves `href` as written on the page at `from` (a site path). */
export function resolveLink(href: string, from: SitePath): LinkTarget {
  if (SCHEME.test(href) || href.startsWith('//')) return { kind: 'external' };
  const url = new URL(href, ORIGIN + from);
  const anchor = url.hash ? safeDecode(url.hash.slice(1)) : '';
  return { kind: 'site', path: sitePaths.parse(safeDecode(url.pathname)), anchor };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
