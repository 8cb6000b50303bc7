/** The installed app's icon sizes (Chromium asks for 192 and 512 pixels) and its colour. */
export const ICON_SIZES = ['192', '512'] as const;
/**
 * The favicon's size: a PNG square, not the SVG it is drawn from. Chromium draws an SVG favicon
 * by building a document for it on the page's main thread, a 35–42 ms task on every first visit
 * in Lighthouse's runs (a PNG of this size decodes in under 9 ms), and Lighthouse counted that
 * task as blocking time. 32 pixels: a tab's 16 at twice the density.
 */
export const FAVICON_SIZE = '32';
/** The page background (src/styles/global.css, --bg in the light scheme). */
export const THEME_COLOR = '#fdfdfb';
