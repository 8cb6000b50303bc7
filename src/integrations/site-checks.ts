import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brokenPermalinks, publishedAnchors, readLanding, type PermalinkLock } from '../lib/permalinks.ts';
import { builtPagesOf, sourceOf, type BuiltPage } from '../lib/built-pages.ts';
import { contentDir, lockFile } from '../lib/content-dir.ts';
import type { BulkPage } from '../lib/bulk-files.ts';

/**
 * Checks the built site before it is published, and fails the build naming the file and the fix:
 * 1. every link ever published (content/permalinks.lock.json) still lands;
 * 2. no page repeats an id.
 * Links written in the prose are checked on the source by the content model (src/lib/link-graph.ts),
 * with line numbers. A full crawl of the built site with linkinator (src/lib/link-check.ts) runs
 * in the test suite instead of here: at 1,000 notes it took 35–58 s, more than the rest of the
 * build, for links the templates generate from the same checked model.
 * It also lists the pages that only redirect, so the sitemap can leave them out.
 * `written`: the pages src/integrations/bulk-files.ts wrote before this runs (checked from memory).
 */
export function siteChecks(options: { redirects?: Set<string>; written?: BulkPage[] } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'kb:site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, pages: rendered, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const pages = await builtPagesOf(root, rendered, options.written ?? []);
        // Pages that only redirect (moved notes, claim share URLs) are not content: the sitemap skips them.
        for (const page of pages) if (page.html.includes('name="kb:redirect"')) options.redirects?.add(`${base}${page.path.slice(1)}`);
        const problems = [...(await checkPermalinks(pages, base, logger)), ...duplicateIds(pages)];
        if (problems.length) throw new Error(`The built site has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
        logger.info(`checked permalinks and ids of ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

async function checkPermalinks(pages: BuiltPage[], base: string, logger: { info(m: string): void; warn(m: string): void }): Promise<string[]> {
  const lockPath = lockFile();
  const text = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (!text) {
    logger.warn(`no ${lockPath} yet: run \`npm run permalinks\` to record what this build publishes, and commit it`);
    return [];
  }
  const lock = JSON.parse(text) as PermalinkLock;
  const landings = new Map(pages.map((p) => [p.path, readLanding(p.html, base)]));
  // Anchors this build adds to a page are the likely new names of the ones it lost.
  const unrecorded = (path: string) => publishedAnchors(pages.find((p) => p.path === path)?.html ?? '').filter((a) => !lock.pages[path]?.includes(a));
  const problems = brokenPermalinks(lock, landings).map(({ link, reason }) => {
    const [path] = link.split('#');
    const anchor = link.includes('#') ? link.slice(link.indexOf('#') + 1) : '';
    const file = sourceOf(path!, contentDir) ?? 'the note that now holds it';
    const candidates = unrecorded(path!);
    const to = candidates.length === 1 ? candidates[0] : '<new id>';
    const hint = candidates.length ? ` (new on this page: ${candidates.join(', ')})` : '';
    const fix = anchor
      ? `keep the id "${anchor}"; or declare it in ${file}: anchor_aliases: [{ from: ${anchor}, to: ${to} }]${hint} (for a claim: aliases: [${anchor}] on the claim); or, if the content moved to another note, put the alias there with from: "${path}#${anchor}"`
      : `keep the page; or add moved_from: ["${path}"] to the note that replaces it`;
    return `${link} was published (${lockPath}) and ${reason}. Fix: ${fix}`;
  });
  const recorded = new Set(Object.entries(lock.pages).flatMap(([path, anchors]) => [path, ...anchors.map((a) => `${path}#${a}`)]));
  const fresh = pages.flatMap((p) => [p.path, ...publishedAnchors(p.html).map((a) => `${p.path}#${a}`)]).filter((l) => !recorded.has(l));
  if (fresh.length) logger.info(`${fresh.length} new pages or anchors are not in ${lockPath} yet: run \`npm run permalinks\` and commit the lock`);
  return problems;
}

function duplicateIds(pages: BuiltPage[]): string[] {
  return pages.flatMap((page) => {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const [, id] of page.html.matchAll(/\sid="([^"]+)"/g)) (seen.has(id!) ? repeated : seen).add(id!);
    const file = sourceOf(page.path, contentDir);
    return [...repeated].map((id) => `${page.path} has two elements with id "${id}"${file ? ` (${file})` : ''}. Fix: rename a heading (headings and claim ids share one page), or give the claim another id`);
  });
}
