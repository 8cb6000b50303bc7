/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * The table of contents: h2 entries with their h3 children. An h3 before any h2 is promoted so
 * nothing is lost. Deeper headings are left out to keep the list scannable.
 */
export function buildToc(headings: Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of headings) {
    const entry = { slug: h.slug, text: h.text, children: [] };
    if (h.depth === 2 || (h.depth === 3 && toc.length === 0)) toc.push(entry);
    else if (h.depth === 3) toc[toc.length - 1]!.children.push(entry);
  }
  return toc;
}
