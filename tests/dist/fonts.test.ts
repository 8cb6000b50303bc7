import { describe, expect, inject, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'fontkitten';
import { readPages, readerText } from '../support/html.ts';
import { ALWAYS_DRAWN } from '../../src/lib/font-subset.ts';

/** fontsource's files, as the build takes them before cutting them down (astro.config.mjs). */
const ORIGINALS = [
  '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
  '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2',
  '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2',
  '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
];

async function font(path: string) {
  const bytes = await readFile(path);
  const face = create(bytes);
  if (!('characterSet' in face)) throw new Error(`${path} is a font collection`);
  return { bytes: bytes.length, name: face.postscriptName, chars: new Set(face.characterSet) };
}

describe('the font files the site serves', () => {
  it('are fontsource’s, cut down, and hold every character a page shows that the uncut file holds', async () => {
    const dist = inject('dist');
    const folder = join(dist, '_astro/fonts');
    const served = await Promise.all(
      (await readdir(folder)).map((file) => font(join(folder, file))),
    );
    const originals = await Promise.all(
      ORIGINALS.map((file) => font(fileURLToPath(import.meta.resolve(file)))),
    );
    // Every character of every page's text, and those only scripts put on the page.
    const shown = new Set<number>();
    for (const { html } of await readPages(dist)) {
      const text = readerText(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ''));
      for (const char of text) shown.add(char.codePointAt(0)!);
    }
    for (const char of ALWAYS_DRAWN) shown.add(char.codePointAt(0)!);

    expect(served.map((f) => f.name).sort()).toEqual(originals.map((f) => f.name).sort());
    for (const original of originals) {
      const cut = served.find((f) => f.name === original.name)!;
      const dropped = [...shown].filter((c) => original.chars.has(c) && !cut.chars.has(c));
      expect(String.fromCodePoint(...dropped), original.name).toBe('');
      // The cut happened: each file is at least a fifth smaller than fontsource's.
      expect(cut.bytes, original.name).toBeLessThan(original.bytes * 0.8);
    }
  });
});
