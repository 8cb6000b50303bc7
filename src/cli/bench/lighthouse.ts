import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { serveStatic } from '../static-server.ts';

export interface LighthouseScores { page: string; performance: number; accessibility: number; bestPractices: number; seo: number }

const require = createRequire(import.meta.url);

/**
 * Lighthouse (mobile preset, its default) on pages of a built site, in Debian's Chromium,
 * served as a static host would. Scores are 0–100.
 */
export async function lighthouse(dist: string, pages: string[]): Promise<LighthouseScores[]> {
  const site = await serveStatic(dist);
  const cli = require.resolve('lighthouse/cli/index.js');
  try {
    const scores: LighthouseScores[] = [];
    for (const page of pages) {
      const json = await new Promise<string>((done, fail) => {
        const child = spawn(process.execPath, [cli, site.url + page, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run'], {
          env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('error', fail);
        child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`lighthouse exited ${code} on ${page}`))));
      });
      const { categories } = JSON.parse(json) as { categories: Record<string, { score: number }> };
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores.push({ page, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
    }
    return scores;
  } finally {
    void site.close();
  }
}
