import { readFileSync } from 'node:fs';
import { cspHash } from '../lib/csp.ts';

/**
 * The site's inline scripts, each kept in its own file under src/scripts/inline/ so that the
 * exact text a page carries is the text hashed for the Content-Security-Policy. (Astro hashes the
 * scripts it bundles, not `is:inline` ones.) Pages render them with `set:html`, byte for byte.
 * (redirect.js goes into pages written without Astro's page pipeline, which carry their own
 * policy: src/lib/redirect-page.ts.)
 */
export const INLINE_SCRIPTS = ['color-scheme', 'anchor-aliases'] as const;

/** `sha256-…` hashes for script-src, one per inline script. */
export function inlineScriptHashes(root: URL): Array<`sha256-${string}`> {
  return INLINE_SCRIPTS.map((name) =>
    cspHash(readFileSync(new URL(`src/scripts/inline/${name}.js`, root), 'utf8')),
  );
}
