import type { ContentProblem } from '../problems.ts';
import { sitePaths } from '../../lib/urls.ts';
import type { Check } from './context.ts';

/** An old path redirects to one note only, and never shadows a live page. */
export const movedFrom: Check = ({ input, model }) => {
  const problems: ContentProblem[] = [];
  const live = new Set<string>([
    ...model.themes.map((t) => sitePaths.theme(t.slug)),
    ...model.notes.map((n) => sitePaths.note(n.id)),
  ]);
  const owner = new Map<string, string>();
  for (const note of [...input.notes].sort((a, b) => a.id.localeCompare(b.id))) {
    note.data.moved_from.forEach((path, i) => {
      const where = {
        file: note.filePath,
        fieldPath: ['moved_from', i],
        field: `moved_from "${path}"`,
      };
      const other = owner.get(path);
      if (other && other !== note.filePath)
        problems.push({
          ...where,
          problem: `${other} already redirects "${path}"`,
          fix: 'an old path can redirect to one note only',
        });
      owner.set(path, note.filePath);
      if (live.has(path))
        problems.push({
          ...where,
          problem: `"${path}" is a live page, so it cannot redirect here`,
          fix: 'remove it from moved_from, or move or rename the page that lives there first',
        });
    });
  }
  return problems;
};
