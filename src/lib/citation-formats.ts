/**
 * The formats people paste a reference in. A note's (Markdown, plain text, BibTeX, CSL-JSON) come
 * from note-citation.ts, which the Cite dialog imports in the browser and this module re-exports.
 * A source's (content/sources.yaml) are built here: we map it to a CSL-JSON item, citation-js
 * writes the BibTeX and the CSL-JSON. Build time only: citation-js must never reach a browser
 * bundle, so no script under src/scripts may import this module.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CSL, CSLName, CSLType } from '@citation-js/core';
import { isEtAl, type Author } from '../schemas/source.ts';

export {
  bibtex,
  citationKey,
  cslJson,
  markdownLink,
  plainText,
  type NoteReference,
} from './note-citation.ts';

/** What a bibliography entry needs of a source (content/sources.yaml). */
export interface SourceReference {
  id: string;
  kind: 'interview' | 'paper' | 'model-card' | 'licence';
  title: string;
  authors: Author[];
  year: number;
  url: string;
  container?: string | undefined;
  date?: Date | undefined;
  doi?: string | undefined;
  arxiv?: string | undefined;
}

/** Words that make a name an organisation's, not a person's. */
const ORGANISATION =
  /(^|[\s,(])(team|ai|meta|inc|ltd|llc|gmbh|corp|corporation|company|labs?|laboratory|research|institute|university|foundation|group|consortium|council|committee|association|society|project|collaboration|organi[sz]ation|google|deepmind|openai|microsoft|nvidia)\.?($|[\s,)])/i;
const PARTICLE = /^(van|von|der|den|de|del|della|di|da|dos|du|la|le|ter|ten)$/;
const NAME_PART = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * A person's name split for CSL, or undefined when the name is not plainly a person's:
 * an object `{ literal }`, one word ("swyx", "Meta"), more than four words, anything with a
 * comma, "@", "&", a digit, or an organisation word ("Llama Team, AI @ Meta", "Google DeepMind").
 * Those stay whole: a CSL literal, a braced name in BibTeX.
 */
export function personName(author: Author): CSLName | undefined {
  if (typeof author !== 'string' || ORGANISATION.test(author)) return undefined;
  const words = author.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return undefined;
  const last = words.length - 1;
  if (!words.every((w, i) => NAME_PART.test(w) || (i > 0 && i < last && PARTICLE.test(w))))
    return undefined;
  const particle = words.findIndex((w, i) => i > 0 && PARTICLE.test(w));
  const familyStart = particle === -1 ? last : particle;
  return {
    given: words.slice(0, familyStart).join(' '),
    ...(familyStart < last && {
      'non-dropping-particle': words.slice(familyStart, last).join(' '),
    }),
    family: words[last]!,
  };
}

/**
 * A source's authors as CSL names, and whether the list was cut short. "et al." is no author:
 * it is dropped wherever it stands (CSL-JSON has no way to say "and others"; styles add their
 * own "et al.") and the BibTeX gets `and others` at the end, after every named author, never
 * between two of them.
 */
export function cslNames(authors: Author[]): { names: CSLName[]; truncated: boolean } {
  const named = authors.filter((a) => !isEtAl(a));
  const names = named.map(
    (a) => personName(a) ?? { literal: typeof a === 'string' ? a.trim() : a.literal },
  );
  return { names, truncated: named.length < authors.length };
}

const TYPES: Record<SourceReference['kind'], CSLType> = {
  paper: 'article-journal',
  interview: 'interview',
  'model-card': 'document',
  licence: 'document',
};
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Our mapping of a source to CSL-JSON: an arXiv paper is a preprint (`article`, publisher arXiv,
 * number `arXiv:…`, as Zotero writes it), other papers journal articles in their container; an
 * interview an `interview` in its podcast; a model card a `document`.
 */
