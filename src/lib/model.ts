import type { NoteData } from '../schemas/note.ts';
import type { ThemeData } from '../schemas/theme.ts';
import type { SourceData } from '../schemas/source.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { TermData } from '../schemas/glossary.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { isKebabCase } from './slugs.ts';
import { countWords } from './reading-time.ts';
import { smartQuotes } from './typography.ts';
import { findClaimPlacements, findCitedSources, findTerms, lineOf } from './mdx-scan.ts';
import { checkSiteLinks } from './link-graph.ts';
import { RESERVED_PATHS } from './reserved.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';
import { lintNote } from './note-lint.ts';

/** A theme entry as loaded: `id` is its folder name. */
export interface ThemeInput { id: string; filePath: string; data: ThemeData; raw?: string }
/** A note entry as loaded: `id` is its path below content/ without `.mdx`; `raw` is the file text. */
export interface NoteInput { id: string; filePath: string; data: NoteData; raw: string }
export interface SourceInput { id: string; data: SourceData }
export interface TermInput { id: string; data: TermData }

export interface Theme extends ThemeData {
  slug: string;
  filePath: string;
  /** Published notes of the theme, in reading order. */
  notes: Note[];
}
export interface Note extends NoteData {
  /** `<theme>/<note>`: the collection id and the URL path. */
  id: string;
  slug: string;
  theme: Theme;
  filePath: string;
  /** Words a reader sees (prose and claim statements), for the reading time. */
  words: number;
  /** Glossary terms the note marks (`<Term id>`), in order of first use. */
  terms: string[];
}
export interface Claim extends ClaimData { note: Note }
/** A link from one note to another, seen from the note it points at. */
export interface Backlink {
  from: Note;
  /** The sentence the link sits in, as a reader sees it. */
  sentence: string;
  /** The heading or claim it points at ('' for the note as a whole). */
  anchor: string;
  /** That heading's text or that claim's statement. */
  target: string;
}
export interface Source extends SourceData { id: string }
export interface Term extends TermData { id: string }

/** Everything the pages need, resolved and checked once per build. */
export interface Model {
  themes: Theme[];
  /** Every published note in reading order: themes in order, then notes in order. */
  notes: Note[];
  noteById: Map<string, Note>;
  claims: Map<string, Claim>;
  sources: Map<string, Source>;
  /** Glossary terms, by id, in alphabetical order of the term. */
  terms: Map<string, Term>;
  /** For each note id, the notes that link to it, in reading order. */
  backlinks: Map<string, Backlink[]>;
}

const byOrder = <T extends { order: number; slug: string }>(a: T, b: T) =>
  a.order - b.order || a.slug.localeCompare(b.slug);

/**
 * Builds the site model from loaded entries and checks what a schema cannot see on its own:
 * where files lie, references between them, and uniqueness across the site. Throws one
 * ContentError listing every problem, each naming its file, line and fix.
 */
