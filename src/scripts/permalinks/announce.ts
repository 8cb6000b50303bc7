import { ANNOUNCER_ID } from '../../lib/markup.ts';

/** Says something to screen-reader users through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  // Clearing first makes a repeated message ("Link copied") be read again.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}