export function sourceCsl(source: SourceReference): CSL {
  const { names } = cslNames(source.authors);
  const date = source.date && isoDate(source.date).split('-').map(Number);
  return {
    id: source.id,
    'citation-key': source.id,
    type:
      source.kind === 'paper' && source.arxiv && !source.container ? 'article' : TYPES[source.kind],
    title: source.title,
    author: names,
    issued: { 'date-parts': [date ? [date[0]!, date[1]!, date[2]!] : [source.year]] },
    ...(source.container && { 'container-title': source.container }),
    ...(source.arxiv && { publisher: 'arXiv', number: `arXiv:${source.arxiv}` }),
    ...(source.doi && { DOI: source.doi }),
    URL: source.url,
  };
}

/** The sources as CSL-JSON (Zotero, Pandoc, Mendeley), as citation-js writes it. */
export function sourcesCslJson(sources: Iterable<SourceReference>): string {
  return new Cite([...sources].map(sourceCsl)).format('data', { format: 'text' });
}

/** An entry as citation-js's BibTeX output gives it with `format: 'object'`: values formatted. */
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
  annotations: Record<string, Record<string, string>>;
}

const escapeBibtex = (text: string) => text.replace(/([&%$#_{}])/g, '\\$1');
/** Fields in reading order; any others citation-js writes follow them. */
const FIELD_ORDER = [
  'title',
  'author',
  'year',
  'month',
  'howpublished',
  'publisher',
  'eprint',
  'archivePrefix',
  'doi',
  'url',
  'note',
];

/**
 * A BibTeX file for the sources: citation-js writes each entry from its CSL item (names as
 * `Family, Given`, organisations braced, TeX escapes, case-protected title words, year and
 * month), and we correct five things it does on its own:
 * - an arXiv paper is `@misc` with `eprint` and `archivePrefix`, as arXiv itself exports it
 *   (citation-js's BibTeX has no eprint, and would make it an `@article` with no journal);
 * - a truncated author list ends `and others` (citation-js would brace it into an author called
 *   "others", and knows no "et al.");
 * - `howpublished` is where an interview appeared (citation-js repeats the URL there);
 * - a title's first word, or the first after a colon, keeps its capitals when it has more than
 *   one ("GAIA", "LLaMA"): citation-js protects every capitalised word but those;
 * - the key is the source's id, hyphens and all (citation-js would make up `Hoffmann2022Training`).
 */
export function sourcesBibtex(sources: Iterable<SourceReference>): string {
  const list = [...sources];
  // citation-js braces an organisation's name but does not escape it: do that first.
  const items = list.map((s) => {
    const item = sourceCsl(s);
    return {
      ...item,
      author: item.author!.map((n) => (n.literal ? { literal: escapeBibtex(n.literal) } : n)),
    };
  });
  const entries = new Cite(items).format<'bibtex', [{ format: 'object' }], BibtexEntry[]>(
    'bibtex',
    { format: 'object' },
  );
  return entries
    .map((entry, i) => {
      const source = list[i]!;
      const fields = { ...entry.properties };
      if (cslNames(source.authors).truncated)
        fields.author = fields.author ? `${fields.author} and others` : 'others';
      if (source.arxiv) Object.assign(fields, { eprint: source.arxiv, archivePrefix: 'arXiv' });
      if (source.container && source.kind !== 'paper')
        fields.howpublished = escapeBibtex(source.container);
      if (fields.title)
        fields.title = fields.title.replace(
          /(^|:\s+)([^\s{}:]+)/gu,
          (_: string, before: string, word: string) =>
            `${before}${/^.+\p{Lu}/u.test(word) ? `{${word}}` : word}`,
        );
      const type = source.arxiv && entry.type === 'article' ? 'misc' : entry.type;
      const keys = Object.keys(fields).sort((a, b) => rank(a) - rank(b));
      const width = Math.max(...keys.map((k) => k.length));
      return [
        `@${type}{${source.id},`,
        ...keys.map((k) => `  ${k.padEnd(width)} = {${fields[k]}},`),
        '}',
      ].join('\n');
    })
    .join('\n\n');
}

const rank = (field: string) =>
  FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length;

/** One source's BibTeX entry (the sources page shows each under its source). */
export function sourceBibtex(source: SourceReference): string {
  return sourcesBibtex([source]);
}
