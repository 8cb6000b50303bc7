/**
 * Link previews: what a card shows for a link to a note, one of its sections or one of its
 * claims. The publish step writes one small file per note from the model
 * (src/publish/integration.ts); the browser reads it on the first hover or focus of a link to
 * that note (src/scripts/previews/). Pure: no Astro, no DOM.
 */
import type { ClaimStatus } from '../schemas/claim.ts';
import type { Note, Term } from '../model/types.ts';

/** The name of the file beside each note page: `/scale/why-405b/preview.json`. */
export const PREVIEW_FILE = 'preview.json';

/** One note's preview data, as the file holds it. */
export interface NotePreview {
  title: string;
  theme: string;
  /** The note's one-sentence description: the card for a link to the note as a whole. */
  description: string;
  /** Heading id → the heading's text and its section's first paragraph. */
  sections: Record<string, { title: string; text: string }>;
  /** Claim id → its statement and status. */
  claims: Record<string, { text: string; status: ClaimStatus }>;
  /** An old anchor of this page (a renamed heading, a claim's old id) → the id it now names. */
  aliases: Record<string, string>;
}

/** The preview data of one note. */
export function notePreview(note: Note): NotePreview {
  const aliases: Record<string, string> = {};
  for (const { from, to } of note.anchor_aliases) if (!from.includes('/')) aliases[from] = to;
  for (const claim of note.claims) for (const old of claim.aliases) aliases[old] = claim.id;
  return {
    title: note.title,
    theme: note.theme.title,
    description: note.description,
    sections: Object.fromEntries(
      note.headings.map((h) => [h.id, { title: h.text, text: note.sectionLeads[h.id] ?? '' }]),
    ),
    claims: Object.fromEntries(note.claims.map((c) => [c.id, { text: c.text, status: c.status }])),
    aliases,
  };
}

/** What a card shows for one anchor (or none) of a note; a missing anchor shows the note. */
export interface PreviewCard {
  title: string;
  theme: string;
  /** The heading's text when the link names a section. */
  section?: string;
  text: string;
  /** Set when the link names a claim: its verdict, shown as its badge. */
  status?: ClaimStatus;
}

/** The card for `#anchor` (decoded, '' for none) in a note's preview data. */
export function previewCard(data: NotePreview, anchor: string): PreviewCard {
  const id = data.aliases[anchor] ?? anchor;
  const base = { title: data.title, theme: data.theme };
  const claim = data.claims[id];
  if (claim) return { ...base, text: claim.text, status: claim.status };
  const section = data.sections[id];
  if (section) return { ...base, section: section.title, text: section.text || data.description };
  return { ...base, text: data.description };
}

/** The glossary's preview data, one file for the site: term id → its name and definition. */
export type GlossaryPreview = Record<string, { term: string; definition: string }>;

/** The preview data of the glossary, read by every note's glossary terms. */
export function glossaryPreview(terms: Iterable<Term>): GlossaryPreview {
  return Object.fromEntries(
    [...terms].map((t) => [t.id, { term: t.term, definition: t.definition }]),
  );
}