export function buildModel(
  input: { themes: ThemeInput[]; notes: NoteInput[]; sources: SourceInput[]; terms?: TermInput[] },
  options: { includeDrafts: boolean; glossaryFile?: string },
): Model {
  const problems: ContentProblem[] = [];
  const sources = new Map(input.sources.map((s) => [s.id, { ...s.data, id: s.id }]));
  const terms = new Map(
    [...(input.terms ?? [])].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })).map((t) => [t.id, { ...t.data, id: t.id }]),
  );
  problems.push(...checkGlossary(terms, sources, options.glossaryFile ?? 'content/glossary.yaml'));
  const themes = new Map<string, Theme>();
  for (const t of input.themes) {
    if (RESERVED_PATHS.has(t.id)) {
      problems.push({ file: t.filePath, problem: `"${t.id}" cannot be a theme: the site already uses /${t.id}/`, fix: `rename the folder (reserved: ${[...RESERVED_PATHS].join(', ')})` });
    }
    if (!isKebabCase(t.id)) {
      problems.push({ file: t.filePath, problem: `theme folder "${t.id}" is not a valid URL slug`, fix: 'rename the folder to lower-case words joined by hyphens' });
    }
    themes.set(t.id, { ...t.data, title: smartQuotes(t.data.title), description: smartQuotes(t.data.description), slug: t.id, filePath: t.filePath, notes: [] });
  }
  const themeList = [...themes.values()].sort(byOrder);
  const knownThemes = themeList.map((t) => t.slug).join(', ') || '(none yet)';

  const notes: Note[] = [];
  const raws = new Map<string, string>();
  const movedFrom = new Map<string, string[]>();
  const claimOwners = new Map<string, { note: NoteInput; claim: ClaimData }>();
  const claims = new Map<string, Claim>();
  // Sorted so that problems are reported in the same order on every machine.
  for (const entry of [...input.notes].sort((a, b) => a.id.localeCompare(b.id))) {
    const parts = entry.id.split('/');
    const file = entry.filePath;
    if (parts.length !== 2) {
      problems.push({ file, problem: 'a note must sit directly in a theme folder', fix: `move it to content/<theme>/<note>.mdx, where <theme> is one of: ${knownThemes}` });
      continue;
    }
    const [themeSlug, slug] = parts as [string, string];
    const theme = themes.get(themeSlug);
    if (!theme) {
      problems.push({ file, problem: `unknown theme "${themeSlug}" (the folder has no index.mdx)`, fix: `move the note into one of: ${knownThemes}; or create content/${themeSlug}/index.mdx with title, description and order` });
      continue;
    }
    if (!isKebabCase(slug)) {
      problems.push({ file, problem: `file name "${slug}" is not a valid URL slug`, fix: 'rename the file to lower-case words joined by hyphens, e.g. why-405b.mdx' });
    }
    problems.push(...checkNoteReferences(entry, sources), ...checkTerms(entry, terms));
    problems.push(...findUnsafeMarkup(entry.raw).map((u) => ({ file, line: u.line, problem: `${u.what} is not allowed in a note`, fix: u.fix })));
    problems.push(...lintNote(entry.raw).map((l) => ({ file, ...l })));
    for (const claim of entry.data.claims) {
      for (const old of claim.aliases) {
        const taken = claimOwners.get(old);
        if (taken) {
          problems.push({ file, line: lineOf(entry.raw, new RegExp(`aliases:.*\\b${old}\\b|^\\s*-\\s*${old}\\s*$`, 'm')), field: `claims → "${claim.id}" → aliases`, problem: `"${old}" is already the id or an old id of a claim in ${taken.note.filePath}`, fix: 'an old id can lead to one claim only; remove it from one of them' });
        } else claimOwners.set(old, { note: entry, claim });
      }
    }
    for (const claim of entry.data.claims) {
      const owner = claimOwners.get(claim.id);
      if (owner && owner.claim !== claim) {
        problems.push({
          file, line: lineOf(entry.raw, new RegExp(`^\\s*-?\\s*id:\\s*["']?${claim.id}["']?\\s*$`, 'm')), field: `claims → id "${claim.id}"`,
          problem: `claim id "${claim.id}" is declared in both ${owner.note.filePath} and ${file}; claim ids are unique across the site`,
          fix: 'give one of them a new id (if the old one was ever published, keep it where readers will look for it)',
        });
        continue;
      }
      claimOwners.set(claim.id, { note: entry, claim });
    }
    const alreadyMoved = movedFrom.get(file);
    for (const path of entry.data.moved_from) {
      const other = [...movedFrom.entries()].find(([, paths]) => paths.includes(path));
      if (other && other[0] !== file) problems.push({ file, field: `moved_from "${path}"`, problem: `${other[0]} already redirects "${path}"`, fix: 'an old path can redirect to one note only' });
    }
    movedFrom.set(file, [...(alreadyMoved ?? []), ...entry.data.moved_from]);
    if (entry.data.draft && !options.includeDrafts) continue;
    const words = countWords(entry.raw) + entry.data.claims.reduce((n, c) => n + countWords(c.text), 0);
    const data = { ...entry.data, title: smartQuotes(entry.data.title), description: smartQuotes(entry.data.description) };
    data.claims = data.claims.map((c) => ({ ...c, text: smartQuotes(c.text), reason: smartQuotes(c.reason) }));
    const note: Note = { ...data, id: entry.id, slug, theme, filePath: file, words, terms: [...new Set(findTerms(entry.raw).map((t) => t.id))] };
    notes.push(note);
    raws.set(note.id, entry.raw);
    theme.notes.push(note);
    for (const claim of note.claims) if (claimOwners.get(claim.id)?.note === entry) claims.set(claim.id, { ...claim, note });
  }
  const livePaths = new Set([...themes.keys()].map((t) => `/${t}/`).concat(notes.map((n) => `/${n.id}/`)));
  const { problems: linkProblems, backlinks } = checkSiteLinks(
    [...input.themes.map((t) => ({ filePath: t.filePath, raw: t.raw ?? '' })), ...notes.map((n) => ({ filePath: n.filePath, raw: raws.get(n.id)!, note: n }))],
    {
      notes,
      raws,
      themes,
      terms: new Set(terms.keys()),
      sources: new Set(sources.keys()),
      claims: new Set([...claims.values()].flatMap((c) => [c.id, ...c.aliases])),
      tags: new Set(notes.flatMap((n) => n.tags)),
    },
  );
  problems.push(...linkProblems);
  for (const [file, paths] of movedFrom) {
    for (const path of paths.filter((p) => livePaths.has(p))) {
      problems.push({ file, field: `moved_from "${path}"`, problem: `"${path}" is a live page, so it cannot redirect here`, fix: 'remove it from moved_from, or move or rename the page that lives there first' });
    }
  }
  if (problems.length) throw new ContentError(problems);

  for (const theme of themeList) theme.notes.sort(byOrder);
  const readingOrder = themeList.flatMap((t) => t.notes);
  // Positions by map: indexOf inside a sort is quadratic in the number of notes.
  const position = new Map(readingOrder.map((n, i) => [n, i]));
  return {
    themes: themeList,
    notes: readingOrder,
    noteById: new Map(readingOrder.map((n) => [n.id, n])),
    claims,
    sources,
    terms,
    backlinks: new Map([...backlinks].map(([id, list]) => [id, list.sort((a, b) => position.get(a.from)! - position.get(b.from)!)])),
  };
}

