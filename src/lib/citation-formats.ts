/**
 * The formats people paste a reference in: Markdown for chats and issues, plain text for email,
 * BibTeX and CSL-JSON for papers (Zotero, Pandoc). Pure functions, shared by the page script that
 * offers them and the tests.
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

/** A BibTeX @misc entry for a note. */
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

/** What a bibliography entry needs of a source (content/sources.yaml). */
export interface SourceReference {
  id: string;
  kind: 'interview' | 'paper' | 'model-card';
  title: string;
  authors: string[];
  year: number;
  url: string;
  container?: string | undefined;
  date?: Date | undefined;
  doi?: string | undefined;
  arxiv?: string | undefined;
}

/** A BibTeX entry for a source: arXiv papers as @misc with eprint, the rest as @misc with a URL. */
export function sourceBibtex(source: SourceReference): string {
  // "et al." is not an author; BibTeX spells it "and others". Organisations go in braces.
  const names = source.authors.map((a) =>
    a === 'et al.'
      ? 'others'
      : /^[\p{Lu}][\p{L}.'-]* [\p{L}.'-]+$/u.test(a)
        ? escapeBibtex(a)
        : `{${escapeBibtex(a)}}`,
  );
  const fields: Array<[string, string]> = [
    ['title', `{${escapeBibtex(source.title)}}`],
    ['author', `{${names.join(' and ')}}`],
    ['year', `{${source.year}}`],
  ];
  if (source.container) fields.push(['howpublished', `{${escapeBibtex(source.container)}}`]);
  if (source.arxiv) fields.push(['eprint', `{${source.arxiv}}`], ['archivePrefix', '{arXiv}']);
  if (source.doi) fields.push(['doi', `{${source.doi}}`]);
  fields.push(['url', `{${source.url}}`]);
  if (source.date) fields.push(['note', `{${source.date.toISOString().slice(0, 10)}}`]);
  const width = Math.max(...fields.map(([k]) => k.length));
  return [
    `@misc{${source.id},`,
    ...fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v},`),
    '}',
  ].join('\n');
}
