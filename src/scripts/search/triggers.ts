/**
 * What every page runs for search, kept tiny: the header's Search link, Ctrl/Cmd+K and "/" open
 * the search dialog. The dialog and Pagefind load only then. Without JavaScript, or if loading
 * fails, the Search link simply goes to the search page.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function setupSearchTriggers(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('[data-search-link]');
  const open = async (fallback?: string) => {
    // On the search page itself, the page's own box is the place to type.
    const pageInput = document.querySelector<HTMLInputElement>(
      '[data-search-ui]:not([hidden]) input, [data-search-box]:not([hidden]) input',
    );
    if (pageInput) return pageInput.focus();
    // Keys typed while the search UI loads (a fast typist's "Ctrl+K chin…") go into the box.
    let typed = '';
    const buffer = (event: KeyboardEvent) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
      typed += event.key;
      event.preventDefault();
    };
    document.addEventListener('keydown', buffer, { capture: true });
    try {
      const { openSearchDialog } = await import('./dialog.ts');
      await openSearchDialog();
      document.removeEventListener('keydown', buffer, { capture: true });
      const input = document.querySelector<HTMLInputElement>(
        'dialog.pf-modal[open] input[type="search"]',
      );
      if (typed && input) {
        input.value += typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } catch (error) {
      document.removeEventListener('keydown', buffer, { capture: true });
      // The search page explains the problem (for example, no index yet in `astro dev`).
      if (fallback) location.href = fallback;
      else console.error(error);
    }
  };
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  for (const link of links) {
    link.setAttribute('aria-keyshortcuts', mac ? 'Meta+K /' : 'Control+K /');
    const hint = link.querySelector<HTMLElement>('[data-search-shortcut]');
    if (hint) {
      hint.textContent = mac ? '⌘K' : 'Ctrl K';
      hint.hidden = false;
    }
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      void open(link.href);
    });
  }
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey) && !event.altKey;
    const slash =
      event.key === '/' &&
      !event.metaKey &&
      !event.ctrlKey &&
      !event.altKey &&
      !isTyping(event.target);
    if (!shortcut && !slash) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void open(links[0]?.href);
  });
}
