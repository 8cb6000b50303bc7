import type { TestProject } from 'vitest/node';
import { rm } from 'node:fs/promises';
import { runBuild } from './build.ts';
import { BASE, DIST, DIST_BASE, ROOT } from './paths.ts';
import { copyProject } from '../../tools/project-copy.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    distBase: string;
    base: string;
  }
}

/** Builds the site once per test run: at the root, and under a base path. */
export default async function setup(project: TestProject) {
  await Promise.all([
    rm(DIST, { recursive: true, force: true }),
    rm(DIST_BASE, { recursive: true, force: true }),
  ]);
  // The base-path build runs at the same time in a copy of the project, so the two builds never
  // share Astro's generated files.
  const copy = await copyProject(ROOT);
  const [root, based] = await Promise.all([
    runBuild({ KB_OUT_DIR: DIST, BASE_PATH: '/' }),
    runBuild({ ...copy.env, KB_OUT_DIR: DIST_BASE, BASE_PATH: BASE }, copy.root),
  ]).finally(() => copy.remove());
  for (const [name, result] of [
    ['root', root],
    [BASE, based],
  ] as const) {
    if (result.code !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
  }
  project.provide('dist', DIST);
  project.provide('distBase', DIST_BASE);
  project.provide('base', BASE);
}
