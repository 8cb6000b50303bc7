/**
 * Esc hides a glossary definition shown on hover or focus, without moving the pointer or the
 * focus (WCAG 1.4.13, dismissible). It shows again on the next hover or focus.
 */
export function setupTermTips(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within'))
      term.dataset.dismissed = '';
  });
  const reset = (event: Event) => {
    const term = (event.target as Element | null)?.closest?.<HTMLElement>('.term');
    if (term) delete term.dataset.dismissed;
  };
  document.addEventListener('focusin', reset);
  document.addEventListener('mouseover', reset);
}
