import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { measure, type RunResult } from './process-tree.ts';
import { pageWeight, weightsByCharts } from './page-weight.ts';
import { dirSize } from './dir-size.ts';
import { readBuiltPages } from '../built-pages.ts';
import { mb, median } from './stats.ts';
import { mapLimited } from '../../src/lib/concurrency.ts';
import { pagesNeedingJs } from './no-js-reading.ts';
import { measureSearch } from './search-timing.ts';
import { discardedSites } from '../../src/cli/output-swap.ts';
import { buildStages } from './stages.ts';
import { measureOfflineVisit } from './offline-visit.ts';
import { FONT_SUBSET_CACHE } from '../../src/integrations/font-subsets.ts';

export interface BuildStats {
  runs: number;
  medianSeconds: number;
  seconds: number[];
  medianPeakBytes: number;
  stages: Record<string, number>;
}

/**
 * Clears what a build leaves behind for the next one, so each measured build starts cold, and
 * waits until the site our last build replaced is deleted (in the background, after that build
 * returned: src/cli/output-swap.ts), so the deletion never runs into the next measured build.
 */
async function cold(project: string, cacheDir?: string, outDir?: string): Promise<void> {
  await Promise.all(
    [
      join(project, '.astro'),
      cacheDir ?? join(project, 'node_modules/.astro'),
      // The cut font files: a cold build cuts them again (kept in node_modules, which copies share).
      join(project, FONT_SUBSET_CACHE),
    ].map((p) => rm(p, { recursive: true, force: true })),
  );
  for (let waited = 0; outDir && (await discardedSites(outDir)).length; waited += 250) {
    if (waited > 120_000) throw new Error(`the replaced site next to ${outDir} is still there`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One way of building, measured alongside others: our site, or the floor built from the same notes. */
export interface BuildVariant {
  label: string;
  command: string[];
  project: string;
  env: Record<string, string>;
}

/** Medians of a variant's runs, and the stage times of its median run. */
function summarize(results: RunResult[]): BuildStats {
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
  const mid = sorted[sorted.length >> 1]!;
  return {
    runs: results.length,
    medianSeconds: median(results.map((r) => r.seconds)),
    seconds: results.map((r) => Number(r.seconds.toFixed(2))),
    medianPeakBytes: median(results.map((r) => r.peakBytes)),
    stages: buildStages(mid.output),
  };
}

/**
 * Builds each variant `runs` times from cold, taking turns (ours, floor, ours, floor…) rather
 * than one block after the other: this machine's speed drifts over minutes, and a block of runs
 * that met a slow spell made the ratio swing (1.11× to 1.37× at 5,000 notes on the same code).
 * Taking turns gives both variants the same spells.
 */
export async function interleavedBuilds<K extends string>(
  variants: Record<K, BuildVariant>,
  runs: number,
  log: (line: string) => void,
): Promise<Record<K, BuildStats>> {
  const entries = Object.entries(variants) as Array<[K, BuildVariant]>;
  const results = new Map<K, RunResult[]>(entries.map(([key]) => [key, []]));
  for (let i = 0; i < runs; i++) {
    for (const [key, { label, command, project, env }] of entries) {
      await cold(project, env.KB_CACHE_DIR, env.KB_OUT_DIR);
      const run = await measure(
        process.execPath,
        command,
        { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
        project,
      );
      if (run.code !== 0) throw new Error(`${label}: build failed:\n${run.output.slice(-3000)}`);
      results.get(key)!.push(run);
      log(
        `${label}: build ${i + 1}/${runs}: ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)}`,
      );
    }
  }
  return Object.fromEntries(entries.map(([key]) => [key, summarize(results.get(key)!)])) as Record<
    K,
    BuildStats
  >;
}

/** Builds a project `runs` times from cold and returns medians (and the stage times of the median run). */
export async function timeBuilds(
  label: string,
  runs: number,
  command: string[],
  project: string,
  env: Record<string, string>,
  log: (line: string) => void,
): Promise<BuildStats> {
  return (await interleavedBuilds({ only: { label, command, project, env } }, runs, log)).only;
}

/**
 * What readers get from a built site: page weights, reading without JS, search. `queries[0]` is
 * the first query of a typical session (a word a few notes use); `broadQuery` matches nearly
 * every note, the worst case for ranking and rendering, and is measured as a first query of its own.
 * `charted` names the notes that draw a chart (./charted-notes.ts), weighed apart from the others.
 */
export async function measureSite(
  dist: string,
  queries: readonly string[],
  broadQuery: string,
  charted: ReadonlySet<string>,
) {
  // Note pages are the ones that carry data-pagefind-body.
  const notes = (await readBuiltPages(dist))
    .filter((p) => p.html.includes('data-pagefind-body'))
    .map((p) => p.file);
  const weights = await mapLimited(notes, 32, (p) => pageWeight(dist, '/', p));
  // Reading without JavaScript: every note of a small site, a sample of 50 of a large one.
  const sample =
    notes.length > 50 ? notes.filter((_, i) => i % Math.ceil(notes.length / 50) === 0) : notes;
  return {
    notes: notes.length,
    firstNote: notes[0]!.replace(/index\.html$/, ''),
    notePage: {
      htmlCssGzipMedian: median(weights.map((w) => w.htmlCssGzip)),
      htmlCssGzipMax: Math.max(...weights.map((w) => w.htmlCssGzip)),
      ...weightsByCharts(
        notes.map((file, i) => ({ file, htmlCssGzip: weights[i]!.htmlCssGzip })),
        charted,
      ),
      jsGzipMedian: median(weights.map((w) => w.jsGzip)),
      pagesNeedingJs: await pagesNeedingJs(dist, sample),
      pagesCheckedWithoutJs: sample.length,
      externalRequests: Math.max(...weights.map((w) => w.externalRequests)),
    },
    distBytes: await dirSize(dist),
    pagefindBytes: await dirSize(join(dist, 'pagefind')),
    search: await measureSearch(dist, notes[0]!.replace(/index\.html$/, ''), queries),
    broadSearch: await measureSearch(dist, notes[0]!.replace(/index\.html$/, ''), [broadQuery]),
    offlineVisit: await measureOfflineVisit(dist, notes[0]!.replace(/index\.html$/, '')),
  };
}
