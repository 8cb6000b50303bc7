import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDiscardedSites, discardedSites, swapInOutput } from '../../src/cli/output-swap.ts';

let root: string;
const site = async (dir: string, page: string) => {
  await mkdir(join(dir, 'a/b'), { recursive: true });
  await writeFile(join(dir, 'a/b/index.html'), page);
};
// The deletion runs in a process of its own, so the test waits for it to be done.
const gone = (path: string) => expect.poll(() => existsSync(path), { timeout: 10_000 }).toBe(false);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kb-swap-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('putting a finished build in place', () => {
  it('swaps the new site in, and the replaced one is deleted after the call', async () => {
    const [out, staging] = [join(root, 'dist'), join(root, 'dist.staging')];
    await site(out, 'old');
    await site(staging, 'new');
    await swapInOutput(staging, out);
    expect(await readFile(join(out, 'a/b/index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
    const replaced = await discardedSites(out);
    expect(replaced.length).toBeLessThanOrEqual(1);
    for (const path of replaced) await gone(path);
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('moves the staging folder in where there was no site yet', async () => {
    const [out, staging] = [join(root, 'dist'), join(root, 'dist.staging')];
    await site(staging, 'first');
    await swapInOutput(staging, out);
    expect(await readFile(join(out, 'a/b/index.html'), 'utf8')).toBe('first');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('finds and deletes replaced sites a cut-short deletion left, and nothing else', async () => {
    const out = join(root, 'dist');
    for (const name of ['dist', 'dist.previous', 'dist.previous-12-34', 'dist-other', 'distant'])
      await site(join(root, name), name);
    expect((await discardedSites(out)).sort()).toEqual([
      join(root, 'dist.previous'),
      join(root, 'dist.previous-12-34'),
    ]);
    await deleteDiscardedSites(out);
    await gone(join(root, 'dist.previous'));
    await gone(join(root, 'dist.previous-12-34'));
    expect((await readdir(root)).sort()).toEqual(['dist', 'dist-other', 'distant']);
  });
});
