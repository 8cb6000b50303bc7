/** The installed app's icon sizes (Chromium asks for 192 and 512 pixels) and its colour. */
export const ICON_SIZES = ['192', '512'] as const;
/**
 * The favicon's size: a PNG square, not the SVG it is drawn from. Chromium draws an SVG favicon
 * by building a document for it on the page's main thread, a 34–42 ms task on every first visit
 * in Lighthouse's traces (this PNG's task took under 9 ms), which Lighthouse's simulation counts
 * as blocking time when it falls after the first paint. 32 pixels: a tab's 16 at twice the density.
 */
export const FAVICON_SIZE = '32';
/** The page background (src/styles/global.css, --bg in the light scheme). */
export const THEME_COLOR = '#fdfdfb';
