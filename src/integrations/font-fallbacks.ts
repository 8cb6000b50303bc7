import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fromBuffer } from '@capsizecss/unpack';
import type { Plugin } from 'vite';
import { SYSTEM_FACES, fallbackFaces, type Metrics } from '../lib/font-fallbacks.ts';

/** The module BaseLayout imports: the fallback faces as a stylesheet Astro inlines and hashes. */
export const FONT_FALLBACKS_MODULE = 'virtual:kb/font-fallbacks.css';
const RESOLVED = `\0${FONT_FALLBACKS_MODULE}`;

/** A static cut of a site font, measured rather than trusted to a table (a font update moves it). */
async function measure(file: string): Promise<Metrics> {
  const path = fileURLToPath(import.meta.resolve(`@fontsource/${file}`));
  const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromBuffer(
    await readFile(path),
  );
  return { ascent, descent, lineGap, unitsPerEm, xWidthAvg };
}

/**
 * The stylesheet of fallback faces. Weights are measured from fontsource's static cuts of the
 * same fonts the site serves as variable files: the variable file reports its lightest instance.
 */
async function stylesheet(): Promise<string> {
  const [serif, sans, sansBold] = await Promise.all([
    measure('source-serif-4/files/source-serif-4-latin-400-normal.woff2'),
    measure('source-sans-3/files/source-sans-3-latin-400-normal.woff2'),
    measure('source-sans-3/files/source-sans-3-latin-700-normal.woff2'),
  ]);
  return [
    // Body text is regular, and its bold and italic are rare enough to be synthesized briefly.
    fallbackFaces('Source Serif 4', [
      { weight: '200 900', metrics: serif, standIns: SYSTEM_FACES.serif },
    ]),
    // Headings are bold, the interface regular: the two are different widths.
    fallbackFaces('Source Sans 3', [
      { weight: '200 500', metrics: sans, standIns: SYSTEM_FACES.sans },
      { weight: '600 900', metrics: sansBold, standIns: SYSTEM_FACES.sansBold },
    ]),
  ].join('\n');
}

/** Serves the fallback faces as a virtual stylesheet (see src/lib/font-fallbacks.ts for why). */
export function fontFallbacks(): Plugin {
  return {
    name: 'kb:font-fallbacks',
    resolveId: (id) => (id === FONT_FALLBACKS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? stylesheet() : undefined),
  };
}
