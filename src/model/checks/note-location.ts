import { isKebabCase } from '../../lib/slugs.ts';
import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/** A note sits directly in a theme folder that has an index.mdx, under a file name that is a URL slug. */
export const noteLocation: Check = ({ input, model }) => {
  const known = model.themes.map((t) => t.slug).join(', ') || '(none yet)';
  const themes = new Set(input.themes.map((t) => t.id));
  return input.notes.flatMap((note): ContentProblem[] => {
    const file = note.filePath;
    const parts = note.id.split('/');
    if (parts.length !== 2)
      return [
        {
          file,
          problem: 'a note must sit directly in a theme folder',
          fix: `move it to content/<theme>/<note>.mdx, where <theme> is one of: ${known}`,
        },
      ];
    const [theme, slug] = parts as [string, string];
    if (!themes.has(theme))
      return [
        {
          file,
          problem: `unknown theme "${theme}" (the folder has no index.mdx)`,
          fix: `move the note into one of: ${known}; or create content/${theme}/index.mdx with title, description and order`,
        },
      ];
    return isKebabCase(slug)
      ? []
      : [
          {
            file,
            problem: `file name "${slug}" is not a valid URL slug`,
            fix: 'rename the file to lower-case words joined by hyphens, e.g. why-405b.mdx',
          },
        ];
  });
};
