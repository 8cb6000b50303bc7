/**
 * `npm run bench`: measures the real site, then generated corpora (KB_BENCH_SIZES, default
 * "1000"), each built cold KB_BENCH_RUNS times (default 3) in a temporary project copy.
 * Reports medians: build wall time and peak memory of the whole process tree, what a reader
 * downloads for a note page, and search as a reader meets it in Chromium. Writes
 * .tmp/bench/results.json and prints a table. No test asserts a time: machines here are noisy.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { measure } from './bench/process-tree.ts';
import { pageWeight } from './bench/page-weight.ts';
import { dirSize, notePages } from './bench/dir-size.ts';
import { kb, mb, median } from './bench/stats.ts';
import { pagesNeedingJs } from './bench/no-js-reading.ts';
import { measureSearch } from './bench/search-timing.ts';
import { writeCorpus } from './bench/corpus.ts';
import { copyProject } from './project-copy.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp/bench');
const runs = Number(process.env.KB_BENCH_RUNS ?? 3);
const sizes = (process.env.KB_BENCH_SIZES ?? '1000').split(',').filter(Boolean).map(Number);

/** Queries for the real site: the relevance set. For generated notes: words of their vocabulary. */
const realQueries = (JSON.parse(await readFile(join(root, 'tests/search/queries.json'), 'utf8')) as { queries: Array<{ query: string }> }).queries.map((q) => q.query);
const generatedQueries = ['chinchilla', 'quantization', 'contamination', 'synthetic data', 'reward', 'mixture', 'flagship', 'tokens', 'benchmark', 'classifier'];

async function benchSite(label: string, project: string, env: Record<string, string>, queries: string[]) {
  const dist = join(out, label.replace(/\W+/g, '-'));
  const builds = [];
  for (let i = 0; i < runs; i++) {
    // Cold: no generated modules or content store from an earlier build.
    await Promise.all([join(project, '.astro'), env.KB_CACHE_DIR ?? join(project, 'node_modules/.astro')].map((p) => rm(p, { recursive: true, force: true })));
    const run = await measure(process.execPath, ['src/cli/build.ts'], { ...env, KB_OUT_DIR: dist, KB_LOG_LEVEL: 'warn', ASTRO_TELEMETRY_DISABLED: '1' }, project);
    if (run.code !== 0) throw new Error(`${label}: build failed:\n${run.output}`);
    builds.push(run);
    process.stdout.write(`${label}: build ${i + 1}/${runs}: ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)}\n`);
  }
  const notes = await notePages(dist, (p) => readFile(p, 'utf8'));
  const weights = await Promise.all(notes.map((p) => pageWeight(dist, '/', p)));
  // Reading without JavaScript is checked on every real note, and on a sample of generated ones.
  const needJs = await pagesNeedingJs(dist, notes.length > 50 ? notes.filter((_, i) => i % Math.ceil(notes.length / 50) === 0) : notes);
  const search = await measureSearch(dist, notes[0]!.replace(/index\.html$/, ''), queries);
  return {
    label,
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
      pagesNeedingJs: needJs,
      externalRequests: Math.max(...weights.map((w) => w.externalRequests)),
    },
    distBytes: await dirSize(dist),
    pagefindBytes: await dirSize(join(dist, 'pagefind')),
    search,
  };
}

await mkdir(out, { recursive: true });
const results = [await benchSite('real site', root, {}, realQueries)];
for (const n of sizes) {
  const copy = await copyProject(root, `kb-bench-${n}-`);
  try {
    await writeCorpus(join(copy.root, 'content'), n);
    results.push(await benchSite(`${n} notes`, copy.root, copy.env, generatedQueries));
  } finally {
    await copy.remove();
  }
}
await writeFile(join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));

const ms = (v: number) => `${v.toFixed(0)} ms`;
const rows: Array<[string, (r: (typeof results)[number]) => string]> = [
  ['notes', (r) => String(r.notes)],
  ['build, cold, incl. Pagefind (median)', (r) => `${r.build.medianSeconds.toFixed(1)} s (${r.build.seconds.join(' / ')})`],
  ['peak memory of the build (median)', (r) => mb(r.build.medianPeakBytes)],
  ['note page HTML+CSS gz, median / max (budget 14 KB)', (r) => `${kb(r.notePage.htmlCssGzipMedian)} / ${kb(r.notePage.htmlCssGzipMax)}`],
  ['JavaScript needed to read', (r) => (r.notePage.pagesNeedingJs.length ? `needed by ${r.notePage.pagesNeedingJs.length} pages` : '0 B')],
  ['optional JS loaded by a note page, gz', (r) => kb(r.notePage.jsGzipMedian)],
  ['requests to other origins', (r) => String(r.notePage.externalRequests)],
  ['dist/ size', (r) => kb(r.distBytes)],
  ['Pagefind bundle + index on disk', (r) => kb(r.pagefindBytes)],
  ['search requests before opening search', (r) => String(r.search.fetchedBeforeOpening)],
  ['first query, bytes on the wire (UI + index)', (r) => `${kb(r.search.firstQueryBytes)} (${kb(r.search.firstQueryUiBytes)} + ${kb(r.search.firstQueryIndexBytes)})`],
  ['first results after the last index chunk', (r) => ms(r.search.firstResultsAfterChunksMs)],
  ['last keystroke → results, median / max (incl. 50 ms debounce)', (r) => `${ms(r.search.keystrokeToResultsMedianMs)} / ${ms(r.search.keystrokeToResultsMaxMs)} over ${r.search.queries - 1} queries`],
];
const table = [`| measure | ${results.map((r) => r.label).join(' | ')} |`, `|---|${results.map(() => '---|').join('')}`, ...rows.map(([name, cell]) => `| ${name} | ${results.map(cell).join(' | ')} |`)];
process.stdout.write(`\n${table.join('\n')}\n\nWrote ${join(out, 'results.json')}\n`);
