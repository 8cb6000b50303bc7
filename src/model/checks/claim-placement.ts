import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/** Every declared claim is placed once with `<Claim id>`, and every placed claim is declared. */
export const claimPlacement: Check = ({ input }) =>
  input.notes.flatMap((note) => {
    const problems: ContentProblem[] = [];
    const file = note.filePath;
    const declared = new Set(note.data.claims.map((c) => c.id));
    const seen = new Set<string>();
    for (const { attributes, line } of note.scan.components.filter((c) => c.name === 'Claim')) {
      const id = attributes.id;
      if (typeof id !== 'string') continue; // reported by the component check
      const field = `<Claim id="${id}">`;
      if (!declared.has(id)) {
        problems.push({
          file,
          line,
          field,
          problem: `claim "${id}" is placed in the text but not declared in this note's frontmatter`,
          fix: 'declare it under `claims:` (id, text, status, reason, sources) or correct the id',
        });
      } else if (seen.has(id)) {
        problems.push({
          file,
          line,
          field,
          problem: `claim "${id}" is placed twice`,
          fix: `place each claim once; link to it elsewhere with [text](#${id})`,
        });
      }
      seen.add(id);
    }
    note.data.claims.forEach((claim, i) => {
      if (!seen.has(claim.id)) {
        problems.push({
          file,
          fieldPath: ['claims', i, 'id'],
          field: `claims → id "${claim.id}"`,
          problem: `claim "${claim.id}" is declared but never placed, so it would not appear on the page`,
          fix: `add <Claim id="${claim.id}" /> where the note discusses it, or remove the declaration`,
        });
      }
    });
    return problems;
  });
