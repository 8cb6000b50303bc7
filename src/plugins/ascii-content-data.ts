import type { Plugin } from 'vite';

/** The module in which Astro's content layer ships every collection entry: `JSON.parse("…")`. */
const CONTENT_DATA_MODULE = '\0astro:data-layer-content';

/**
 * Writes every non-ASCII character of the module as a `\uXXXX` escape inside the JSON text, so
 * that JSON.parse still decodes it and the JavaScript string literal is pure ASCII. Only strings
 * can hold such characters in this module, and a surrogate pair becomes two escapes, which
 * JSON.parse joins back into one character.
 */
export function asciiJsonLiteral(code: string): string {
  return code.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Why: that module holds all notes' text in one string literal, and a single em dash anywhere
 * makes V8 read the whole literal as two-byte text. For a 27 MB module, one dash made loading it
 * take 10.4 s instead of 3.0 s (same data). In the 5,000-note build this was the largest single
 * cost of page generation (10.8 s of 51 s, CPU profile). The values JSON.parse returns are
 * unchanged.
 */
export function asciiContentData(): Plugin {
  return {
    name: 'kb:ascii-content-data',
    transform(code, id) {
      return id === CONTENT_DATA_MODULE ? { code: asciiJsonLiteral(code), map: null } : undefined;
    },
  };
}
