import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/** The components a note may use, with the attributes each needs as plain text (src/components/note-components.ts). */
export const NOTE_COMPONENTS: Record<string, string[]> = {
  Claim: ['id'],
  Cite: ['source', 'at'],
  Term: ['id'],
  Math: ['tex'],
  Chart: ['id'],
};

/**
 * Components that do not exist, or lack an attribute they need, would fail only while the page
 * renders, as an error about the route; found here with the note's line instead.
 */
export const noteComponents: Check = ({ input }) =>
  [...input.notes, ...input.themes].flatMap((entry) =>
    (entry.scan?.components ?? []).flatMap((c): ContentProblem[] => {
      const where = { file: entry.filePath, line: c.line, field: `<${c.name}>` };
      const needs = NOTE_COMPONENTS[c.name];
      if (!needs)
        return [
          {
            ...where,
            problem: `unknown component <${c.name}>`,
            fix: `use one of ${Object.keys(NOTE_COMPONENTS)
              .map((n) => `<${n}>`)
              .join(', ')}, or write the text without it`,
          },
        ];
      return needs
        .filter((name) => typeof c.attributes[name] !== 'string')
        .map((name) => ({
          ...where,
          problem: `${name} must be given as text in quotes`,
          fix: `write <${c.name} ${name}="…" />`,
        }));
    }),
  );
