import type { Check } from './context.ts';

/**
 * Notes come from trusted authors, but a pasted snippet must not slip script into the site by
 * accident: no <script>, no on…= handlers, no javascript: URLs, no <iframe>, no import/export.
 * The scan finds them in the tree (so code blocks and inline code never count).
 */
export const unsafeMarkup: Check = ({ input }) =>
  [...input.notes, ...input.themes].flatMap((entry) =>
    (entry.scan?.unsafe ?? []).map((u) => ({
      file: entry.filePath,
      line: u.line,
      problem: `${u.what} is not allowed in a note`,
      fix: u.fix,
    })),
  );
