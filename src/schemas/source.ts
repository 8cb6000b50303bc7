import { z } from 'astro/zod';

/** An entry of content/sources.yaml, keyed by its id. */
export const sourceSchema = z
  .object({
    kind: z.enum(['interview', 'paper', 'model-card']),
    /** Short label used in inline citations, e.g. "Llama 3 paper". */
    short: z.string().min(1),
    title: z.string().min(1),
    authors: z.array(z.string().min(1)).min(1),
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
