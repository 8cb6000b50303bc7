/**
 * The search dialog: Pagefind's <pagefind-modal> (a native <dialog>: focus stays inside, Esc
 * closes) holding an input, the theme filter, the results with their heading and claim
 * sub-results, keyboard hints, and a link that opens the same search as a page. Built on first
 * use, so no page carries its markup or its code until a reader asks for search.
 */
import { loadSearch } from './load.ts';
import { resultsMarkup } from './config.ts';
import { searchPageUrl } from './search-url.ts';
import { carryTermsToResults } from './carry-terms.ts';

interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  isOpen: boolean;
}

let modal: ModalElement | undefined;
let returnFocusTo: HTMLElement | null = null;

function build(): ModalElement {
  // Parsed in a document of its own, so none of Pagefind's elements is upgraded until the whole
  // tree is in the page. Built here directly, the children would initialise once before the
  // modal moves them into its <dialog> and once after (two close buttons, nested wrappers).
  const scratch = document.implementation.createHTMLDocument('').createElement('div');
  scratch.innerHTML = `<pagefind-modal class="kb-search">
    <pagefind-modal-header><pagefind-input placeholder="Search notes, headings and claims" debounce="50"></pagefind-input></pagefind-modal-header>
    <pagefind-modal-body>
      <div class="kb-search-tools">
        <pagefind-filter-dropdown filter="theme" label="Theme" show-empty></pagefind-filter-dropdown>
        <pagefind-summary></pagefind-summary>
      </div>
      ${resultsMarkup(20, 4)}
    </pagefind-modal-body>
    <pagefind-modal-footer>
      <pagefind-keyboard-hints></pagefind-keyboard-hints>
      <a class="kb-open-as-page" href="${searchPageUrl('', [])}">Open as page</a>
    </pagefind-modal-footer></pagefind-modal>`;
  const element = scratch.firstElementChild as ModalElement;
  document.body.append(element);
  return element;
}

/**
 * Pagefind 1.6's filter dropdown trigger is a combobox, which takes no name from its text, and it
 * only sets an aria-label once a value is selected; until then screen readers (and axe) find an
 * unnamed control. Give it its label whenever it has none.
 */
function nameFilterTrigger(root: HTMLElement): void {
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

/** Opens the dialog, loading the search UI first if needed; returns focus where it was on close. */
export async function openSearchDialog(): Promise<void> {
  returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const instance = await loadSearch();
  if (!modal) {
    modal = build();
    carryTermsToResults(modal, instance);
    nameFilterTrigger(modal);
    const asPage = modal.querySelector<HTMLAnchorElement>('.kb-open-as-page')!;
    instance.on('search', (term, filters) => {
      asPage.href = searchPageUrl(term, filters.theme ?? []);
    });
    await customElements.whenDefined('pagefind-modal');
    modal.querySelector('dialog')?.addEventListener('close', () => {
      // A result link moves focus to its target itself; otherwise go back where the reader was.
      if (returnFocusTo?.isConnected && !document.activeElement?.closest('main'))
        returnFocusTo.focus();
    });
  }
  if (!modal.isOpen) modal.open();
}
