/**
 * `npm run bench:search`: only the first search, ours next to the floor's, without the rest of
 * `npm run bench` (no timed builds, page weights or Lighthouse). For each size in KB_BENCH_SIZES
 * (default "1000") it generates the notes, builds our site and the floor once each, then opens
 * a first search KB_BENCH_RUNS times on each (default 3, taking turns), with the same functions
 * as the full bench (search-timing.ts, floor-search.ts). Repeating on one build shows how far the
 * index bytes move from run to run: a prefix typed on the way can fetch a chunk of its own.
 */
import { join, resolve } from 'node:path';
import { notePath, tailWord, writeCorpus } from './corpus.ts';
import { createFloor } from './floor.ts';
import { measureFloorSearch } from './floor-search.ts';
import { measureSearch } from './search-timing.ts';
import { copyProject } from '../project-copy.ts';
import { measure } from './process-tree.ts';
import { kb, median } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.KB_BENCH_RUNS ?? 3);
const sizes = (process.env.KB_BENCH_SIZES ?? '1000').split(',').filter(Boolean).map(Number);
// The first query of the full bench's generated session (main.ts).
const query = tailWord(1000);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Builds once, as the full bench does (process-tree.ts: stdout and stderr, no output limit). */
async function build(label: string, args: string[], cwd: string, env: Record<string, string>) {
  const run = await measure(process.execPath, args, { ...env, ASTRO_TELEMETRY_DISABLED: '1' }, cwd);
  if (run.code !== 0) throw new Error(`${label}: build failed:\n${run.output.slice(-3000)}`);
  log(`${label}: built in ${run.seconds.toFixed(1)} s`);
}

interface Row {
  firstQueryUiBytes: number;
  firstQueryIndexBytes: number;
  firstQueryBytes: number;
  firstResultsAfterChunksMs: number;
}
const line = (label: string, r: Row) =>
  `| ${label} | ${kb(r.firstQueryUiBytes)} | ${kb(r.firstQueryIndexBytes)} | ${kb(r.firstQueryBytes)} | ${Math.round(r.firstResultsAfterChunksMs)} ms |`;
const medians = (rows: Row[]): Row => ({
  firstQueryUiBytes: median(rows.map((r) => r.firstQueryUiBytes)),
  firstQueryIndexBytes: median(rows.map((r) => r.firstQueryIndexBytes)),
  firstQueryBytes: median(rows.map((r) => r.firstQueryBytes)),
  firstResultsAfterChunksMs: median(rows.map((r) => r.firstResultsAfterChunksMs)),
});

for (const n of sizes) {
  const copy = await copyProject(root, `kb-first-search-${n}-`);
  const dist = join(copy.root, 'dist');
  try {
    await writeCorpus(join(copy.root, 'content'), n);
    await build(`${n} notes`, ['src/cli/build.ts'], copy.root, { ...copy.env, KB_OUT_DIR: dist });
    const floor = await createFloor(join(copy.root, 'content'), join(root, 'node_modules'));
    try {
      await build(`${n} notes, floor`, ['node_modules/astro/bin/astro.mjs', 'build'], floor.root, {
        KB_CACHE_DIR: join(floor.root, '.cache'),
      });
      const { theme, slug } = notePath(0);
      const firstNote = `${theme}/${slug}/`;
      const ours: Row[] = [];
      const bare: Row[] = [];
      for (let i = 0; i < runs; i++) {
        ours.push(await measureSearch(dist, firstNote, [query]));
        bare.push(await measureFloorSearch(join(floor.root, 'dist'), query));
      }
      log(`\nFirst search at ${n} notes, “${query}”, ${runs} runs on one build of each`);
      log('| | UI | index | total | results after the last chunk |\n|---|---|---|---|---|');
      ours.forEach((r, i) => log(line(`ours, run ${i + 1}`, r)));
      bare.forEach((r, i) => log(line(`floor, run ${i + 1}`, r)));
      log(line('ours, median', medians(ours)));
      log(line('floor, median', medians(bare)));
    } finally {
      await floor.remove();
    }
  } finally {
    await copy.remove();
  }
}
