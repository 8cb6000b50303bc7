import { z } from 'astro/zod';
import { oneSentence, position } from './shared.ts';

/** Frontmatter of `content/<theme>/index.mdx`: a theme (a section of the site). */
export const themeSchema = z
  .object({
    /** The section's name, e.g. "Parameter scale and scaling laws". */
    title: z
      .string({
        error: (i) => (i.input === undefined ? 'required: give the theme a title' : 'must be text'),
      })
      .trim()
      .min(1, 'give the theme a title'),
    /** One sentence saying what the theme covers. */
    description: oneSentence('theme'),
    /** Position among the themes (1 comes first). */
    order: position(),
  })
  .strict();

export type ThemeData = z.infer<typeof themeSchema>;
