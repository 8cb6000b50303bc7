import { z } from 'astro/zod';
import {
  anchorAliasSchema,
  calendarDate,
  kebabCase,
  oneSentence,
  position,
  sitePath,
} from './shared.ts';
import { claimSchema } from './claim.ts';
import { chartSchema } from './chart.ts';

/**
 * Frontmatter of a note, `content/<theme>/<note>.mdx`. The theme is the folder and is never
 * repeated here. Unknown fields are rejected so that a typo never silently drops data.
 */
export const noteSchema = z
  .object({
    /** Page title and `<h1>`; e.g. "Why 405B parameters". */
    title: z
      .string({
        error: (i) => (i.input === undefined ? 'required: give the note a title' : 'must be text'),
      })
      .trim()
      .min(1, 'give the note a title'),
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
    /** Figures drawn from data at build time, placed in the prose with <Chart id="…" />. */
    charts: z.array(chartSchema).default([]),
    /** Drafts are rendered by `astro dev` but never reach a production build. */
    draft: z.boolean().default(false),
    /** Site paths this note was published at before a move or rename, e.g. `/scale/old-name/`; each serves a redirect here. */
    moved_from: z.array(sitePath).default([]),
    /**
     * Anchors that were published and now live on this note under another id: `from` is the old
     * anchor (`old-heading` on this page, or `/theme/note/#old-heading` on another), `to` the
     * heading or claim id here that replaces it.
     */
    anchor_aliases: z.array(anchorAliasSchema).default([]),
  })
  .strict();

export type NoteData = z.infer<typeof noteSchema>;
