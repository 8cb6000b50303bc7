/**
 * The search page, /search/?q=…&theme=…: a search is a link. Opening the URL runs the search;
 * typing or filtering updates the URL (without adding history entries), so the address bar
 * always holds a link to exactly what is on screen.
 */
import { loadSearch } from './load.ts';
import { parseSearchUrl, searchPageUrl } from './search-url.ts';
import { RESULT_TEMPLATE } from './config.ts';
import { carryTermsToResults } from './carry-terms.ts';

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  let instance;
  try {
    instance = await loadSearch();
  } catch (error) {
    status.querySelector('[data-search-message]')!.textContent = (error as Error).message;
    return;
  }
  const ui = root.querySelector<HTMLElement>('[data-search-ui]')!;
  ui.innerHTML = `
    <pagefind-input placeholder="Search notes, headings and claims" debounce="50" autofocus></pagefind-input>
    <div class="search-layout">
      <pagefind-filter-pane open="theme" expanded show-empty></pagefind-filter-pane>
      <div>
        <pagefind-summary></pagefind-summary>
        <pagefind-results max-results="100" max-sub-results="5"><script type="text/pagefind-template">${RESULT_TEMPLATE}</script></pagefind-results>
      </div>
    </div>`;
  ui.hidden = false;
  carryTermsToResults(ui, instance);
  status.hidden = true;

  const { term, themes } = parseSearchUrl(location.search);
  const pageTitle = document.title;
  instance.on('search', (searched, filters) => {
    const url = searchPageUrl(searched, filters.theme ?? []);
    if (url !== location.pathname + location.search) history.replaceState(null, '', url);
    document.title = searched ? `“${searched}” · ${pageTitle}` : pageTitle;
  });
  await customElements.whenDefined('pagefind-input');
  if (term || themes.length) {
    const input = ui.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = term;
    instance.triggerSearchWithFilters(term, themes.length ? { theme: themes } : {});
  }
}
