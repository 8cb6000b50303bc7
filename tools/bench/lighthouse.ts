import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { serveStatic } from '../static-server.ts';
import { median } from './stats.ts';

export interface LighthouseScores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Every run's performance score: it moves from run to run on the same page, the others do not. */
  performanceRuns: number[];
}

const require = createRequire(import.meta.url);
const CLI = require.resolve('lighthouse/cli/index.js');
/** One run's scores. */
type RunScores = Omit<LighthouseScores, 'performanceRuns'>;

/** `page perf/a11y/best practices/SEO (each run's perf)`, as the bench prints it. */
export const formatScores = (l: LighthouseScores) =>
  `${l.page || '/'} ${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo} (perf ${l.performanceRuns.join(', ')})`;

/**
 * Lighthouse (mobile preset, its default) on pages of a built site, in Debian's Chromium,
 * served as a static host would. Scores are 0–100, the median of `runs` runs per page: on the
 * longest note the performance score moved between 93 and 100 from one run to the next (one
 * style-and-layout task lands before or after the first paint), and Lighthouse's own guidance on
 * variability is to take the median of several runs. Every run's score is kept and reported.
 * Each page first gets one warm-up run whose scores are dropped: in 2 of 7 series of runs on
 * 6 December, the first run against a freshly started server observed its first paint at 1.24 s,
 * the runs after it at about 0.3 s, and the page the bench measures first is the home page.
 */
export async function lighthouse(
  dist: string,
  pages: string[],
  runs = 3,
): Promise<LighthouseScores[]> {
  const site = await serveStatic(dist);
  try {
    const scores: LighthouseScores[] = [];
    for (const page of pages) {
      await runOnce(site.url, page);
      const results: RunScores[] = [];
      for (let run = 0; run < runs; run++) results.push(await runOnce(site.url, page));
      const middle = (key: Exclude<keyof RunScores, 'page'>) =>
        Math.round(median(results.map((r) => r[key])));
      scores.push({
        page,
        performance: middle('performance'),
        accessibility: middle('accessibility'),
        bestPractices: middle('bestPractices'),
        seo: middle('seo'),
        performanceRuns: results.map((r) => r.performance),
      });
    }
    return scores;
  } finally {
    void site.close();
  }
}

/** One Lighthouse run on one page, in its own Chromium. */
async function runOnce(origin: string, page: string): Promise<RunScores> {
  const json = await new Promise<string>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        origin + page,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`lighthouse exited ${code} on ${page}`)),
    );
  });
  const { categories } = JSON.parse(json) as { categories: Record<string, { score: number }> };
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}
