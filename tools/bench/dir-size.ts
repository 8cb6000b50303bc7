import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total bytes of the files below a folder. */
export async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    const s = await stat(join(dir, file));
    if (s.isFile()) total += s.size;
  }
  return total;
}
