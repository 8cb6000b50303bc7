import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/**
 * Every heading's id begins with a letter (of any script). The id is the heading's text slugged, and an HTML id
 * that starts with a digit is invalid markup (and needs escaping in every CSS selector).
 */
export const headingIds: Check = ({ input }) =>
  [...input.notes, ...input.themes].flatMap((entry) =>
    (entry.scan?.headings ?? [])
      .filter((h) => !/^\p{L}/u.test(h.id))
      .map((h): ContentProblem => ({
        file: entry.filePath,
        line: h.line,
        field: `heading "${h.text}"`,
        problem: `its anchor "${h.id}" does not begin with a letter`,
        fix: 'start the heading with a word, e.g. "Interruptions: 466 in 54 days" rather than "466 interruptions in 54 days"',
      })),
  );
