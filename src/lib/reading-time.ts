/** Words a reader gets through in a minute of careful, technical reading. */
const WORDS_PER_MINUTE = 220;

/** Minutes to read a number of words (counted by the note scan, src/model/scan.ts), at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
