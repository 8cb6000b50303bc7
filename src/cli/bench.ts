/**
 * `npm run bench`: measures the real site. Builds it cold several times (KB_BENCH_RUNS, default 3)
 * and reports medians: build wall time and peak memory of the whole process tree (Astro and
 * Pagefind), then what a reader downloads for a note page. Writes .tmp/bench/results.json and
 * prints a table. Timings are never asserted by tests: machines here are noisy.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { measure } from './bench/process-tree.ts';
import { pageWeight } from './bench/page-weight.ts';
import { dirSize, notePages } from './bench/dir-size.ts';
import { kb, mb, median } from './bench/stats.ts';
import { pagesNeedingJs } from './bench/no-js-reading.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp/bench');
const dist = join(out, 'site');
const runs = Number(process.env.KB_BENCH_RUNS ?? 3);

await mkdir(out, { recursive: true });
const builds = [];
for (let i = 0; i < runs; i++) {
  // Cold: no content-layer cache from an earlier build.
  await Promise.all([join(root, '.astro'), join(root, 'node_modules/.astro')].map((p) => rm(p, { recursive: true, force: true })));
  const run = await measure(process.execPath, ['src/cli/build.ts'], { KB_OUT_DIR: dist, KB_LOG_LEVEL: 'warn', ASTRO_TELEMETRY_DISABLED: '1' }, root);
  if (run.code !== 0) throw new Error(`Build failed:\n${run.output}`);
  builds.push(run);
  process.stdout.write(`build ${i + 1}/${runs}: ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)}\n`);
}

const notes = await notePages(dist, (p) => readFile(p, 'utf8'));
const weights = await Promise.all(notes.map((p) => pageWeight(dist, '/', p)));
const needJs = await pagesNeedingJs(dist, notes);
const results = {
  date: new Date().toISOString(),
  notes: notes.length,
  build: {
    runs,
    medianSeconds: median(builds.map((b) => b.seconds)),
    seconds: builds.map((b) => Number(b.seconds.toFixed(2))),
    medianPeakBytes: median(builds.map((b) => b.peakBytes)),
  },
  notePage: {
    htmlCssGzipMedian: median(weights.map((w) => w.htmlCssGzip)),
    htmlCssGzipMax: Math.max(...weights.map((w) => w.htmlCssGzip)),
    jsGzipMedian: median(weights.map((w) => w.jsGzip)),
    /** Note pages whose text differs with JavaScript off (Chromium): must be none. */
    pagesNeedingJs: needJs,
    externalRequests: Math.max(...weights.map((w) => w.externalRequests)),
  },
  distBytes: await dirSize(dist),
  pagefindBytes: await dirSize(join(dist, 'pagefind')),
};
await writeFile(join(out, 'results.json'), JSON.stringify(results, null, 2));

const rows: Array<[string, string, string]> = [
  ['Build time (cold, incl. Pagefind)', `${results.build.medianSeconds.toFixed(1)} s median of ${runs}`, `runs: ${results.build.seconds.join(', ')} s`],
  ['Peak memory of the build', mb(results.build.medianPeakBytes), 'median; whole process tree'],
  ['Note page HTML + CSS, gzipped', `${kb(results.notePage.htmlCssGzipMedian)} median`, `max ${kb(results.notePage.htmlCssGzipMax)} (budget 14 KB)`],
  ['JavaScript needed to read', needJs.length ? `needed by ${needJs.length} pages` : '0 B', `text of all ${notes.length} notes identical with JS off in Chromium; ${kb(results.notePage.jsGzipMedian)} gz of optional enhancement loaded`],
  ['Requests to other origins', String(results.notePage.externalRequests), 'must be 0'],
  ['dist/ size', kb(results.distBytes), `${results.notes} notes`],
  ['Pagefind bundle + index', kb(results.pagefindBytes), 'fetched only when searching'],
];
process.stdout.write(`\n| measure | value | notes |\n|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n\nWrote ${join(out, 'results.json')}\n`);
