import { kb, mb } from './stats.ts';
import type { WeightGroup } from './page-weight.ts';
import type { SearchMeasure } from './search-timing.ts';
import type { FloorSearchMeasure } from './floor-search.ts';
import { formatScores, type LighthouseScores } from './lighthouse.ts';
import type { OfflineVisit } from './offline-visit.ts';

type Site = {
  label: string;
  notes: number;
  build: {
    medianSeconds: number;
    seconds: number[];
    medianPeakBytes: number;
    stages: Record<string, number>;
  };
  notePage: {
    htmlCssGzipMedian: number;
    htmlCssGzipMax: number;
    withCharts: WeightGroup;
    withoutCharts: WeightGroup;
    jsGzipMedian: number;
    pagesNeedingJs: string[];
    pagesCheckedWithoutJs: number;
    externalRequests: number;
  };
  distBytes: number;
  pagefindBytes: number;
  search: SearchMeasure;
  broadSearch: SearchMeasure;
  offlineVisit: OfflineVisit;
  lighthouse: LighthouseScores[];
};
type Corpus = Site & {
  size: number;
  firstBuildSeconds: number;
  floor: {
    medianSeconds: number;
    medianPeakBytes: number;
    seconds: number[];
    stages: Record<string, number>;
    search: FloorSearchMeasure;
  };
  ratio: { time: number; memory: number; timeByTurn?: number[] };
  profile?: Array<[string, number]>;
};

const table = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const ms = (v: number) => `${v.toFixed(0)} ms`;
const weights = (g: WeightGroup) =>
  g.pages
    ? `${kb(g.htmlCssGzipMedian)} / ${kb(g.htmlCssGzipMax)} (${g.pages} notes)`
    : 'no such notes';

