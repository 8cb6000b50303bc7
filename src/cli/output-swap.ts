/**
 * Putting a finished build in place of the last one. The new site is built in a staging folder
 * and swapped in with two renames, so the output folder always holds one whole site. The site it
 * replaces is deleted after the build has returned: removing the 17,000 files of a 1,000-note
 * site took 3.6–4.9 s (Node's recursive rm and `rm -rf` alike), and nobody waiting for
 * `npm run build` needs it gone.
 */
import { spawn } from 'node:child_process';
import { readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Whether a file or folder is there. */
export const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Where a replaced site waits to be deleted: unique, so two builds never share one. */
const discardedName = (outDir: string) => `${outDir}.previous-${process.pid}-${Date.now()}`;

/** Replaced sites still on disk (a deletion cut short), as paths. */
export async function discardedSites(outDir: string): Promise<string[]> {
  const prefix = `${basename(outDir)}.previous`;
  const names = await readdir(dirname(outDir)).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(prefix)).map((name) => join(dirname(outDir), name));
}

/**
 * Deletes a folder in a process of its own that outlives this one. If it is cut short, the next
 * build deletes what is left (discardedSites).
 */
export function deleteInBackground(path: string): void {
  const script = `require('node:fs').rmSync(${JSON.stringify(path)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}

/** Moves `staging` to `outDir`, and the site it replaces out of the way for deletion. */
export async function swapInOutput(staging: string, outDir: string): Promise<void> {
  let replaced: string | undefined;
  if (await exists(outDir)) await rename(outDir, (replaced = discardedName(outDir)));
  await rename(staging, outDir);
  if (replaced) deleteInBackground(replaced);
}

/**
 * Deletes, in the background too, replaced sites a cut-short deletion left behind (or one still
 * being deleted: two deletions of one folder do no harm).
 */
export async function deleteDiscardedSites(outDir: string): Promise<void> {
  for (const path of await discardedSites(outDir)) deleteInBackground(path);
}
