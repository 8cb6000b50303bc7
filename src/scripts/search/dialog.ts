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
import { nameFilterTriggers, THEME_DROPDOWN } from './filter-dropdown.ts';

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
        ${THEME_DROPDOWN}
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

/** Opens the dialog, loading the search UI first if needed; returns focus where it was on close. */
export async function openSearchDialog(): Promise<void> {
  returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const instance = await loadSearch();
  if (!modal) {
    modal = build();
    carryTermsToResults(modal, instance);
    nameFilterTriggers(modal);
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
  if (!modal.isOpen) {
    modal.open();
    // The keyboard hints show the first "esc" registered. showModal() focuses the input, which
    // registers "esc clear" (true on the search page), before the modal registers "esc close";
    // in the dialog Esc always closes, so the input's hint goes.
    const field = modal.querySelector('pagefind-input');
    if (field) instance.deregisterShortcut('esc', field);
  }
}
