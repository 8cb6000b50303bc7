import { describe, expect, it } from 'vitest';
import { SYSTEM_FACES, fallbackFaces, type Metrics } from '../../src/lib/font-fallbacks.ts';

// Source Serif 4 Regular as fontsource ships it (the build measures the file itself).
const SOURCE_SERIF: Metrics = {
  ascent: 1036,
  descent: -335,
  lineGap: 0,
  unitsPerEm: 1000,
  xWidthAvg: 479,
};

/** The declarations of each @font-face rule, by property. */
function rules(css: string): Record<string, string>[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(
    ([, body]) =>
      Object.fromEntries(
        body!.split(';').map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)]),
      ) as Record<string, string>,
  );
}

describe('fallbackFaces', () => {
  const [times, dejavu] = rules(
    fallbackFaces('Source Serif 4', [
      { weight: '200 900', metrics: SOURCE_SERIF, standIns: SYSTEM_FACES.serif },
    ]),
  );
  it.each([
    // The sizes Capsize (and Astro, for Times New Roman) give these two fonts.
    ['Times New Roman and its metric twins', times, '117.9077%', '87.8653%', '28.4121%'],
    ['DejaVu Serif, which Debian draws serif text in', dejavu, '92.7214%', '111.7326%', '36.1298%'],
  ])('sizes %s to the site font', (_, rule, size, ascent, descent) => {
    expect(rule!['size-adjust']).toBe(size);
    expect(rule!['ascent-override']).toBe(ascent);
    expect(rule!['descent-override']).toBe(descent);
  });
  it('names every metric twin in one face, so one rule serves Windows, macOS and Linux', () => {
    expect(times!.src).toBe(
      'local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("LiberationSerif"), local("Tinos")',
    );
    expect(times!['font-family']).toBe('"Source Serif 4 fallback times"');
    expect(times!['font-weight']).toBe('200 900');
  });
  it('leaves out an override the fonts agree on instead of writing "undefined"', () => {
    // Neither font has a line gap.
    expect(dejavu).not.toHaveProperty('line-gap-override');
    expect(times!['line-gap-override']).toBe('0%');
  });
  it('writes one face per weight range and stand-in', () => {
    const css = fallbackFaces('Source Sans 3', [
      { weight: '200 500', metrics: SOURCE_SERIF, standIns: SYSTEM_FACES.sans },
      { weight: '600 900', metrics: SOURCE_SERIF, standIns: SYSTEM_FACES.sansBold },
    ]);
    expect(rules(css).map((r) => `${r['font-family']} ${r['font-weight']}`)).toEqual([
      '"Source Sans 3 fallback arial" 200 500',
      '"Source Sans 3 fallback dejavu" 200 500',
      '"Source Sans 3 fallback arial" 600 900',
      '"Source Sans 3 fallback dejavu" 600 900',
    ]);
  });
});
