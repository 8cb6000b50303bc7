/** Seconds in a duration as Astro and our integrations print it: "137ms", "939 ms", "41.97s", "1m 2s". */
export function durationSeconds(text: string): number {
  const ms = /^([\d.]+)\s*ms$/.exec(text.trim());
  if (ms) return Number(ms[1]) / 1000;
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(text.trim());
  return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : Number.NaN;
}

const DURATION = '((?:\\d+m )?[\\d.]+\\s*m?s)';

/**
 * Where a build's time goes, read from its log (KB_LOG_LEVEL=info): Astro's own stage timings
 * and the ones the publish step reports (src/publish/integration.ts). The content checks run
 * inside page generation, before the first page. Seconds per stage; stages the log lacks are left out.
 */
export function buildStages(log: string): Record<string, number> {
  const patterns: Array<[string, RegExp]> = [
    ['content sync and types', new RegExp(`\\[types\\] Generated ${DURATION}`)],
    ['bundling (MDX and pages, Vite)', new RegExp(`\\[vite\\] ✓ built in ${DURATION}`)],
    ['page generation', new RegExp(`\\n[\\d:]+ ✓ Completed in ${DURATION}`)],
    ['share pages and redirects', new RegExp(`wrote \\d+ share and redirect pages in ${DURATION}`)],
    ["pages' policies narrowed", new RegExp(`narrowed \\d+ pages' policies in ${DURATION}`)],
    [
      'Markdown twins and llms files',
      new RegExp(`wrote \\d+ Markdown and llms files in ${DURATION}`),
    ],
    ['social cards', new RegExp(`wrote \\d+ social cards in ${DURATION}`)],
    ['search index (Pagefind)', new RegExp(`indexed \\d+ pages \\(\\d+ notes\\) in ${DURATION}`)],
    ['offline list and service worker', new RegExp(`wrote the service worker .* in ${DURATION}`)],
  ];
  const stages: Record<string, number> = {};
  for (const [name, pattern] of patterns) {
    const m = pattern.exec(log);
    if (m) stages[name] = Number(durationSeconds(m[1]!).toFixed(2));
  }
  return stages;
}
