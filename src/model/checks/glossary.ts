import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/** Glossary entries cite known sources and relate to terms that exist. */
export const glossaryEntries: Check = ({ model, files }) => {
  const problems: ContentProblem[] = [];
  const file = files.glossary;
  for (const term of model.terms.values()) {
    term.sources.forEach(({ source }, i) => {
      if (!model.sources.has(source))
        problems.push({
          file,
          fieldPath: [term.id, 'sources', i, 'source'],
          field: `${term.id} → sources`,
          problem: `unknown source key "${source}"`,
          fix: 'use a key from content/sources.yaml or add the source there',
        });
    });
    term.related.forEach((related, i) => {
      if (!model.terms.has(related))
        problems.push({
          file,
          fieldPath: [term.id, 'related', i],
          field: `${term.id} → related`,
          problem: `unknown term "${related}"`,
          fix: 'use the id of another entry of the glossary',
        });
    });
  }
  return problems;
};
