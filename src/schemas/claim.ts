import { z } from 'astro/zod';
import { kebabCase } from './shared.ts';

/** How far the sources bear out a claim (see content/sources.yaml and ../shared/sources/facts.md). */
export const claimStatuses = ['supported', 'nuanced', 'overstated', 'unconfirmed'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** One place in one source: a source key and where in it (a timestamp, a section, a table). */
export const citationSchema = z
  .object({
    /** Key of an entry in content/sources.yaml, e.g. `llama-3-paper`. */
    source: kebabCase('source key'),
    /** Where in the source: `12:43` (interview timestamp), `§3.2.1`, `Table 3`. */
    at: z
      .string()
      .trim()
      .min(1, 'give a locator: a timestamp like "12:43" or a section like "§3.2.1"'),
  })
  .strict();

/**
 * A claim: one point of the outline, declared as data in a note's frontmatter and placed in the
 * prose with `<Claim id="…" />`. Its id is a public URL fragment (`/<theme>/<note>/#<id>`), so it is
 * hand-given and never derived from the text.
 */
export const claimSchema = z
  .object({
    /** Stable, kebab-case, unique across the site; e.g. `balance-at-405b`. Never change it once published. */
    id: kebabCase('claim id'),
    /** The point, in one or two sentences of our own words, faithful to the outline. */
    text: z.string().trim().min(1, 'state the claim in a sentence'),
    /** What the sources say of it. */
    status: z.enum(claimStatuses, {
      error: () => `status must be one of: ${claimStatuses.join(', ')}`,
    }),
    /** One line: why this status, in our own words. */
    reason: z.string().trim().min(1, 'say in one line why the claim has this status'),
    /** Where it was said and what bears on its status; the FIRST is the one that decides the status. */
    sources: z.array(citationSchema).min(1, 'cite at least one source with a locator'),
    /** Ids this claim had before (published links to `#old-id` and `/c/old-id/` land here). */
    aliases: z.array(kebabCase('claim alias')).default([]),
  })
  .strict();

export type ClaimData = z.infer<typeof claimSchema>;
export type Citation = z.infer<typeof citationSchema>;
