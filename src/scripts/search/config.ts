/**
 * Settings shared by the search dialog, the search page and the arrival highlight. Everything
 * here is static; the Pagefind bundle itself is loaded only when a reader opens search.
 */
import { normalizeBase, prefixBase } from '../../lib/urls.ts';
// Named imports, not `urls`: this module is in every page's script, and the route table is not.
import { pagefind, search } from '../../lib/site-paths.ts';

/** The site's base path, ending in `/`. */
export const BASE = normalizeBase(import.meta.env.BASE_URL);
/** A file of the Pagefind bundle (or the bundle's folder): `<base>pagefind/<file>`. */
export const bundleFile = (file = '') => prefixBase(BASE, pagefind(file));
/** Where the Pagefind bundle is: `<base>pagefind/`. */
export const BUNDLE = bundleFile();
/** Query parameter that carries the search terms to a result page, for highlighting there. */
export const HIGHLIGHT_PARAM = 'highlight';
/** The search page, whose URL carries the query (`q`) and the theme filter (`theme`). */
export const SEARCH_PAGE = prefixBase(BASE, search());

/**
 * Ranking, tuned against tests/search/queries.json: a match in a heading or a claim should beat a
 * passing mention elsewhere, so term frequency in long pages counts for less and titles count
 * for more. See https://pagefind.app/docs/ranking/.
 */
export const RANKING = {
  termFrequency: 0.6,
  pageLength: 0.4,
  termSaturation: 1.2,
  termSimilarity: 1.0,
  metaWeights: { title: 6, theme: 1 },
};

/** The result template: title, theme, excerpt, then the headings and claims that matched. */
const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card"><div class="pf-result-content">
    <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
    {{#if meta.theme}}<p class="kb-result-theme">{{ meta.theme }}</p>{{/if}}
    {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
  </div></div>
  {{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip">
    <a class="kb-sub-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
    <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
  </li>{{/each}}</ul>{{/if}}
</li>`;

/**
 * What stands in for a result until its fragment arrives. Pagefind's default is a shimmering
 * skeleton whose gradient animation costs a paint of 20–40 ms right when the results appear
 * (traced at 1,000 notes); a plain block about as tall as a result costs next to nothing and
 * keeps later results below the fold, so only the visible ones fetch their fragments. No `pf-`
 * class: Pagefind's stylesheet resets every element whose class starts with `pf-` (`all: revert`,
 * at a specificity no class selector beats), which would take the block's height away.
 */
const PLACEHOLDER_TEMPLATE = '<li class="kb-result-pending" aria-hidden="true"></li>';

/** The results list with our templates; `max` results, `maxSub` headings or claims under each. */
export function resultsMarkup(max: number, maxSub: number): string {
  return (
    `<pagefind-results max-results="${max}" max-sub-results="${maxSub}">` +
    `<script type="text/pagefind-template">${RESULT_TEMPLATE}</script>` +
    `<script type="text/pagefind-template" data-template="placeholder">${PLACEHOLDER_TEMPLATE}</script>` +
    '</pagefind-results>'
  );
}
