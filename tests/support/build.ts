import { spawn } from 'node:child_process';
import { ROOT } from './paths.ts';

/**
 * The environment a reader's shell would give a command: the test runner's own variables
 * (NODE_ENV=test, VITEST_*) removed, since Astro and Vite change behaviour on them.
 */
export function readerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // Vitest exports Vite's env (MODE, DEV, PROD, SSR, BASE_URL) into process.env; a shell has none of it.
  const runnerOwn = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !runnerOwn.has(key) && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Runs `npm run build`'s script (src/cli/build.ts) in a project folder (the real one, or a copy
 * from copyProject) with extra environment and arguments (`--minor <id>`), and returns its exit
 * code and combined output.
 */
export function runBuild(
  env: Record<string, string>,
  cwd = ROOT,
  args: string[] = [],
): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['src/cli/build.ts', ...args], {
      cwd,
      env: readerEnv({ KB_LOG_LEVEL: 'warn', ...env }),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}
