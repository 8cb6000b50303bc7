import { z } from 'astro/zod';
import { citationSchema } from './claim.ts';
import { kebabCase } from './shared.ts';

/**
 * An entry of content/glossary.yaml, keyed by its id (the anchor on /glossary/ and the id notes
 * use in `<Term id="…">`).
 */
export const termSchema = z
  .object({
    /** The term as it is written, e.g. "Chinchilla scaling". */
    term: z.string().trim().min(1, 'give the term as it is written'),
    /** One or two sentences in our own words; shown on hover and focus wherever the term is used. */
    definition: z
      .string()
      .trim()
      .min(20, 'define the term in a sentence or two')
      .max(400, 'keep the definition to a sentence or two (at most 400 characters)'),
    /** Where the definition comes from; at least one. */
    sources: z.array(citationSchema).min(1, 'cite at least one source for the definition'),
    /** Ids of related terms, linked from the glossary. */
    related: z.array(kebabCase('related term id')).default([]),
  })
  .strict();

export type TermData = z.infer<typeof termSchema>;
