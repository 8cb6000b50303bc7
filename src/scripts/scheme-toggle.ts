/**
 * The header's colour-scheme toggle: each press moves to the next of light, dark and system.
 * Light and dark are stored (in the key the inline script src/scripts/inline/color-scheme.js reads
 * before first paint) and set as <html data-scheme>; system removes both, so the stylesheet
 * follows the system's setting again, as it changes. The button's label and icon follow
 * data-scheme in CSS, so they are right from the first paint.
 */
const KEY = 'color-scheme';
const CHOICES = ['light', 'dark', 'system'] as const;

/** Cycles the scheme on each press of the toggle. */
export function setupSchemeToggle(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll('[data-scheme-toggle]')) {
    button.addEventListener('click', () => {
      const now = CHOICES.indexOf(
        (root.dataset.scheme as 'light' | 'dark' | undefined) ?? 'system',
      );
      const choice = CHOICES[(now + 1) % CHOICES.length]!;
      if (choice === 'system') {
        localStorage.removeItem(KEY);
        delete root.dataset.scheme;
      } else {
        localStorage.setItem(KEY, choice);
        root.dataset.scheme = choice;
      }
    });
  }
}
