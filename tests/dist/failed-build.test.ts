import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../../tools/project-copy.ts';
import { runBuild, type BuildResult } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';

/**
 * A note that repeats another note's claim id must stop the build with a message naming both
 * files, and the previous site in the output folder must be left exactly as it was.
 */
let project: ProjectCopy;
let result: BuildResult;
let before: string[];

const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

beforeAll(async () => {
  project = await copyProject(ROOT);
  const out = join(project.root, 'dist');
  await cp(inject('dist'), out, { recursive: true });
  before = await listing(out);
  const note = join(project.root, 'content/evaluation/judges-and-rlhf-rounds.mdx');
  const original = await readFile(note, 'utf8');
  await writeFile(note, original.replace('id: rlhf-rounds-compare-models', 'id: balance-at-405b').replace('<Claim id="rlhf-rounds-compare-models"', '<Claim id="balance-at-405b"'));
  // As a new user's shell has it: Astro's telemetry not turned off, its settings in a fresh folder.
  result = await runBuild({ ...project.env, ASTRO_TELEMETRY_DISABLED: '', XDG_CONFIG_HOME: join(project.root, '.config') }, project.root);
});
afterAll(async () => {
  await project?.remove();
});

describe('a build with a duplicate claim id', () => {
  it('fails and names both files, the line and the fix', () => {
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/content\/scale\/why-405b\.mdx:\d+ claims → id "balance-at-405b" — claim id "balance-at-405b" is declared in both content\/evaluation\/judges-and-rlhf-rounds\.mdx and content\/scale\/why-405b\.mdx/);
    expect(result.output).toMatch(/Fix: give one of them a new id/);
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  it("sends no telemetry: Astro's settings folder, where it keeps its telemetry id, is never written", () => {
    expect(existsSync(join(project.root, '.config/astro'))).toBe(false);
  });

  it('leaves the previous site untouched and no staging folder behind', async () => {
    expect(await listing(join(project.root, 'dist'))).toEqual(before);
    expect((await readdir(project.root)).filter((f) => f.startsWith('dist'))).toEqual(['dist']);
  });
});
