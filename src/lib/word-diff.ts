/**
 * A word-level diff of two versions of a claim's text, for its history page. The diff itself is
 * the `diff` package's diffWords (words and punctuation are tokens; spacing is kept); this turns
 * it into parts a page prints as plain, `<del>` and `<ins>` runs.
 */
import { diffWords } from 'diff';
import { escapeHtml } from './html.ts';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The words of `before` and `after`, each part marked as kept, removed or added. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** The diff as HTML: removed words in `<del>`, added in `<ins>` (which screen readers and print show as such). */
export function wordDiffHtml(before: string, after: string): string {
  return wordDiff(before, after)
    .map(({ kind, text }) =>
      kind === 'same'
        ? escapeHtml(text)
        : kind === 'removed'
          ? `<del>${escapeHtml(text)}</del>`
          : `<ins>${escapeHtml(text)}</ins>`,
    )
    .join('');
}
