import { createFontStack } from '@capsizecss/core';

/**
 * Metric-matched fallback faces for the site's two fonts, for every system a reader may have.
 *
 * Why our own and not Astro's: Astro's <Font> matches its fallback to Times New Roman and Arial
 * only, and names them with local("Times New Roman"), which a Linux browser does not have: it
 * drew the page in DejaVu at DejaVu's size, and the real fonts moved every line when they arrived
 * (CLS 0.098 with font-display: swap). Here each system face is sized to the site's font by
 * Capsize from both fonts' metrics, so swapping in the real font keeps the lines where they are.
 * Faces that share their metrics (Liberation and the Croscore fonts were drawn to Times New
 * Roman's and Arial's widths) share one @font-face with every name they go by.
 */

/** The measurements Capsize needs from a font (in font units). */
export interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average width of a lowercase letter, weighted by English letter frequency. */
  xWidthAvg: number;
}

/** A system font a fallback face can draw with: the names local() finds it by, and its metrics. */
export interface SystemFace {
  names: readonly string[];
  metrics: Metrics;
}

/** One weight range of a site font and the system faces that stand in for it. */
export interface FallbackRange {
  /** CSS font-weight descriptor, e.g. '200 500'. */
  weight: string;
  /** The site font's metrics at this weight, measured from its file. */
  metrics: Metrics;
  /** Stand-ins by group name, one per set of metric-compatible system fonts, in order of preference. */
  standIns: Readonly<Record<string, SystemFace>>;
}

// Measured with @capsizecss/unpack from the fonts themselves (Times New Roman and Arial as
// Capsize and Astro publish them; DejaVu from Debian's fonts-dejavu-core 2.37). Tinos and Arimo
// measure the same as Times New Roman and Arial, and Liberation 2 is built from them.
const TIMES: Metrics = {
  ascent: 1825,
  descent: -443,
  lineGap: 87,
  unitsPerEm: 2048,
  xWidthAvg: 832,
};
const ARIAL: Metrics = {
  ascent: 1854,
  descent: -434,
  lineGap: 67,
  unitsPerEm: 2048,
  xWidthAvg: 913,
};
const ARIAL_BOLD: Metrics = { ...ARIAL, xWidthAvg: 983 };
const DEJAVU_SERIF: Metrics = {
  ascent: 1901,
  descent: -483,
  lineGap: 0,
  unitsPerEm: 2048,
  xWidthAvg: 1058,
};
const DEJAVU_SANS: Metrics = { ...DEJAVU_SERIF, xWidthAvg: 1041 };
const DEJAVU_SANS_BOLD: Metrics = { ...DEJAVU_SERIF, xWidthAvg: 1176 };

/** The system fonts, by the role they stand in for; full and PostScript names, as local() matches. */
export const SYSTEM_FACES = {
  serif: {
    times: {
      names: [
        'Times New Roman',
        'TimesNewRomanPSMT',
        'Liberation Serif',
        'LiberationSerif',
        'Tinos',
      ],
      metrics: TIMES,
    },
    dejavu: { names: ['DejaVu Serif', 'DejaVuSerif'], metrics: DEJAVU_SERIF },
  },
  sans: {
    arial: {
      names: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo'],
      metrics: ARIAL,
    },
    dejavu: { names: ['DejaVu Sans', 'DejaVuSans'], metrics: DEJAVU_SANS },
  },
  sansBold: {
    arial: {
      names: [
        'Arial Bold',
        'Arial-BoldMT',
        'Liberation Sans Bold',
        'LiberationSans-Bold',
        'Arimo Bold',
        'Arimo-Bold',
      ],
      metrics: ARIAL_BOLD,
    },
    dejavu: { names: ['DejaVu Sans Bold', 'DejaVuSans-Bold'], metrics: DEJAVU_SANS_BOLD },
  },
} satisfies Record<string, Record<string, SystemFace>>;

/** The font-family name of one fallback: the site font's name and the stand-in group. */
export function fallbackFamily(font: string, group: string): string {
  return `${font} fallback ${group}`;
}

/** `@font-face` rules for a site font's fallbacks: one per weight range and stand-in group. */
export function fallbackFaces(font: string, ranges: readonly FallbackRange[]): string {
  return ranges
    .flatMap((range) =>
      Object.entries(range.standIns).map(([group, face]) => {
        const { fontFaces } = createFontStack(
          [
            { familyName: font, ...range.metrics },
            { familyName: face.names[0]!, ...face.metrics },
          ],
          { fontFaceFormat: 'styleObject' },
        );
        const rule = fontFaces[0]!['@font-face'];
        const src = face.names.map((name) => `local(${JSON.stringify(name)})`).join(', ');
        // Capsize leaves out an override the two fonts already agree on.
        const overrides = Object.entries({
          'size-adjust': rule.sizeAdjust,
          'ascent-override': rule.ascentOverride,
          'descent-override': rule.descentOverride,
          'line-gap-override': rule.lineGapOverride,
        }).filter(([, value]) => value !== undefined);
        const family = JSON.stringify(fallbackFamily(font, group));
        return `@font-face{font-family:${family};src:${src};font-weight:${range.weight};${overrides
          .map(([property, value]) => `${property}:${value}`)
          .join(';')}}`;
      }),
    )
    .join('\n');
}
