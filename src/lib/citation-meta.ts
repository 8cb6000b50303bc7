/**
 * The metadata reference managers read from a note page: Highwire Press `citation_*` tags, which
 * Zotero's "Embedded Metadata" translator (the one that runs on any page), Google Scholar,
 * Mendeley and EndNote's capture all read. Chosen over COinS (an empty span in the body, read by
 * fewer tools) and over embedded CSL-JSON (no Zotero translator looks for it): see
 * docs/architecture.md#structured-data. The note's author is the site, as in the Cite dialog.
 */
import type { Note } from '../model/types.ts';
import { isoDate } from './dates.ts';
import { SITE } from './site.ts';
import type { MetaTag } from './social-meta.ts';

/** `citation_*` tags for a note: title, author, date (YYYY/MM/DD, Highwire's form), URL, language. */
export function citationMetaTags(note: Note, url: string): MetaTag[] {
  return [
    { name: 'citation_title', content: note.title },
    { name: 'citation_author', content: SITE.name },
    { name: 'citation_date', content: isoDate(note.updated).replaceAll('-', '/') },
    { name: 'citation_public_url', content: url },
    { name: 'citation_language', content: SITE.lang },
  ];
}
