import { PERMALINK, select } from '../../lib/markup.ts';
import { announce } from './announce.ts';

/** The page's absolute URL, from its canonical link (site URL + base + path). */
export function canonicalUrl(): string {
  return (
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
    location.href.split(/[?#]/)[0]!
  );
}

/**
 * Link controls (`[data-copy-link]`, after every heading and on every claim) copy an absolute
 * URL when activated: the section's (canonical URL + #anchor), or a claim's short share URL
 * (`data-share`). The link still does what a link does — go to the anchor — so without clipboard
 * access, or without JavaScript, it is a plain permalink.
 */
export function setupCopyLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
      `a${select(PERMALINK.copyLink)}`,
    );
    if (
      !link ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const url = link.getAttribute(PERMALINK.share) ?? `${canonicalUrl()}${link.hash}`;
    navigator.clipboard?.writeText(url).then(
      () => {
        showCopied(link);
        announce(`Link copied: ${url}`);
      },
      () => undefined,
    );
  });
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Shows, for a moment, that the link was copied: the control's "#" becomes "✓" in its own box.
 * A wider label ("# copied") would grow over the claim or heading it belongs to; screen-reader
 * users hear "Link copied" from the live region instead.
 */
function showCopied(link: HTMLElement): void {
  const glyph = link.querySelector<HTMLElement>('[aria-hidden="true"]');
  if (!glyph) return;
  glyph.dataset.mark ??= glyph.textContent ?? '';
  glyph.textContent = '\u2713';
  link.setAttribute(PERMALINK.copied, '');
  clearTimeout(timers.get(link));
  timers.set(
    link,
    setTimeout(() => {
      glyph.textContent = glyph.dataset.mark ?? '';
      link.removeAttribute(PERMALINK.copied);
    }, 1500),
  );
}
