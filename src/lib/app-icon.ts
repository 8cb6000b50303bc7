/** The installed app's icon sizes (Chromium asks for 192 and 512 pixels) and its colour. */
export const ICON_SIZES = ['192', '512'] as const;
/** The page background (src/styles/global.css, --bg in the light scheme). */
export const THEME_COLOR = '#fdfdfb';