/** Every `<Term id>` names a glossary entry, and marks only the first use of its term in the note. */
function checkTerms(entry: NoteInput, terms: Map<string, Term>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const { id, line } of findTerms(entry.raw)) {
    const field = `<Term id="${id}">`;
    if (!terms.has(id)) {
      problems.push({ file: entry.filePath, line, field, problem: `unknown glossary term "${id}"`, fix: `use an id from content/glossary.yaml (${[...terms.keys()].slice(0, 5).join(', ')}, …) or add the term there` });
    } else if (seen.has(id)) {
      problems.push({ file: entry.filePath, line, field, problem: `term "${id}" is marked more than once in this note`, fix: 'mark only its first use; later uses stay plain text' });
    }
    seen.add(id);
  }
  return problems;
}

/** Glossary entries cite known sources and relate to terms that exist. */
function checkGlossary(terms: Map<string, Term>, sources: Map<string, Source>, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const term of terms.values()) {
    for (const { source } of term.sources) {
      if (!sources.has(source)) problems.push({ file, field: `${term.id} → sources`, problem: `unknown source key "${source}"`, fix: 'use a key from content/sources.yaml or add the source there' });
    }
    for (const related of term.related) {
      if (!terms.has(related)) problems.push({ file, field: `${term.id} → related`, problem: `unknown term "${related}"`, fix: 'use the id of another entry of the glossary' });
    }
  }
  return problems;
}

/** Claims placed exactly once and declared; every cited source known and listed. */
function checkNoteReferences(entry: NoteInput, sources: Map<string, Source>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = entry.filePath;
  const declared = new Set(entry.data.claims.map((c) => c.id));
  const placed = findClaimPlacements(entry.raw);
  const seen = new Set<string>();
  for (const { id, line } of placed) {
    if (!declared.has(id)) {
      problems.push({ file, line, field: `<Claim id="${id}">`, problem: `claim "${id}" is placed in the text but not declared in this note's frontmatter`, fix: 'declare it under `claims:` (id, text, status, reason, sources) or correct the id' });
    } else if (seen.has(id)) {
      problems.push({ file, line, field: `<Claim id="${id}">`, problem: `claim "${id}" is placed twice`, fix: 'place each claim once; link to it elsewhere with [text](#' + id + ')' });
    }
    seen.add(id);
  }
  for (const id of declared) {
    if (!seen.has(id)) {
      problems.push({ file, line: lineOf(entry.raw, new RegExp(`id:\\s*["']?${id}["']?\\s*$`, 'm')), field: `claims → id "${id}"`, problem: `claim "${id}" is declared but never placed, so it would not appear on the page`, fix: `add <Claim id="${id}" /> where the note discusses it, or remove the declaration` });
    }
  }
  const listed = new Set(entry.data.sources);
  const cited = [
    ...entry.data.claims.flatMap((c) => c.sources.map((s) => ({ key: s.source, line: lineOf(entry.raw, new RegExp(`source:\\s*["']?${s.source}\\b`)), field: `claims → "${c.id}" → sources` }))),
    ...findCitedSources(entry.raw).map((c) => ({ key: c.source, line: c.line, field: `<Cite source="${c.source}">` })),
    ...entry.data.sources.map((key) => ({ key, line: lineOf(entry.raw, /^sources:/m), field: 'sources' })),
  ];
  const reported = new Set<string>();
  for (const { key, line, field } of cited) {
    if (!sources.has(key)) {
      if (reported.has(`unknown:${key}`)) continue;
      reported.add(`unknown:${key}`);
      problems.push({ file, line, field, problem: `unknown source key "${key}"`, fix: `use a key from content/sources.yaml (${[...sources.keys()].slice(0, 6).join(', ')}, …) or add the source there` });
    } else if (!listed.has(key) && !reported.has(`unlisted:${key}`)) {
      reported.add(`unlisted:${key}`);
      problems.push({ file, line, field, problem: `source "${key}" is cited but missing from the note's \`sources\` list`, fix: `add ${key} to \`sources:\` in the frontmatter so it appears in the note's references` });
    }
  }
  return problems;
}
