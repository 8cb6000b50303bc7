import type { NoteData } from '../schemas/note.ts';
import type { ThemeData } from '../schemas/theme.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Citation, ClaimData } from '../schemas/claim.ts';
import type { TermData } from '../schemas/glossary.ts';
import type { NoteScan, ScannedHeading, ScannedLink } from './scan.ts';
import type { ClaimHistory, ClaimVersion } from '../lib/claim-versions.ts';

/** A theme as loaded: `id` is its folder name; `scan` its introduction's prose. */
export interface ThemeInput {
  id: string;
  filePath: string;
  data: ThemeData;
  scan?: NoteScan;
}
/** A note as loaded: `id` is its path below content/ without `.mdx`; `scan` what its prose holds. */
export interface NoteInput {
  id: string;
  filePath: string;
  data: NoteData;
  scan: NoteScan;
}
export interface SourceInput {
  id: string;
  data: SourceData;
}
export interface TermInput {
  id: string;
  data: TermData;
}

/** Everything the model is built from: validated frontmatter and data files, and each note's scan. */
export interface ModelInput {
  themes: ThemeInput[];
  notes: NoteInput[];
  sources: SourceInput[];
  terms?: TermInput[];
  /** The claims' recorded versions (content/claim-versions.lock.json), and what a new one is dated. */
  history?: HistoryInput;
}

/** The claim version record as the model reads it. */
export interface HistoryInput {
  record: ClaimHistory;
  /** `YYYY-MM-DD`: the date a version this build publishes for the first time gets. */
  today: string;
  /** Ids of claims whose unrecorded edit is minor (`npm run permalinks -- --minor <id>`). */
  minor?: string[];
}

export interface Theme extends ThemeData {
  slug: string;
  filePath: string;
  /** Published notes of the theme, in reading order. */
  notes: Note[];
  /** Headings and links of its introduction. */
  headings: ScannedHeading[];
  links: ScannedLink[];
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
  /** Citations in its prose (`<Cite source at>`), then its charts' sources, in order; its claims carry their own. */
  citations: Citation[];
  /** The note's headings, with the ids its page gives them. */
  headings: ScannedHeading[];
  /** Links written in its prose, as written. */
  links: ScannedLink[];
  /** Each section's first paragraph, by heading id (what a link preview shows). */
  sectionLeads: Record<string, string>;
}
export interface Claim extends ClaimData {
  note: Note;
  /** Every published version, oldest first; the last is what the page shows (src/lib/claim-versions.ts). */
  versions: ClaimVersion[];
}
/** A link from one note to another, seen from the note it points at. */
export interface Backlink {
  from: Note;
  /** The sentence the link sits in, as a reader sees it; formulas as their TeX. */
  sentence: string;
  /** The TeX of the formulas in the sentence, in order (see src/lib/sentence.ts). */
  formulas: string[];
  /** The heading or claim it points at ('' for the note as a whole). */
  anchor: string;
  /** That heading's text or that claim's statement. */
  target: string;
}
export interface Source extends SourceData {
  id: string;
}
export interface Term extends TermData {
  id: string;
}

/** Everything the pages need, resolved once per build. */
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
