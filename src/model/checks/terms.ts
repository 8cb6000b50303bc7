import type { ContentProblem } from '../problems.ts';
import { examples, type Check } from './context.ts';

/** Every `<Term id>` names a glossary entry, and marks only the first use of its term in the note. */
export const noteTerms: Check = ({ input, model }) =>
  input.notes.flatMap((note) => {
    const problems: ContentProblem[] = [];
    const seen = new Set<string>();
    for (const { attributes, line } of note.scan.components.filter((c) => c.name === 'Term')) {
      const id = attributes.id;
      if (typeof id !== 'string') continue;
      const where = { file: note.filePath, line, field: `<Term id="${id}">` };
      if (!model.terms.has(id))
        problems.push({
          ...where,
          problem: `unknown glossary term "${id}"`,
          fix: `use an id from content/glossary.yaml (${examples(model.terms.keys())}) or add the term there`,
        });
      else if (seen.has(id))
        problems.push({
          ...where,
          problem: `term "${id}" is marked more than once in this note`,
          fix: 'mark only its first use; later uses stay plain text',
        });
      seen.add(id);
    }
    return problems;
  });
