/**
 * Which characters the site's font files keep.
 *
 * fontsource's Latin cut of each face holds about 230 characters; the notes draw about 120 of them.
 * The rest (accented capitals, fractions, superiors, currency) are most of a file's glyphs, and
 * the four faces a note loads weighed 91 KB together. The build therefore cuts each face down to
 * the characters its sources can put on a page: every character written in the notes, their data
 * and the site's own code, plus those produced on the way and written nowhere (below). A character
 * a file lacks is drawn from the metric-matched fallback, as Greek always was.
 */

/**
 * Characters the site draws that are in no source file as such: Markdown's typographic quotes,
 * dashes and ellipsis (remark-smartypants), the spaces that KaTeX's maths and our components put
 * between words, and the arrows of Pagefind's keyboard hints, whose text comes from its own package.
 */
export const ALWAYS_DRAWN: string =
  [...range(0x20, 0x7e)].join('') +
  '\u00a0\u2002\u2009\u200b' + // no-break, en, thin and zero-width spaces (the ones the fonts have)
  '–—‘’“”…' +
  '↑↓';

function* range(from: number, to: number): Generator<string> {
  for (let code = from; code <= to; code++) yield String.fromCodePoint(code);
}

/** `\u2014`, `\u{1F600}` and `&#x2014;` / `&#8212;` as written in code: the characters they stand for. */
const ESCAPE = /\\u\{([0-9a-f]{1,6})\}|\\u([0-9a-f]{4})|&#x([0-9a-f]{1,6});|&#(\d{1,7});/gi;

/** Every character a source text can put on a page: its own, and those its escapes spell. */
export function charactersIn(text: string): Set<string> {
  const found = new Set<string>();
  const add = (char: string) => {
    // A letter may be shown in the other case (text-transform, a capitalised title).
    for (const form of [char, char.toUpperCase(), char.toLowerCase()]) {
      if (form.length === char.length && !/\p{Cc}/u.test(form)) found.add(form);
    }
  };
  for (const char of text) add(char);
  for (const [, braced, short, hex, decimal] of text.matchAll(ESCAPE)) {
    const code =
      braced || short || hex ? parseInt(braced ?? short ?? hex ?? '', 16) : Number(decimal);
    if (code <= 0x10ffff) add(String.fromCodePoint(code));
  }
  return found;
}

/** The characters to keep, sorted by code point: ALWAYS_DRAWN and every character of the texts. */
export function characterSet(texts: Iterable<string>): string {
  const all = charactersIn(ALWAYS_DRAWN);
  for (const text of texts) for (const char of charactersIn(text)) all.add(char);
  return [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
