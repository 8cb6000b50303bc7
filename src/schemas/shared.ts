import { z } from 'astro/zod';
import { KEBAB_CASE, KEBAB_WORDS } from '../lib/slugs.ts';

/** A kebab-case string field, with a message that shows the expected shape. */
export const kebabCase = (what: string) =>
  z
    .string()
    .regex(
      KEBAB_CASE,
      `${what} must be kebab-case (lower-case words joined by hyphens, e.g. "balance-at-405b")`,
    );

/** A calendar date written as YYYY-MM-DD (YAML may already have parsed it into a Date). */
export const calendarDate = z.coerce.date({
  error: () => 'must be a date written as YYYY-MM-DD, e.g. 2026-11-27',
});

/** A sentence-length summary used for the meta description and search results. */
export const oneSentence = (of: string) =>
  z
    .string({
      error: (i) =>
        i.input === undefined ? `required: describe the ${of} in one sentence` : 'must be text',
    })
    .trim()
    .min(20, 'write a one-sentence description (at least 20 characters)')
    .max(200, 'keep the description to one sentence (at most 200 characters)');

/** A position in a reading order: 1 comes first. */
export const position = () =>
  z
    .number({
      error: (i) =>
        i.input === undefined
          ? 'required: give the position in the reading order, e.g. 1'
          : 'must be a whole number, e.g. 1',
    })
    .int('must be a whole number, e.g. 1')
    .positive('must be 1 or more');

/** A path on the site with both slashes, as published: `/scale/why-405b/`. */
export const sitePath = z
  .string()
  .regex(
    new RegExp(`^/(?:${KEBAB_WORDS}/)+$`),
    'must be a site path such as "/scale/old-name/" (lower-case, slashes at both ends)',
  );

/** An old anchor that now lands somewhere on this note. */
export const anchorAliasSchema = z
  .object({
    /** `old-anchor` (on this page) or `/theme/note/#old-anchor` (on another page). */
    from: z
      .string()
      .regex(
        new RegExp(`^(?:/(?:${KEBAB_WORDS}/)+#)?[^\\s#/]+$`),
        'from must be "old-anchor" or "/theme/note/#old-anchor"',
      ),
    /** The heading or claim id on this note that the old anchor now means. */
    to: z.string().regex(/^[^\s#/]+$/, 'to must be an anchor id on this note, without "#"'),
  })
  .strict();
