import { z } from 'astro/zod';
import { calendarDate, kebabCase, oneSentence, position } from './shared.ts';
import { claimSchema } from './claim.ts';

/**
 * Frontmatter of a note, `content/<theme>/<note>.mdx`. The theme is the folder and is never
 * repeated here. Unknown fields are rejected so that a typo never silently drops data.
 */
export const noteSchema = z
  .object({
    /** Page title and `<h1>`; e.g. "Why 405B parameters". */
    title: z.string({ error: (i) => (i.input === undefined ? 'required: give the note a title' : 'must be text') }).trim().min(1, 'give the note a title'),
    /** One sentence, used for the meta description, the theme page and search results. */
    description: oneSentence('note'),
    /** Position in the theme's reading order (1 comes first). */
    order: position(),
    /** Last meaningful edit, YYYY-MM-DD. */
    updated: calendarDate,
    /** Free-form kebab-case tags, e.g. [scaling-laws, inference]. */
    tags: z.array(kebabCase('tag')).default([]),
    /** Keys of content/sources.yaml this note draws on; its references list. */
    sources: z.array(kebabCase('source key')).default([]),
    /** The outline points this note makes, placed in the prose with <Claim id="…" />. */
    claims: z.array(claimSchema).default([]),
    /** Drafts are rendered by `astro dev` but never reach a production build. */
    draft: z.boolean().default(false),
  })
  .strict();

export type NoteData = z.infer<typeof noteSchema>;
