/**
 * Social cards: the 1200×630 PNG a chat or a feed shows when a page's link is pasted. Drawn with
 * satori (element tree → SVG) and resvg (SVG → PNG) in Source Sans 3, the site's heading font, and cached
 * on disk by their inputs so a build only draws the cards that changed.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SITE } from '../lib/site.ts';
import { cacheDir, cached, cardKey, digestOf } from './social-card-cache.ts';

/** What a card shows. `theme` is the theme's name, for notes only. */
export interface CardInput {
  title: string;
  theme?: string;
  site: string;
}

/** Bump when the design changes, so every cached card is drawn again. */
const CARD_VERSION = 1;
const WIDTH = 1200;
const HEIGHT = 630;
/** Titles longer than this drop to the smaller size, so most fit in three lines. */
const LONG_TITLE = 60;
/** The site's heading face (astro.config.mjs). */
const FAMILY = 'Source Sans 3';
// The site's light palette (src/styles/global.css): --bg, --accent, --fg, --muted.
const COLOR = { bg: '#fdfdfb', accent: '#1d5bb6', fg: '#1d2126', muted: '#545c66' };

type Element = {
  type: string;
  props: { style: Record<string, string | number>; children?: unknown };
};

const div = (style: Element['props']['style'], children?: unknown): Element => ({
  type: 'div',
  props: { style, children },
});

// satori clamps and ellipsises only a block of plain text, so every text line is one such block.
// overflowWrap breaks a word wider than the card (a long identifier) instead of letting it spill.
const text = (content: string, lines: number, style: Element['props']['style']) =>
  div({ display: 'block', lineClamp: lines, overflowWrap: 'break-word', ...style }, content);

/** The satori element tree of a card. */
export function cardElement(input: CardInput): object {
  const titleSize = input.title.length > LONG_TITLE ? 52 : 64;
  // The home page's title is the tagline itself; printing it twice would look like a mistake.
  const footer = input.title === SITE.tagline ? undefined : SITE.tagline;
  const middle = div({ display: 'flex', flexDirection: 'column' }, [
    ...(input.theme
      ? [
          text(input.theme, 1, {
            fontSize: 32,
            fontWeight: 600,
            color: COLOR.accent,
            marginBottom: 20,
          }),
        ]
      : []),
    text(input.title, 3, {
      fontSize: titleSize,
      fontWeight: 700,
      color: COLOR.fg,
      lineHeight: 1.15,
      letterSpacing: -0.5,
    }),
  ]);
  return div(
    {
      width: WIDTH,
      height: HEIGHT,
      display: 'flex',
      backgroundColor: COLOR.bg,
      fontFamily: FAMILY,
    },
    [
      div({ width: 16, height: HEIGHT, flexShrink: 0, backgroundColor: COLOR.accent }),
      div(
        // minWidth 0 lets the column shrink to the card, so text wraps instead of widening it.
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flexGrow: 1,
          minWidth: 0,
          padding: 72,
          overflow: 'hidden',
        },
        [
          text(input.site, 1, { fontSize: 30, fontWeight: 600, color: COLOR.muted }),
          middle,
          footer ? text(footer, 1, { fontSize: 26, color: COLOR.muted }) : div({ height: 1 }),
        ],
      ),
    ],
  );
}

const require = createRequire(import.meta.url);
// satori reads TTF, OTF and WOFF but neither WOFF2 nor variable fonts, so the cards use
// fontsource's static .woff cuts of the face the site serves as one variable WOFF2
// (astro.config.mjs).
const FONT_WEIGHTS = [400, 600, 700] as const;
const fontFile = (weight: number) =>
  require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);
/** `<project>/node_modules/.cache/kb-social-cards`, found from where the font package lives. */
const defaultCacheDir = () =>
  join(
    dirname(require.resolve('@fontsource/source-sans-3/package.json')),
    '../../.cache/kb-social-cards',
  );

let fonts: Promise<{ list: Parameters<typeof satori>[1]['fonts']; digest: string }> | undefined;
function loadFonts() {
  fonts ??= Promise.all(FONT_WEIGHTS.map((w) => readFile(fontFile(w)))).then((data) => ({
    list: data.map((bytes, i) => ({
      name: FAMILY,
      data: bytes,
      weight: FONT_WEIGHTS[i]!,
      style: 'normal' as const,
    })),
    digest: digestOf(data),
  }));
  return fonts;
}

/** The card as PNG bytes, from the disk cache when these inputs were drawn before. */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const { list, digest } = await loadFonts();
  const key = cardKey(
    {
      version: CARD_VERSION,
      title: input.title,
      theme: input.theme ?? null,
      site: input.site,
      footer: SITE.tagline,
      width: WIDTH,
      height: HEIGHT,
    },
    digest,
  );
  return cached(cacheDir(defaultCacheDir()), key, async () => {
    const svg = await satori(cardElement(input) as Parameters<typeof satori>[0], {
      width: WIDTH,
      height: HEIGHT,
      fonts: list,
    });
    // satori has already turned the text into paths, so resvg needs no fonts of its own.
    return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  });
}
