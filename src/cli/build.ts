/**
 * `npm run build`: builds the site into a temporary folder next to the output and swaps it in
 * only when every step (Astro, content checks, Pagefind, site checks) succeeded, so a failed
 * build never leaves a half-written site behind: the previous dist/ stays as it was.
 *
 * Environment: SITE_URL, BASE_PATH (see astro.config.mjs), KB_OUT_DIR (default dist),
 * KB_CONTENT_DIR (default content), KB_RECORD_PERMALINKS=1 (`npm run permalinks`: record what
 * the build published in the permalink lock and the claim version record). `npm run permalinks --
 * --minor <claim-id>` (repeatable) records that claim's edit as minor: links to its older
 * versions then raise no banner (passed on to the build as KB_MINOR_EDITS).
 */
import './quiet-astro.ts';
import { build } from 'astro';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeBuildError } from './build-error.ts';
import { dropStaleContentStore } from './content-cache.ts';
import { deleteDiscardedSites, exists, swapInOutput } from './output-swap.ts';
import { markdownFiles, nonUtf8Files, yamlSyntax } from './preflight.ts';
import { formatProblem } from '../model/problems.ts';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { minor: { type: 'string', multiple: true } },
});
if (args.minor?.length) process.env.KB_MINOR_EDITS = args.minor.join(',');

const outDir = resolve(process.env.KB_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;

await rm(staging, { recursive: true, force: true });
await deleteDiscardedSites(outDir);
// Checks that need no Astro: they name the file and line before the bundler could fail vaguely.
const contentDir = resolve(process.env.KB_CONTENT_DIR ?? 'content');
const badEncoding = await nonUtf8Files(contentDir);
const preflight = (
  badEncoding.length
    ? badEncoding
    : [...(await markdownFiles(contentDir)), ...(await yamlSyntax(contentDir))]
).map(formatProblem);
if (preflight.length) {
  process.stderr.write(
    `\nBuild failed; ${(await exists(outDir)) ? `${outDir} is unchanged` : 'nothing was written'}.\n\n${preflight.map((p) => `  • ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
await dropStaleContentStore(
  process.cwd(),
  resolve(process.env.KB_CACHE_DIR ?? 'node_modules/.astro'),
);
try {
  await build({
    outDir: staging,
    logLevel:
      (process.env.KB_LOG_LEVEL as 'info' | 'warn' | 'error' | 'silent' | undefined) ?? 'info',
  });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  process.stderr.write(
    `\nBuild failed; ${(await exists(outDir)) ? `${outDir} is unchanged` : 'nothing was written'}.\n\n${describeBuildError(error)}\n`,
  );
  process.exit(1);
}
await swapInOutput(staging, outDir);
process.stdout.write(`Built ${outDir}\n`);
