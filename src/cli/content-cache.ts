import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Astro keeps parsed frontmatter in its content store and re-parses only files that changed. It
 * notices a change of src/content.config.ts, but not of the schema modules that file imports, so
 * after a schema edit it would serve entries parsed by the old schema (a field added with a
 * default would be missing). We hash the schemas and drop the store when they change.
 */
export async function dropStaleContentStore(root: string, cacheDir: string): Promise<boolean> {
  const files = [
    join(root, 'src/content.config.ts'),
    ...(await readdir(join(root, 'src/schemas'))).sort().map((f) => join(root, 'src/schemas', f)),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(await readFile(file));
  const digest = hash.digest('hex');
  const stamp = join(cacheDir, 'kb-schema.digest');
  if ((await readFile(stamp, 'utf8').catch(() => '')) === digest) return false;
  await rm(join(cacheDir, 'data-store.json'), { force: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(stamp, digest);
  return true;
}
