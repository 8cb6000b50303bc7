/** Words a reader gets through in a minute of careful, technical reading. */
const WORDS_PER_MINUTE = 220;

/** Counts the words a reader sees in MDX source: frontmatter, tags and link targets are skipped. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '') // frontmatter
    .replace(/<[^>]+>/g, ' ') // JSX and HTML tags
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/[#>*_`|[\]-]+/g, ' '); // Markdown punctuation
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read a number of words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
