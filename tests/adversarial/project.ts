import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyProject, type ProjectCopy } from '../../tools/project-copy.ts';
import { ROOT } from '../support/paths.ts';
import type { Files } from './cases.ts';

/**
 * A copy of the project whose content folder holds only `files`, with the real bibliography and
 * glossary (notes cite and mark from them): a site of the test's own, so that what the real
 * notes happen to say or link to cannot change what the test sees.
 */
export async function fixtureProject(files: Files, prefix = 'kb-fixture-'): Promise<ProjectCopy> {
  const project = await copyProject(ROOT, prefix);
  const content = join(project.root, 'content');
  await rm(content, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(content, path)), { recursive: true });
    await writeFile(join(content, path), text);
  }
  for (const keep of ['sources.yaml', 'glossary.yaml'])
    await writeFile(join(content, keep), await readFile(join(ROOT, 'content', keep)));
  return project;
}
