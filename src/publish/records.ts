/**
 * `npm run permalinks`: the two committed records gain what this build published. Both only grow:
 * the permalink lock (every page and anchor) and the claim version record (every version of every
 * claim). The build checks the content against both (src/model/checks/).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { historyFile, lockFile } from '../lib/content-dir.ts';
import { appendVersions, type ClaimHistory } from '../lib/claim-versions.ts';
import { mergeLock, type PermalinkLock } from '../lib/permalinks.ts';
import { publishedPages } from '../model/published.ts';
import type { Model } from '../model/types.ts';

type Logger = { info(message: string): void };

/** Reads a record (or `empty`), writes what `update` makes of it, and logs what was added. */
async function updateRecord<T>(
  path: string,
  empty: string,
  what: string,
  logger: Logger,
  update: (before: T) => { record: object; added: string[] },
): Promise<void> {
  const before = JSON.parse(await readFile(path, 'utf8').catch(() => empty)) as T;
  const { record, added } = update(before);
  await writeFile(path, `${JSON.stringify(record, null, 1)}\n`);
  logger.info(
    added.length
      ? `recorded ${added.length} new ${what} in ${path}:\n${added.map((a) => `  + ${a}`).join('\n')}`
      : `${path} already records every one of its ${what}`,
  );
}

/** Adds every page and anchor of this build to the permalink lock; never removes one. */
export function recordPermalinks(model: Model, logger: Logger): Promise<void> {
  return updateRecord<PermalinkLock>(
    lockFile(),
    '{"pages":{}}',
    'pages and anchors',
    logger,
    (lock) => {
      const published = new Map(
        [...publishedPages(model, lock)].map(([page, { anchors }]) => [page as string, anchors]),
      );
      const { lock: merged, added } = mergeLock(lock, published);
      const about =
        'Every page and anchor this site has published. The build fails if one stops landing. Add with `npm run permalinks`; never remove by hand.';
      return { record: { about, pages: merged.pages }, added };
    },
  );
}

/** Appends every claim version this build published for the first time; never changes one. */
export function recordVersions(model: Model, logger: Logger): Promise<void> {
  return updateRecord<ClaimHistory>(
    historyFile(),
    '{"claims":{}}',
    'claim versions',
    logger,
    (before) => {
      const { history, added } = appendVersions(before, model.claims.values());
      const about =
        'Every published version of every claim, with the date it was first published. The build fails if a claim changes without a new version here. Add with `npm run permalinks`; never edit by hand.';
      return { record: { about, claims: history.claims }, added };
    },
  );
}
