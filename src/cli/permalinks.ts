/**
 * `npm run permalinks`: records what the last build published — every page and every heading
 * and claim anchor — in content/permalinks.lock.json, and commits nothing itself. It only ever
 * adds: a link, once published, stays in the lock and every later build checks that it still
 * lands (src/integrations/site-checks.ts). Run it after `npm run build`, and commit the lock.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mergeLock, publishedAnchors, type PermalinkLock } from '../lib/permalinks.ts';
import { readBuiltPages } from '../lib/built-pages.ts';
import { lockFile } from '../lib/content-dir.ts';

const dist = resolve(process.env.KB_OUT_DIR ?? 'dist');
if (!(await stat(dist).catch(() => undefined))) {
  process.stderr.write(`No build at ${dist}: run \`npm run build\` first.\n`);
  process.exit(1);
}
const path = lockFile();
const lock = JSON.parse(await readFile(path, 'utf8').catch(() => '{"pages":{}}')) as PermalinkLock;
// Redirect pages (moved notes, claim share URLs) publish no anchors of their own.
const pages = (await readBuiltPages(dist)).map((p) => [p.path, p.html.includes('name="kb:redirect"') ? [] : publishedAnchors(p.html)] as const);
const { lock: merged, added } = mergeLock(lock, new Map(pages));
const about = 'Every page and anchor this site has published. The build fails if one stops landing. Add with `npm run permalinks`; never remove by hand.';
await writeFile(path, `${JSON.stringify({ about, pages: merged.pages }, null, 1)}\n`);
process.stdout.write(added.length ? `Recorded ${added.length} new pages and anchors in ${path}:\n${added.map((a) => `  + ${a}`).join('\n')}\n` : `${path} already records every page and anchor.\n`);
