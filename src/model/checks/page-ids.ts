import { FRAME_IDS, SECTION_IDS } from '../../lib/markup.ts';
import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/**
 * No id is used twice on a note's page: headings, claims and the layout's own sections share
 * one page, and a repeated id would make a link land on the wrong one.
 */
export const uniquePageIds: Check = ({ model }) =>
  model.notes.flatMap((note) => {
    const layout = [...FRAME_IDS, SECTION_IDS.references, SECTION_IDS.referencedBy];
    const ids = [...layout, ...note.claims.map((c) => c.id), ...note.headings.map((h) => h.id)];
    const seen = new Set<string>();
    const problems: ContentProblem[] = [];
    for (const id of ids) {
      if (seen.has(id)) {
        const heading = note.headings.find((h) => h.id === id);
        problems.push({
          file: note.filePath,
          ...(heading ? { line: heading.line } : {}),
          problem: `two elements of the page would have the id "${id}"`,
          fix: 'rename a heading (headings and claim ids share one page), or give the claim another id',
        });
      }
      seen.add(id);
    }
    return problems;
  });