/** Prints the benchmark as Markdown tables: the same numbers as results.json. */
export function printReport(
  results: { real: Site; corpora: Corpus[] },
  log: (line: string) => void,
): void {
  const sites: Site[] = [results.real, ...results.corpora];
  const rows: Array<[string, (s: Site) => string]> = [
    ['notes', (s) => String(s.notes)],
    [
      'build, cold, incl. Pagefind (median)',
      (s) => `${s.build.medianSeconds.toFixed(1)} s (${s.build.seconds.join(' / ')})`,
    ],
    ['peak memory of the build (median)', (s) => mb(s.build.medianPeakBytes)],
    [
      'note page without a chart, HTML+CSS gz, median / max (budget 14 KB)',
      (s) => weights(s.notePage.withoutCharts),
    ],
    [
      'note page with a chart, HTML+CSS gz, median / max (budget 20 KB)',
      (s) => weights(s.notePage.withCharts),
    ],
    [
      'JavaScript needed to read',
      (s) =>
        s.notePage.pagesNeedingJs.length
          ? `needed by ${s.notePage.pagesNeedingJs.length} pages`
          : `0 B (${s.notePage.pagesCheckedWithoutJs} pages read with JS off)`,
    ],
    ['optional JS a note page loads, gz', (s) => kb(s.notePage.jsGzipMedian)],
    ['requests to other origins', (s) => String(s.notePage.externalRequests)],
    ['dist/ size', (s) => mb(s.distBytes)],
    ['Pagefind bundle + index on disk', (s) => kb(s.pagefindBytes)],
    ['search requests before opening search', (s) => String(s.search.fetchedBeforeOpening)],
    [
      'first query (notes it matches)',
      (s) => `“${s.search.firstQuery}” (${s.search.firstQueryMatches})`,
    ],
    [
      'first query, bytes on the wire (UI + index)',
      (s) =>
        `${kb(s.search.firstQueryBytes)} (${kb(s.search.firstQueryUiBytes)} + ${kb(s.search.firstQueryIndexBytes)})`,
    ],
    ['first results after the last index chunk', (s) => ms(s.search.firstResultsAfterChunksMs)],
    [
      'the same for a first query matching nearly all notes',
      (s) =>
        `${ms(s.broadSearch.firstResultsAfterChunksMs)} for “${s.broadSearch.firstQuery}” (${s.broadSearch.firstQueryMatches}), ${kb(s.broadSearch.firstQueryBytes)}`,
    ],
    [
      'last keystroke → results, median / max',
      (s) =>
        `${ms(s.search.keystrokeToResultsMedianMs ?? NaN)} / ${ms(s.search.keystrokeToResultsMaxMs ?? NaN)} (${s.search.queries - 1} queries)`,
    ],
    [
      'first visit with the service worker (its precache) / without: bytes, first paint',
      ({ offlineVisit: v }) =>
        `${kb(v.withWorkerBytes)} / ${kb(v.withoutWorkerBytes)}; ${ms(v.withWorkerPaintMs)} / ${ms(v.withoutWorkerPaintMs)}`,
    ],
    [
      "Lighthouse perf / a11y / best practices / SEO, median (each run's perf)",
      (s) => s.lighthouse.map(formatScores).join('; '),
    ],
  ];
  log(
    `\n${table(
      ['measure', ...sites.map((s) => s.label)],
      rows.map(([name, cell]) => [name, ...sites.map(cell)]),
    )}`,
  );
  if (results.corpora.length) {
    log(
      `\n${table(
        [
          'notes',
          'ours (median)',
          'floor: bare Astro 7 + unified() + remark-gfm',
          'time ratio of medians (target ≤ 1.3), and by turn',
          'ours peak',
          'floor peak',
          'memory ratio (target ≤ 1.2)',
          'first build ever (draws every card)',
        ],
        results.corpora.map((c) => [
          String(c.size),
          `${c.build.medianSeconds.toFixed(1)} s`,
          `${c.floor.medianSeconds.toFixed(1)} s`,
          `${c.ratio.time}×${c.ratio.timeByTurn ? ` (${c.ratio.timeByTurn.map((r) => `${r}×`).join(', ')})` : ''}`,
          mb(c.build.medianPeakBytes),
          mb(c.floor.medianPeakBytes),
          `${c.ratio.memory}×`,
          `${c.firstBuildSeconds} s`,
        ]),
      )}`,
    );
    const bytes = (s: FloorSearchMeasure) =>
      `${kb(s.firstQueryBytes)} (${kb(s.firstQueryUiBytes)} + ${kb(s.firstQueryIndexBytes)})`;
    log(
      `\n${table(
        [
          'notes',
          'first query (notes it matches)',
          'ours: bytes from opening search to results (UI + index)',
          'floor: Pagefind Default UI as Starlight loads it (UI + index)',
          'ours: results after the last index chunk',
          'floor: the same',
        ],
        results.corpora.map((c) => [
          String(c.size),
          `“${c.search.firstQuery}” (${c.search.firstQueryMatches}; floor ${c.floor.search.firstQueryMatches})`,
          bytes(c.search),
          bytes(c.floor.search),
          ms(c.search.firstResultsAfterChunksMs),
          ms(c.floor.search.firstResultsAfterChunksMs),
        ]),
      )}`,
    );
    const [small, large] = results.corpora;
    if (small && large)
      log(
        `\nGrowth: ${large.size} notes take ${(large.build.medianSeconds / small.build.medianSeconds).toFixed(2)}× the time of ${small.size} (target ≤ ${((5.5 * large.size) / 5000).toFixed(1)}×, linear).`,
      );
    const stages = (s: Record<string, number>) =>
      Object.entries(s)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ');
    for (const c of results.corpora)
      log(
        `\nStages of the median build at ${c.size} notes (s): ${stages(c.build.stages)}. Floor: ${stages(c.floor.stages)}`,
      );
    const profiled = results.corpora.find((c) => c.profile);
    if (profiled)
      log(
        `\nCPU profile of one build at ${profiled.size} notes, self time by package (s):\n${table(
          ['code', 'seconds'],
          profiled.profile!.map(([k, v]) => [k, String(v)]),
        )}`,
      );
  }
}
