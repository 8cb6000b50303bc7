import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build reads: the engine, the content and the config. Outputs and caches stay behind. */
const PROJECT_FILES = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

export interface ProjectCopy {
  root: string;
  /** Environment that makes a build in the copy use the copy's own Astro cache. */
  env: Record<string, string>;
  remove(): Promise<void>;
}

/**
 * A temporary copy of the project for a build that must not touch the real one: mutation tests,
 * fixtures of bad content, the benchmark's generated corpus. Astro keeps generated modules in
 * `<root>/.astro/` and its content store in the cache folder, so two builds of different content
 * in one folder would read each other's state; a copy has its own of both. node_modules is linked,
 * not copied.
 */
export async function copyProject(from: string, prefix = 'kb-project-'): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await Promise.all(
    PROJECT_FILES.map((f) => cp(join(from, f), join(root, f), { recursive: true })),
  );
  await symlink(resolve(from, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    env: { KB_CACHE_DIR: join(root, '.cache'), KB_CARD_CACHE: join(root, '.cache/social-cards') },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
