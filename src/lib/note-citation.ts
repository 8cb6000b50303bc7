/**
 * The Cite dialog's formats for a note or a claim: Markdown for chats and issues, plain text for
 * email, BibTeX and CSL-JSON for papers (Zotero, Pandoc). It runs in the browser
 * (src/scripts/permalinks/cite.ts), so it has no dependencies: a note's entry always has the same
 * shape (one organisation as author, a webpage), small enough to write by hand. The bibliography's
 * entries, whose names and types vary, are written by citation-js at build time
 * (citation-formats.ts, which re-exports these and checks them against citation-js in the tests).
 */
export interface NoteReference {
  title: string;
  /** The note's absolute URL (or a claim's). */
  url: string;
  site: string;
  /** YYYY-MM-DD of the note's last update. */
  updated: string;
  /** YYYY-MM-DD the reader is citing it. */
  accessed: string;
}

const escapeMarkdown = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
const escapeBibtex = (text: string) => text.replace(/([&%$#_{}])/g, '\\$1');
const humanDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const dateParts = (iso: string) => [iso.split('-').map(Number)];

/** `[text](url)`, with brackets in the text escaped. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url})`;
}

/** A plain-text reference: “Claim.” In: Note title. Site, updated 27 November 2026. URL */
export function plainText(note: NoteReference, claim?: { text: string; url: string }): string {
  const source = `${note.title}. ${note.site}, updated ${humanDate(note.updated)}.`;
  return claim ? `“${claim.text}” In: ${source} ${claim.url}` : `${source} ${note.url}`;
}

/** A citation key from the URL path: `llama31notes-scale-why-405b`. */
export function citationKey(url: string): string {
  const path = new URL(url).pathname.split('/').filter(Boolean).slice(-2).join('-');
  return `llama31notes-${path || 'home'}`;
}

/** A BibTeX @misc entry for a note: the site, braced, is its one (corporate) author. */
export function bibtex(note: NoteReference): string {
  const [year, month] = note.updated.split('-');
  const months = [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec',
  ];
  return [
    `@misc{${citationKey(note.url)},`,
    `  title        = {${escapeBibtex(note.title)}},`,
    `  author       = {{${escapeBibtex(note.site)}}},`,
    `  year         = {${year}},`,
    `  month        = ${months[Number(month) - 1]},`,
    `  howpublished = {\\url{${note.url}}},`,
    `  note         = {Updated ${note.updated}; accessed ${note.accessed}},`,
    '}',
  ].join('\n');
}

/** A CSL-JSON item (array of one) for a note, as Zotero and Pandoc read it. */
export function cslJson(note: NoteReference): string {
  return JSON.stringify(
    [
      {
        id: citationKey(note.url),
        type: 'webpage',
        title: note.title,
        'container-title': note.site,
        author: [{ literal: note.site }],
        URL: note.url,
        issued: { 'date-parts': dateParts(note.updated) },
        accessed: { 'date-parts': dateParts(note.accessed) },
      },
    ],
    null,
    2,
  );
}
