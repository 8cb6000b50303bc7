/**
 * Finds our components in a note's MDX source so the model can check them before anything is
 * rendered. Deliberately tiny: claims, citations and terms are plain JSX with a string attribute,
 * so a pattern is enough and no remark plugin is needed (the Markdown engine stays swappable).
 */
export interface Found { line: number }

const CLAIM = /<Claim\b[^>]*?\bid\s*=\s*["']([^"']*)["']/g;
const CITE = /<Cite\b[^>]*?\bsource\s*=\s*["']([^"']*)["']/g;
const TERM = /<Term\b[^>]*?\bid\s*=\s*["']([^"']*)["']/g;

/** Every `<Claim id="…">` in the text, with its 1-based line. */
export function findClaimPlacements(text: string): Array<Found & { id: string }> {
  return [...text.matchAll(CLAIM)].map((m) => ({ id: m[1] ?? '', line: lineAt(text, m.index) }));
}

/** Every `<Cite source="…">` in the text, with its 1-based line. */
export function findCitedSources(text: string): Array<Found & { source: string }> {
  return [...text.matchAll(CITE)].map((m) => ({ source: m[1] ?? '', line: lineAt(text, m.index) }));
}

/** Every `<Term id="…">` in the text, with its 1-based line. */
export function findTerms(text: string): Array<Found & { id: string }> {
  return [...text.matchAll(TERM)].map((m) => ({ id: m[1] ?? '', line: lineAt(text, m.index) }));
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  // indexOf jumps from newline to newline, several times faster than testing every character;
  // this runs for every claim, citation, term and link of every note.
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** 1-based line of the first match of a pattern, or undefined. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(text);
  return m ? lineAt(text, m.index) : undefined;
}
