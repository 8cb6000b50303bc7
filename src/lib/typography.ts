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

/** The text of an HTML fragment, for labels: tags dropped, common entities decoded, spaces collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Break at the last space, unless that would throw away more than half of what fits.
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space >= max / 2 ? space : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}
