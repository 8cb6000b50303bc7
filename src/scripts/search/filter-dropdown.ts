/** The theme filter as a compact dropdown, with a count beside each theme. */
export const THEME_DROPDOWN =
  '<pagefind-filter-dropdown filter="theme" label="Theme" show-empty></pagefind-filter-dropdown>';

/**
 * Pagefind 1.6's filter dropdown trigger is a combobox, which takes no name from its text, and it
 * only sets an aria-label once a value is selected; until then screen readers (and axe) find an
 * unnamed control. Gives every dropdown trigger under `root` its label whenever it has none.
 */
export function nameFilterTriggers(root: HTMLElement): void {
  const fix = () => {
    for (const trigger of root.querySelectorAll('pagefind-filter-dropdown .pf-dropdown-trigger')) {
      if (!trigger.hasAttribute('aria-label'))
        trigger.setAttribute('aria-label', 'Filter by theme');
    }
  };
  new MutationObserver(fix).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
  fix();
}
