/**
 * The arrival highlight's own marker. Pagefind's highlighter (mark.js) marks a term wherever it
 * occurs, so "per" lit up the start of "performance" and "art" the middle of "start"; here a
 * term only ever marks whole words of the text.
 */
import { highlightTerms } from './search-url.ts';

/** Common words that would otherwise mark the start of longer words ("with" in "without"). */
const STOP_WORDS = new Set(
  (
    'about and are but can did does for from had has have her his how its not off our out per ' +
    'she than that the their them then there these they this those was were what when where ' +
    'which who why will with you'
  ).split(' '),
);

/** A letter or digit of any script: what a word is made of. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern that marks the query's `terms` in a text: each term where a word of the text
 * starts with it, the mark running to the end of that word ("over-train" marks
 * "over-training"); never inside a word. Stop-words and terms under four characters ("per",
 * "8b") mark only a word that is exactly the term. Null when there is nothing to mark.
 */
export function termPattern(terms: string[]): RegExp | null {
  const alternatives = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((term) =>
      STOP_WORDS.has(term) || term.length < 4
        ? `${escape(term)}(?!${WORD_CHAR})`
        : `${escape(term)}${WORD_CHAR}*`,
    );
  if (!alternatives.length) return null;
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})`, 'giu');
}

/** Text that is not the page's reading text: chrome kept out of search, scripts, earlier marks. */
const SKIPPED = '[data-pagefind-ignore], script, style, mark';

/**
 * Marks the words a search carried here (`?highlight=`) in the text under `roots`, as
 * `<mark class="pagefind-highlight">` (the class the site's CSS styles), leaving out what the
 * search index leaves out.
 */
export function markTerms(roots: Iterable<Element>, words: string[]): void {
  const pattern = termPattern(highlightTerms(words.join(' ')));
  if (!pattern) return;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) markText(text, pattern);
  }
}

function markText(text: Text, pattern: RegExp): void {
  const matches = [...text.data.matchAll(pattern)];
  if (!matches.length) return;
  const parts: Array<string | HTMLElement> = [];
  let at = 0;
  for (const { 0: word, index } of matches) {
    parts.push(text.data.slice(at, index));
    const mark = document.createElement('mark');
    mark.className = 'pagefind-highlight';
    mark.textContent = word;
    parts.push(mark);
    at = index + word.length;
  }
  parts.push(text.data.slice(at));
  text.replaceWith(...parts.filter((part) => part !== ''));
}
