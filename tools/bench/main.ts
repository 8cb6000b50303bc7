/**
 * `npm run bench`: measures the real site and generated corpora (KB_BENCH_SIZES, default
 * "1000,5000"), each built cold KB_BENCH_RUNS times (default 3) in a temporary project copy, next
 * to the floor: a bare Astro 7 site with the same Markdown stack rendering the same notes
 * (tools/bench/floor.ts), built in the same run, taking turns with ours, so the ratio means
 * something on a noisy machine. Reports medians: build time and peak memory of the whole process
 * tree, where the time goes (stages, and a CPU profile of one build at the first size), what a
 * reader downloads, search in Chromium (on the real site, the bench's own queries: ./queries.ts),
 * and Lighthouse. Writes .tmp/bench/results.json and prints tables. No test asserts any of it:
 * timings here vary by ±25%.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { interleavedBuilds, measureSite, timeBuilds, type BuildStats } from './site-bench.ts';
import { pairedRatios } from './stats.ts';
import { tailWord, writeCorpus } from './corpus.ts';
import { createFloor } from './floor.ts';
import { measureFloorSearch, type FloorSearchMeasure } from './floor-search.ts';
import { copyProject } from '../project-copy.ts';
import { formatScores, lighthouse } from './lighthouse.ts';
import { measure } from './process-tree.ts';
import { selfTimeByPackage } from './cpu-profile.ts';
import { printReport } from './report.ts';
import { REAL_SITE_QUERIES } from './queries.ts';
import { chartedNotePages } from './charted-notes.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp/bench');
const runs = Number(process.env.KB_BENCH_RUNS ?? 3);
const sizes = (process.env.KB_BENCH_SIZES ?? '1000,5000').split(',').filter(Boolean).map(Number);
const log = (line: string) => process.stdout.write(`${line}\n`);
// The generated notes' words (corpus.ts): tail words by rank (rank 1000 is in about 4% of the
// notes, rank 100 in a quarter, rank 10000 in a handful) and common words, which are in all.
const generatedQueries = [
  tailWord(1000),
  tailWord(100),
  'quantization',
  tailWord(10000),
  'synthetic data',
  tailWord(300),
  'reward',
  tailWord(30),
  'contamination',
  tailWord(3000),
  'benchmark',
];
const build = ['src/cli/build.ts'];

await mkdir(out, { recursive: true });

// The real site.
const realDist = join(out, 'real-site');
const realBuilds = await timeBuilds(
  'real site',
  runs,
  build,
  root,
  { KB_OUT_DIR: realDist, KB_LOG_LEVEL: 'info' },
  log,
);
const real = {
  label: 'real site',
  build: realBuilds,
  ...(await measureSite(
    realDist,
    REAL_SITE_QUERIES,
    'Llama',
    await chartedNotePages(join(root, 'content')),
  )),
  lighthouse: await lighthouse(realDist, ['', 'scale/', 'scale/beyond-chinchilla/', 'search/']),
};
log(`real site: Lighthouse ${real.lighthouse.map(formatScores).join(', ')}`);

// Generated corpora, each next to its floor.
const corpora = [];
for (const [i, n] of sizes.entries()) {
  const copy = await copyProject(root, `kb-bench-${n}-`);
  // The card cache lives outside the cold-cleared folders: keeping unchanged cards between
  // builds is the point of it. The first build draws every card and is reported on its own.
  const env = {
    ...copy.env,
    KB_CARD_CACHE: join(copy.root, 'card-cache'),
    KB_OUT_DIR: join(out, `${n}-notes`),
    KB_LOG_LEVEL: 'info',
  };
  try {
    await writeCorpus(join(copy.root, 'content'), n);
    const first = await timeBuilds(
      `${n} notes, first build (draws every card)`,
      1,
      build,
      copy.root,
      env,
      log,
    );
    const floor = await createFloor(join(copy.root, 'content'), join(root, 'node_modules'));
    let builds: Record<'ours' | 'bare', BuildStats>;
    let floorSearch: FloorSearchMeasure;
    try {
      builds = await interleavedBuilds(
        {
          ours: { label: `${n} notes`, command: build, project: copy.root, env },
          bare: {
            label: `${n} notes, floor`,
            command: ['node_modules/astro/bin/astro.mjs', 'build'],
            project: floor.root,
            env: { KB_CACHE_DIR: join(floor.root, '.cache') },
          },
        },
        runs,
        log,
      );
      // The floor's first search, with the first query ours gets (measureSite below).
      floorSearch = await measureFloorSearch(join(floor.root, 'dist'), generatedQueries[0]!);
    } finally {
      await floor.remove();
    }
    const { ours, bare } = builds;
    let profile: Array<[string, number]> | undefined;
    if (i === 0) {
      // One more build under the V8 profiler: which code the build time goes to.
      const dir = join(out, 'cpu-profile');
      await rm(dir, { recursive: true, force: true });
      await measure(
        process.execPath,
        ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...build],
        { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
        copy.root,
      );
      profile = (await selfTimeByPackage(join(dir, (await readdir(dir))[0]!)))
        .slice(0, 15)
        .map(([k, v]) => [k, Number((v / 1000).toFixed(1))]);
    }
    const site = await measureSite(
      env.KB_OUT_DIR,
      generatedQueries,
      'chinchilla',
      await chartedNotePages(join(copy.root, 'content')),
    );
    const [lh] = await lighthouse(env.KB_OUT_DIR, [site.firstNote]);
    corpora.push({
      label: `${n} notes`,
      size: n,
      firstBuildSeconds: Number(first.medianSeconds.toFixed(1)),
      build: ours,
      floor: { ...bare, search: floorSearch },
      ratio: {
        time: Number((ours.medianSeconds / bare.medianSeconds).toFixed(2)),
        memory: Number((ours.medianPeakBytes / bare.medianPeakBytes).toFixed(2)),
        timeByTurn: pairedRatios(ours.seconds, bare.seconds),
      },
      ...site,
      lighthouse: lh ? [lh] : [],
      ...(profile ? { profile } : {}),
    });
    // Written after every corpus, so a long run that fails later keeps what it measured.
    await writeFile(
      join(out, 'results.json'),
      JSON.stringify({ date: new Date().toISOString(), runs, real, corpora }, null, 2),
    );
  } finally {
    await copy.remove();
  }
}

const results = { date: new Date().toISOString(), runs, real, corpora };
await writeFile(join(out, 'results.json'), JSON.stringify(results, null, 2));
printReport(results, log);
log(`\nWrote ${join(out, 'results.json')}`);
