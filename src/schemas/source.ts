import { z } from 'astro/zod';

/**
 * An author: a person as "Given Family" (or a name that is not one, such as "swyx" or "Meta",
 * which the bibliography keeps whole), or an organisation written `{ literal: "Llama Team, AI @
 * Meta" }` so that no reader splits it into given and family names. "et al." may end the list.
 */
export const authorSchema = z.union([
  z.string().min(1),
  z.object({ literal: z.string().min(1) }).strict(),
]);

export type Author = z.infer<typeof authorSchema>;

/** Whether an author entry is "et al." (the authors not listed), in any of its spellings. */
export const isEtAl = (author: Author): boolean =>
  typeof author === 'string' && /^et\.? al\.?$/i.test(author.trim());

/** How an author reads on a page. */
export const authorName = (author: Author): string =>
  typeof author === 'string' ? author : author.literal;

/** An entry of content/sources.yaml, keyed by its id. */
export const sourceSchema = z
  .object({
    kind: z.enum(['interview', 'paper', 'model-card', 'licence']),
    /** Short label used in inline citations, e.g. "Llama 3 paper". */
    short: z.string().min(1),
    title: z.string().min(1),
    // "et al." after a named author would make BibTeX read it as an author called "others".
    authors: z
      .array(authorSchema)
      .min(1)
      .refine((list) => list.every((a, i) => !isEtAl(a) || i === list.length - 1), {
        message:
          '"et al." stands for the authors not listed, so it can only end the list: put it last, after every named author (drop a named author who comes after it)',
      }),
    /** Where it appeared, e.g. "Latent Space podcast". */
    container: z.string().optional(),
    year: z.number().int(),
    /** Exact publication date, only where a source states it. */
    date: z.coerce.date().optional(),
    url: z.url(),
    /** Video of a recorded interview; timestamps link into it. */
    video: z.url().optional(),
    transcript: z.url().optional(),
    duration: z.string().optional(),
    arxiv: z
      .string()
      .regex(/^\d{4}\.\d{4,5}$/)
      .optional(),
    doi: z.string().optional(),
    /** Listed for context although no claim or note cites it (the bibliography says so). */
    background: z.boolean().default(false),
  })
  .strict();

export type SourceData = z.infer<typeof sourceSchema>;
