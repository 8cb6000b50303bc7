/**
 * Curly quotes and apostrophes for text that does not pass through the Markdown pipeline
 * (frontmatter titles, descriptions, claims), so it matches the prose that smartypants has set.
 */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014–-])"/g, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014–-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}
