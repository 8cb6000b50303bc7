/**
 * Whether this build records what it publishes (`npm run permalinks`, KB_RECORD_PERMALINKS=1),
 * and which claims' edits the author marked as minor (`npm run permalinks -- --minor <id>`,
 * passed on by src/cli/build.ts as KB_MINOR_EDITS, comma-separated).
 */
export interface RecordMode {
  record: boolean;
  minor: string[];
}

/** The record mode from the environment. */
export function recordMode(env: Record<string, string | undefined> = process.env): RecordMode {
  return {
    record: Boolean(env.KB_RECORD_PERMALINKS),
    minor: (env.KB_MINOR_EDITS ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  };
}
