/**
 * A content-addressed disk cache for social-card PNGs. A card's file name is the hash of
 * everything that shapes it, so a hit never needs checking and a stale entry is never read:
 * changing an input simply asks for another file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The cache key of a card: sha256 over its inputs (as JSON) and the digest of its font bytes. */
export function cardKey(inputs: Record<string, unknown>, fontDigest: string): string {
  return createHash('sha256')
    .update(JSON.stringify(inputs))
    .update('\0')
    .update(fontDigest)
    .digest('hex');
}

/** The sha256 of some files' bytes, in order; part of every key so a font update redraws cards. */
export function digestOf(files: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const bytes of files) hash.update(createHash('sha256').update(bytes).digest());
  return hash.digest('hex');
}

/** The cache folder: `KB_CARD_CACHE` if set, else the given default. Read on every call so tests can point it elsewhere. */
export function cacheDir(fallback: string): string {
  return process.env.KB_CARD_CACHE || fallback;
}

/**
 * Returns the cached bytes for `key`, or makes them, stores them and returns them. The write
 * goes to a unique temporary file renamed into place, so a parallel build (the test suite runs
 * two at once) either finds the whole PNG or no file at all, never half of one.
 */
export async function cached(
  dir: string,
  key: string,
  make: () => Promise<Buffer>,
): Promise<Buffer> {
  const file = join(dir, `${key}.png`);
  const hit = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (hit) return hit;
  const bytes = await make();
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return bytes;
}
