/**
 * Where the knowledge lives. `content/` by default; the mutation tests and the benchmark point
 * KB_CONTENT_DIR at a temporary copy so they never touch the real notes.
 */
export const contentDir: string = process.env.KB_CONTENT_DIR ?? './content';

/** The permalink lock: every page and anchor ever published (see src/lib/permalinks.ts). */
export const lockFile = (): string => `${contentDir}/permalinks.lock.json`;

/** The record of every published version of every claim (see src/lib/claim-versions.ts). */
export const historyFile = (): string => `${contentDir}/claim-versions.lock.json`;
