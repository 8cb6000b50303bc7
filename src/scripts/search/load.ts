import { BASE, BUNDLE, bundleFile, RANKING } from './config.ts';
import { loadStylesheet } from '../stylesheet.ts';
import { withPhraseBoost, type SearchCore } from './phrase-boost.ts';
// ?url: emitted as its own file and fetched when search first opens (see stylesheet.ts).
import searchStyles from '../../styles/search.css?url';

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): void;
  getInstanceManager(): { getInstance(name: string): SearchInstance };
}

/** The parts of a Pagefind Component UI instance we use. */
export interface SearchInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results' | 'error', callback: (payload: unknown) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerLoad(): Promise<void>;
  deregisterShortcut(label: string, owner: Element): void;
}

let loading: Promise<SearchInstance> | undefined;

/**
 * Loads Pagefind's Component UI (script and stylesheet) on first use and configures it for this
 * site: bundle and result URLs under the base path, our ranking. Rejects with a readable message
 * when no index has been built.
 */
export function loadSearch(): Promise<SearchInstance> {
  loading ??= (async () => {
    // Fetched in parallel; the styles are awaited too, so the dialog never shows unstyled.
    const styles = Promise.all([
      loadStylesheet(bundleFile('pagefind-component-ui.css')),
      loadStylesheet(searchStyles),
    ]);
    try {
      // A classic script bundle: importing it runs it, and it publishes window.PagefindComponents.
      await import(/* @vite-ignore */ bundleFile('pagefind-component-ui.js'));
      await styles;
    } catch {
      loading = undefined;
      throw new Error(
        import.meta.env.KB_DEV
          ? 'Search has no index yet. The dev server searches the last production build: run `npm run build` once, then reload.'
          : 'The search index could not be loaded. Check your connection and reload the page.',
      );
    }
    const ui = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
    ui.configureInstance('default', {
      bundlePath: BUNDLE,
      baseUrl: BASE,
      ranking: RANKING,
      excerptLength: 24,
    });
    const instance = ui.getInstanceManager().getInstance('default');
    boostPhrasesIn(instance);
    searchInTypingOrder(instance);
    // The first Intl.NumberFormat of a page loads ICU's data (20–40 ms) and Pagefind makes one to
    // print the result count. Made when the first search starts, it runs while the index chunks
    // download and the worker ranks, not between the ranking and the results showing; and not
    // when the dialog opens, where it would hold up the reader's first keystroke.
    let warmed = false;
    instance.on('search', () => {
      if (!warmed) new Intl.NumberFormat(document.documentElement.lang || undefined).format(0);
      warmed = true;
    });
    // The results list asks for each result's fragment only once it has laid out the result;
    // asking for the first few as soon as the ranking is known saves that round (about 50 ms
    // at 1,000 notes). Pagefind caches fragments, so the list's own request is then instant.
    instance.on('results', (payload) => {
      const { results } = payload as { results?: Array<{ data(): Promise<unknown> }> };
      for (const result of results?.slice(0, 5) ?? []) void result.data();
    });
    return instance;
  })();
  return loading;
}

/**
 * The Component UI keeps its Pagefind instance (pagefind.js's `createInstance()`) in
 * `__pagefind__`, set once the bundle loads on the first search; it offers no hook for ranking
 * beyond the options. Catching that assignment wraps the instance's search before any query
 * runs (src/scripts/search/phrase-boost.ts). If a Pagefind update renames the field, the
 * phrase queries of tests/e2e/search.test.ts and search-relevance.test.ts fail.
 */
function boostPhrasesIn(instance: SearchInstance): void {
  let core: SearchCore | null = null;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => core,
    set: (value: SearchCore | null) => (core = value && withPhraseBoost(value)),
  });
}

/**
 * The Component UI numbers each search once its `__load__()` has returned, and keeps only the
 * results of the newest number. But it publishes its search core before it has finished loading
 * (it then awaits the filters), so a search typed in that window was numbered before those still
 * waiting for the load: "G", typed as the bundle arrived, ran last and its results stayed under
 * "4 results for GAIA". Every search now waits for the whole load, so they are numbered in the
 * order they were typed. A failed load is forgotten, so the next search tries again.
 */
function searchInTypingOrder(instance: SearchInstance): void {
  const loader = instance as unknown as { __load__?: () => Promise<void>; __pagefind__: unknown };
  const load = loader.__load__?.bind(instance);
  if (!load) return;
  let whole: Promise<void> | undefined;
  loader.__load__ = () =>
    (whole ??= load().finally(() => {
      if (!loader.__pagefind__) whole = undefined;
    }));
}
