import type { ContentProblem } from '../problems.ts';
import { examples, type Check } from './context.ts';

/** Every source a note cites (in claims, `<Cite>` or its list) is in the bibliography and in the note's `sources`. */
export const noteSources: Check = ({ input, model }) =>
  input.notes.flatMap((note) => {
    const file = note.filePath;
    const listed = new Set(note.data.sources);
    const cited: Array<Omit<ContentProblem, 'problem' | 'fix'> & { key: string }> = [
      ...note.data.claims.flatMap((c, i) =>
        c.sources.map((s, j) => ({
          key: s.source,
          file,
          fieldPath: ['claims', i, 'sources', j, 'source'],
          field: `claims → "${c.id}" → sources`,
        })),
      ),
      ...note.scan.components
        .filter((c) => c.name === 'Cite' && typeof c.attributes.source === 'string')
        .map((c) => ({
          key: c.attributes.source as string,
          file,
          line: c.line,
          field: `<Cite source="${c.attributes.source as string}">`,
        })),
      ...note.data.sources.map((key, i) => ({
        key,
        file,
        fieldPath: ['sources', i],
        field: 'sources',
      })),
    ];
    const reported = new Set<string>();
    const problems: ContentProblem[] = [];
    for (const { key, ...where } of cited) {
      if (!model.sources.has(key)) {
        if (reported.has(`unknown:${key}`)) continue;
        reported.add(`unknown:${key}`);
        problems.push({
          ...where,
          problem: `unknown source key "${key}"`,
          fix: `use a key from content/sources.yaml (${examples(model.sources.keys(), 6)}) or add the source there`,
        });
      } else if (!listed.has(key) && !reported.has(`unlisted:${key}`)) {
        reported.add(`unlisted:${key}`);
        problems.push({
          ...where,
          problem: `source "${key}" is cited but missing from the note's \`sources\` list`,
          fix: `add ${key} to \`sources:\` in the frontmatter so it appears in the note's references`,
        });
      }
    }
    return problems;
  });
