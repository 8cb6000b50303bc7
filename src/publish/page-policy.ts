import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { mapLimited } from '../lib/concurrency.ts';
import { cspHash } from '../lib/csp.ts';

/**
 * Narrows each page's Content-Security-Policy to the inline code that page carries.
 *
 * Why: Astro writes one policy for the whole site into every page, with a hash for every inline
 * style of every page and for every script and stylesheet file of the build. Files are allowed by
 * 'self' already; a hash is only needed for code inside the page. The full list cost a note page
 * about 1 KB of its 14 KB gzipped (hashes do not compress), grew by one hash on every page with
 * each new script file, and let a page run inline code that only another page has. This keeps, of
 * Astro's hashes, those of the scripts and styles in the page, and never adds one Astro did not
 * list. The page's markup is not otherwise touched.
 */

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** A hash as the policy writes it, quoted. */
const sha256 = (code: string) => `'${cspHash(code)}'`;

/** The policy of one page, keeping only the hashes of inline code found in `html`. */
export function narrowPolicy(html: string): string {
  const match = POLICY.exec(html);
  if (!match) return html;
  const present = new Set(
    [...html.matchAll(INLINE_SCRIPT), ...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1]!)),
  );
  const policy = match[2]!
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !source.startsWith("'sha") || present.has(source))
        .join(' '),
    )
    .filter(Boolean)
    .join(';');
  return html.replace(
    POLICY,
    (_, open: string, _old: string, close: string) => open + policy + close,
  );
}

/** Rewrites the policy of every page Astro wrote (share and redirect pages carry their own). */
export async function narrowPagePolicies(
  pages: readonly URL[],
  concurrency: number,
): Promise<void> {
  await mapLimited(pages, concurrency, async (page) => {
    const path = fileURLToPath(page);
    const html = await readFile(path, 'utf8');
    const narrowed = narrowPolicy(html);
    if (narrowed !== html) await writeFile(path, narrowed);
  });
}
