import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProjectCopy } from '../../tools/project-copy.ts';
import { runBuild, type BuildResult } from '../support/build.ts';
import { fixtureProject } from '../adversarial/project.ts';
import { BASE, BUILDS, MODEL_FAILS, PREFLIGHT_FAILS, STAGE_FAILS, type FailsCase, type Files } from '../adversarial/cases.ts';

/**
 * The adversarial notes of tests/adversarial/cases.ts, built in minimal project copies: the
 * notes that must build are built together once and checked on the output; the ones the
 * preflight or the model refuses go into one build each, whose report must name every one; the
 * ones refused by Astro itself (YAML, schema, MDX) are built one by one. Two builds run at a time.
 */
interface Run { result: BuildResult; project: ProjectCopy }
const runs = new Map<string, Run>();

async function build(name: string, files: Files): Promise<void> {
  const project = await fixtureProject({ ...BASE, ...files }, 'kb-adversarial-');
  runs.set(name, { result: await runBuild(project.env, project.root), project });
}

beforeAll(async () => {
  const jobs: Array<[string, Files]> = [
    ['builds', Object.assign({}, ...BUILDS.map((c) => c.files))],
    ['model', Object.assign({}, ...MODEL_FAILS.map((c) => c.files))],
    ['preflight', Object.assign({}, ...PREFLIGHT_FAILS.map((c) => c.files))],
    ...STAGE_FAILS.map((c) => [c.name, c.files] as [string, Files]),
  ];
  const next = async (): Promise<void> => {
    const job = jobs.shift();
    if (!job) return;
    await build(...job);
    return next();
  };
  await Promise.all([next(), next()]);
}, 600_000);

afterAll(async () => {
  await Promise.all([...runs.values()].map((r) => r.project.remove()));
});

/** A refusal names the file (and line), says what is wrong and how to fix it, and is no stack trace. */
function expectRefusal(output: string, c: FailsCase) {
  const report = output.slice(output.indexOf('Build failed'));
  expect(report, 'the build must fail').toContain('Build failed');
  const line = report.split('\n').find((l) => l.includes(c.where) && c.problem.test(l)) ?? report.split('\n').find((l) => l.includes(c.where));
  expect(line, `a line naming ${c.where}:\n${report}`).toBeDefined();
  expect(report, report).toMatch(c.problem);
  expect(report, 'says how to fix it').toMatch(/Fix:|Hint:/);
  expect(report, 'no stack trace').not.toMatch(/^\s+at /m);
}

describe('adversarial notes that must build', () => {
  it('builds them all', () => {
    const { result } = runs.get('builds')!;
    expect(result.output).not.toContain('Build failed');
    expect(result.code).toBe(0);
  });
  it.each(BUILDS.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const dist = join(runs.get('builds')!.project.root, 'dist');
    await c.check(async (path) => readFile(join(dist, path, 'index.html'), 'utf8').catch(() => undefined));
  });
});

describe('adversarial notes the content model refuses, all reported at once', () => {
  it.each(MODEL_FAILS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { result } = runs.get('model')!;
    expect(result.code).toBe(1);
    expectRefusal(result.output, c);
  });
});

describe('adversarial notes refused before the build starts, all reported at once', () => {
  it.each(PREFLIGHT_FAILS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { result } = runs.get('preflight')!;
    expect(result.code).toBe(1);
    expectRefusal(result.output, c);
  });
});

describe('adversarial notes refused before the model', () => {
  it.each(STAGE_FAILS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { result } = runs.get(c.name)!;
    expect(result.code).toBe(1);
    expectRefusal(result.output, c);
    expect(result.output).toContain('nothing was written');
  });
});

it('has at least 25 fixtures', () => {
  expect(BUILDS.length + MODEL_FAILS.length + PREFLIGHT_FAILS.length + STAGE_FAILS.length).toBeGreaterThanOrEqual(25);
});
