import { RESERVED_PATHS } from '../../lib/reserved.ts';
import { isKebabCase } from '../../lib/slugs.ts';
import type { Check } from './context.ts';

/** A theme folder is a URL slug that the site does not already use. */
export const themeFolders: Check = ({ input }) =>
  input.themes.flatMap((t) => [
    ...(RESERVED_PATHS.has(t.id)
      ? [
          {
            file: t.filePath,
            problem: `"${t.id}" cannot be a theme: the site already uses /${t.id}/`,
            fix: `rename the folder (reserved: ${[...RESERVED_PATHS].join(', ')})`,
          },
        ]
      : []),
    ...(!isKebabCase(t.id)
      ? [
          {
            file: t.filePath,
            problem: `theme folder "${t.id}" is not a valid URL slug`,
            fix: 'rename the folder to lower-case words joined by hyphens',
          },
        ]
      : []),
  ]);
