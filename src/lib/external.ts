/**
 * Attributes for a link to another site, matching what rehype-external-links gives links in
 * notes: no window.opener, no referrer, and the `ext` class that draws the "external" cue.
 */
export function external(href: string): { href: string; rel: string; class: string } {
  return { href, rel: 'noopener noreferrer', class: 'ext' };
}
