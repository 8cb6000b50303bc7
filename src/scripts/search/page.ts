/**
 * The search page, /search/?q=…&theme=…: a search is a link. Opening the URL runs the search;
 * typing or filtering updates the URL (without adding history entries), so the address bar
 * always holds a link to exactly what is on screen.
 *
 * The page arrives with a plain search box. Pagefind (about 50 KB of script and styles gzipped,
 * then its index) loads at once only when the URL holds a search; otherwise on the reader's first
 * keystroke or tap in the box, so an empty search page paints and settles like any other page.
 * What was typed meanwhile is already in the box and carries over.
 */
import { loadSearch, type SearchInstance } from './load.ts';
import { parseSearchUrl, searchPageUrl } from './search-url.ts';
import { resultsMarkup } from './config.ts';
import { carryTermsToResults } from './carry-terms.ts';
import { nameFilterTriggers, THEME_DROPDOWN } from './filter-dropdown.ts';

export function startSearchPage(root: HTMLElement): void {
  const plain = root.querySelector<HTMLElement>('[data-search-box]')!;
  const box = plain.querySelector<HTMLInputElement>('input')!;
  const { term, themes } = parseSearchUrl(location.search);
  box.value = term;
  // The box's autofocus does not survive the page's render hold (global.css): the browser gives
  // out autofocus at its first frame, when the box is not drawn yet. So the focus is given here,
  // unless the reader has already put it somewhere.
  if (document.activeElement === document.body) box.focus();
  if (term || themes.length) {
    void showSearch(root, plain, box, themes);
    return;
  }
  const intents = ['keydown', 'pointerdown', 'input'] as const;
  const start = () => {
    for (const intent of intents) box.removeEventListener(intent, start);
    void showSearch(root, plain, box, themes);
  };
  for (const intent of intents) box.addEventListener(intent, start);
}

async function showSearch(
  root: HTMLElement,
  plain: HTMLElement,
  box: HTMLInputElement,
  themes: string[],
): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  let instance: SearchInstance;
  try {
    instance = await loadSearch();
  } catch (error) {
    status.querySelector('[data-search-message]')!.textContent = (error as Error).message;
    return;
  }
  const ui = root.querySelector<HTMLElement>('[data-search-ui]')!;
  // Two forms of the same theme filter, one shown at a time (search.astro's CSS): a side pane
  // of checkboxes on wide screens; on narrow ones a dropdown beside the result count, so the
  // first result is on the first screen.
  ui.innerHTML = `
    <pagefind-input placeholder="${box.placeholder}" debounce="50"></pagefind-input>
    <div class="search-layout">
      <pagefind-filter-pane open="theme" expanded show-empty></pagefind-filter-pane>
      <div>
        <div class="kb-search-tools">${THEME_DROPDOWN}<pagefind-summary></pagefind-summary></div>
        ${resultsMarkup(100, 5)}
      </div>
    </div>`;
  carryTermsToResults(ui, instance);
  nameFilterTriggers(ui);

  const pageTitle = document.title;
  instance.on('search', (searched, filters) => {
    const url = searchPageUrl(searched, filters.theme ?? []);
    if (url !== location.pathname + location.search) history.replaceState(null, '', url);
    document.title = searched ? `“${searched}” · ${pageTitle}` : pageTitle;
  });
  await customElements.whenDefined('pagefind-input');
  // Pagefind's box takes the place of the plain one, with what was typed and the focus.
  const input = await waitFor(() => ui.querySelector<HTMLInputElement>('pagefind-input input'));
  const hadFocus = document.activeElement === box;
  input.value = box.value;
  plain.hidden = true;
  ui.hidden = false;
  status.hidden = true;
  if (hadFocus) input.focus();
  if (box.value || themes.length)
    instance.triggerSearchWithFilters(box.value, themes.length ? { theme: themes } : {});
}

/** The custom element renders its input on connection; this waits for it (a frame or two). */
async function waitFor<T>(find: () => T | null): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await new Promise(requestAnimationFrame);
  }
}
