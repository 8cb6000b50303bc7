import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` tests pure code and needs nothing built; `site` tests the built dist/ and
 * drives Chromium over it. The site is built once per run, by tests/support/global-setup.ts, and
 * every `site` test shares that build.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', root: '.', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'site',
          root: '.',
          include: ['tests/dist/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser per file is plenty on two cores.
          maxWorkers: 2,
          // A browser on a busy two-core machine can take longer than expect.poll's default 1 s to
          // show what a hover or a fetch brings (CI once failed a preview that came late); a real
          // defect still fails, it just waits longer to say so.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
