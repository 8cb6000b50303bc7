/**
 * Pagefind ranks each word of a query on its own: it has no notion of words standing together.
 * So "tokens per parameter" put "Why 405B parameters" first (one of the words in its title, the
 * others anywhere in the page) above Beyond Chinchilla, whose table and glossary hold the phrase.
 * Pagefind does know where words stand, through its exact-phrase search (a quoted query), which
 * it answers from the same index chunks. This runs that search beside the plain one and lifts
 * the pages, and within them the sections, that hold the words as typed.
 */

/** How much a page that holds the query as a phrase gains over its plain score (tuned against tests/search/queries.json). */
export const PHRASE_BOOST = 2;

/** What a ranked result carries that the boost reads. */
export interface Ranked {
  id: string;
  score: number;
}

/** The exact-phrase form of a query (`"tokens per parameter"`), or null when it is one word or already quoted. */
export function phraseQuery(term: string | null | undefined): string | null {
  const words = term?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (words.length < 2 || term!.includes('"')) return null;
  return `"${words.join(' ')}"`;
}

/**
 * The plain results in a new order: those whose ids are in `together` (pages holding the phrase)
 * count with their score multiplied by `boost`; ties keep their order.
 */
export function boostPhrases<R extends Ranked>(
  results: readonly R[],
  together: ReadonlySet<string>,
  boost = PHRASE_BOOST,
): R[] {
  return results
    .map((result, order) => ({
      result,
      order,
      score: together.has(result.id) ? result.score * boost : result.score,
    }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result }) => result);
}

/**
 * A page's sections with those in `together` (the sections holding the phrase) first, each group
 * in document order. The entry for the page's top (`pageUrl`, always first) stays first: the
 * results list leaves it out by its place.
 */
export function sectionsFirst<S extends { url: string }>(
  sections: readonly S[],
  together: ReadonlySet<string>,
  pageUrl: string,
): S[] {
  const top = sections[0]?.url === pageUrl ? sections.slice(0, 1) : [];
  const rest = sections.slice(top.length);
  return [
    ...top,
    ...rest.filter((s) => together.has(s.url)),
    ...rest.filter((s) => !together.has(s.url)),
  ];
}

interface Data {
  url: string;
  sub_results: Array<{ url: string }>;
}
interface Result extends Ranked {
  data(): Promise<Data>;
}
/** The part of a Pagefind instance (`createInstance()` in pagefind.js) that the boost wraps. */
export interface SearchCore {
  search(term: string | null, options?: object): Promise<{ results: Result[] } | null>;
}

/**
 * Makes `core.search` rank by words standing together: it runs the exact-phrase search beside the
 * plain one (same filters), boosts the pages that hold the phrase, and lists the sections holding
 * it first among each such page's sub-results. Single words and quoted queries pass through.
 */
export function withPhraseBoost<C extends SearchCore>(core: C): C {
  const search = core.search.bind(core);
  core.search = async (term, options) => {
    const phrase = phraseQuery(term);
    const [plain, exact] = await Promise.all([
      search(term, options),
      phrase ? search(phrase, options) : null,
    ]);
    if (!plain || !exact?.results.length) return plain;
    const matches = new Map(exact.results.map((match) => [match.id, match]));
    for (const result of plain.results) {
      const match = matches.get(result.id);
      if (!match) continue;
      const data = result.data.bind(result);
      result.data = async () => {
        const [page, held] = await Promise.all([data(), match.data()]);
        const urls = new Set(held.sub_results.map((s) => s.url));
        return { ...page, sub_results: sectionsFirst(page.sub_results, urls, page.url) };
      };
    }
    return { ...plain, results: boostPhrases(plain.results, new Set(matches.keys())) };
  };
  return core;
}
