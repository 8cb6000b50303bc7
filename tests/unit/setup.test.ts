import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

/**
 * A new user's first `npm ci && npm start`: what the README promises about Node and npm is what
 * package.json asks for, npm prints no warning about engines (the dependencies run on the Node
 * of the lockfile, not the system's), and no npm script lets Astro send or announce telemetry.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: Record<string, string>;
  scripts: Record<string, string>;
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The environment of a new user's shell: no npm settings inherited from `npm test`, no CI. */
function newUser(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^npm_/i.test(key) && !['CI', 'ASTRO_TELEMETRY_DISABLED', 'NODE_ENV'].includes(key),
    ),
  );
  return { ...env, ...extra };
}

describe('setup', () => {
  it('asks for the Node and npm that the README names', () => {
    const [, node, npm] =
      /Node\.js (\d+\.\d+) or newer and npm (\d+\.\d+) or newer/.exec(readme) ?? [];
    expect(node, 'the README names the Node and npm it needs').toBeDefined();
    expect(pkg.engines).toEqual({ node: `>=${node}.0`, npm: `>=${npm}.0` });
  });

  it(
    'has npm, as a new user runs it here, print errors only and no funding appeal',
    { timeout: 30_000 },
    () => {
      // The user config of this machine may hide them already; a new user's does not.
      const get = (key: string) =>
        spawnSync('npm', ['config', 'get', key, '--userconfig', join(tmpdir(), 'no-npmrc')], {
          cwd: ROOT,
          env: newUser(),
          encoding: 'utf8',
        }).stdout.trim();
      expect(get('loglevel')).toBe('error');
      expect(get('fund')).toBe('false');
    },
  );

  it('runs Astro only through scripts that turn its telemetry off', () => {
    for (const [name, script] of Object.entries(pkg.scripts))
      expect(script, `npm run ${name}`).not.toMatch(/(^|&&\s*)(npx\s+)?astro\s/);
  });

  // Starts npm and Astro: a few seconds, more on a busy machine.
  it(
    'sends no telemetry and prints no notice about it on a first `npm run preview`',
    { timeout: 60_000 },
    () => {
      const home = mkdtempSync(join(tmpdir(), 'kb-new-user-'));
      try {
        const run = spawnSync('npm', ['run', 'preview', '--', '--outDir', join(home, 'no-dist')], {
          cwd: ROOT,
          env: newUser({ XDG_CONFIG_HOME: home }),
          encoding: 'utf8',
          timeout: 60_000,
        });
        const output = run.stdout + run.stderr;
        expect(output, 'the preview ran').toMatch(/does not exist/);
        expect(output).not.toMatch(/telemetry|anonymous usage/i);
        // Astro keeps its telemetry id and settings there once it has been asked.
        expect(existsSync(join(home, 'astro'))).toBe(false);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
  );
});
