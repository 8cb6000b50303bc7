import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  createUrls,
  normalizeBase,
  sitePaths,
  withAnchor,
  withVersion,
} from '../../src/lib/urls.ts';

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['/kb/', '/kb/'],
    ['//kb//', '/kb/'],
    ['/a/b/', '/a/b/'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

type Builders = Record<string, (...args: string[]) => string>;

/**
 * Every route: builder, arguments, its site path, and its URL under the bases `/` and `/kb/`.
 * `sitePaths` and `createUrls` must both have every builder named here, and nothing more (besides
 * `sitePaths.parse`, and `path` and `toSitePath` of `createUrls`). A null site path: a URL-only form.
 */
const ROUTES: Array<
  [name: string, args: string[], sitePath: string | null, root: string, kb: string]
> = [
  ['home', [], '/', '/', '/kb/'],
  ['theme', ['scale'], '/scale/', '/scale/', '/kb/scale/'],
  ['note', ['scale', 'why-405b'], '/scale/why-405b/', '/scale/why-405b/', '/kb/scale/why-405b/'],
  ['note', ['scale/why-405b'], '/scale/why-405b/', '/scale/why-405b/', '/kb/scale/why-405b/'],
  [
    'notePreview',
    ['scale/why-405b'],
    '/scale/why-405b/preview.json',
    '/scale/why-405b/preview.json',
    '/kb/scale/why-405b/preview.json',
  ],
  [
    'claimShare',
    ['balance-at-405b'],
    '/c/balance-at-405b/',
    '/c/balance-at-405b/',
    '/kb/c/balance-at-405b/',
  ],
  ['claimVersion', ['x', '2'], '/c/x/v/2/', '/c/x/v/2/', '/kb/c/x/v/2/'],
  ['claimHistory', ['x'], '/c/x/history/', '/c/x/history/', '/kb/c/x/history/'],
  [
    'noteMarkdown',
    ['scale', 'why-405b'],
    '/scale/why-405b/index.md',
    '/scale/why-405b/index.md',
    '/kb/scale/why-405b/index.md',
  ],
  [
    'noteMarkdown',
    ['scale/why-405b'],
    '/scale/why-405b/index.md',
    '/scale/why-405b/index.md',
    '/kb/scale/why-405b/index.md',
  ],
  [
    'claimMarkdown',
    ['balance-at-405b'],
    '/c/balance-at-405b/index.md',
    '/c/balance-at-405b/index.md',
    '/kb/c/balance-at-405b/index.md',
  ],
  ['llmsTxt', [], '/llms.txt', '/llms.txt', '/kb/llms.txt'],
  ['llmsFullTxt', [], '/llms-full.txt', '/llms-full.txt', '/kb/llms-full.txt'],
  ['tags', [], '/tags/', '/tags/', '/kb/tags/'],
  ['tag', ['scaling-laws'], '/tags/scaling-laws/', '/tags/scaling-laws/', '/kb/tags/scaling-laws/'],
  ['glossary', [], '/glossary/', '/glossary/', '/kb/glossary/'],
  ['glossary', ['rlhf'], null, '/glossary/#rlhf', '/kb/glossary/#rlhf'],
  [
    'glossaryPreview',
    [],
    '/glossary/preview.json',
    '/glossary/preview.json',
    '/kb/glossary/preview.json',
  ],
  ['map', [], '/map/', '/map/', '/kb/map/'],
  ['sources', [], '/sources/', '/sources/', '/kb/sources/'],
  ['sources', ['llama-3-paper'], null, '/sources/#llama-3-paper', '/kb/sources/#llama-3-paper'],
  ['search', [], '/search/', '/search/', '/kb/search/'],
  ['search', ['405B & MoE'], null, '/search/?q=405B%20%26%20MoE', '/kb/search/?q=405B%20%26%20MoE'],
  ['feed', [], '/feed.xml', '/feed.xml', '/kb/feed.xml'],
  ['claimsJson', [], '/claims.json', '/claims.json', '/kb/claims.json'],
  ['sourcesBib', [], '/sources.bib', '/sources.bib', '/kb/sources.bib'],
  ['sourcesJson', [], '/sources.json', '/sources.json', '/kb/sources.json'],
  ['sitemap', [], '/sitemap-index.xml', '/sitemap-index.xml', '/kb/sitemap-index.xml'],
  ['favicon', [], '/icons/icon-32.png', '/icons/icon-32.png', '/kb/icons/icon-32.png'],
  ['webManifest', [], '/manifest.webmanifest', '/manifest.webmanifest', '/kb/manifest.webmanifest'],
  ['appIcon', ['192'], '/icons/icon-192.png', '/icons/icon-192.png', '/kb/icons/icon-192.png'],
  ['serviceWorker', [], '/sw.js', '/sw.js', '/kb/sw.js'],
  ['offlineList', [], '/offline.json', '/offline.json', '/kb/offline.json'],
  ['pagefind', [], '/pagefind/', '/pagefind/', '/kb/pagefind/'],
  [
    'pagefind',
    ['pagefind-highlight.js'],
    '/pagefind/pagefind-highlight.js',
    '/pagefind/pagefind-highlight.js',
    '/kb/pagefind/pagefind-highlight.js',
  ],
  ['card', ['/'], '/og/home.png', '/og/home.png', '/kb/og/home.png'],
  ['card', ['/scale/'], '/og/scale.png', '/og/scale.png', '/kb/og/scale.png'],
  [
    'card',
    ['/scale/why-405b/'],
    '/og/scale/why-405b.png',
    '/og/scale/why-405b.png',
    '/kb/og/scale/why-405b.png',
  ],
  ['path', ['/scale/why-405b/#x'], null, '/scale/why-405b/#x', '/kb/scale/why-405b/#x'],
  ['path', ['/pagefind/'], null, '/pagefind/', '/kb/pagefind/'],
  ['path', ['favicon.svg'], null, '/favicon.svg', '/kb/favicon.svg'],
];

const paths = sitePaths as unknown as Builders;

describe('sitePaths', () => {
  it.each(ROUTES.filter((r) => r[2] !== null))('%s(%j) is %s', (name, args, expected) => {
    expect(paths[name]!(...args)).toBe(expected);
  });

  it('names every route in the table', () => {
    const inTable = new Set(ROUTES.filter((r) => r[2] !== null).map((r) => r[0]));
    expect(Object.keys(sitePaths).sort()).toEqual([...inTable, 'parse'].sort());
  });

  it('parses a site path given as text, and refuses text that is not one', () => {
    expect(sitePaths.parse('/scale/old-name/')).toBe('/scale/old-name/');
    expect(() => sitePaths.parse('scale/why-405b/')).toThrow(/not a site path/);
  });
});

describe.each([
  ['/', 3],
  ['/kb/', 4],
] as const)('createUrls(%j)', (base, column) => {
  const urls = createUrls(base);
  const builders = urls as unknown as Builders;

  it('has the base', () => {
    expect(urls.base).toBe(base);
  });

  it.each(ROUTES)('%s(%j)', (...route) => {
    const [name, args] = route;
    expect(builders[name]!(...args)).toBe(route[column]);
  });

  it('prefixes the base to every site path builder’s result', () => {
    for (const [name, args, sitePath] of ROUTES) {
      if (sitePath === null) continue;
      expect(builders[name]!(...args), name).toBe(urls.path(paths[name]!(...args) as never));
    }
  });

  it('has a builder for every route of sitePaths, and only those (plus path and toSitePath)', () => {
    const own = Object.keys(urls).filter((k) => k !== 'base');
    const expected = [...Object.keys(sitePaths).filter((k) => k !== 'parse'), 'path', 'toSitePath'];
    expect(own.sort()).toEqual(expected.sort());
  });

  it('turns a page’s base-prefixed path back into its site path', () => {
    expect(urls.toSitePath(urls.home())).toBe('/');
    expect(urls.toSitePath(base === '/' ? '/' : '/kb')).toBe('/');
    expect(urls.toSitePath(urls.note('scale', 'why-405b'))).toBe('/scale/why-405b/');
    expect(urls.toSitePath(urls.claimShare('x'))).toBe('/c/x/');
    if (base !== '/') expect(() => urls.toSitePath('/elsewhere/')).toThrow(/not under the base/);
  });
});

describe('withAnchor and absoluteUrl', () => {
  it('appends an encoded fragment', () => {
    expect(withAnchor('/scale/why-405b/', 'balance-at-405b')).toBe(
      '/scale/why-405b/#balance-at-405b',
    );
    expect(withAnchor('/a/', 'مرحبا')).toBe('/a/#%D9%85%D8%B1%D8%AD%D8%A8%D8%A7');
  });
  it('names the version a link followed before the claim anchor', () => {
    expect(withVersion('/kb/scale/why-405b/', 'balance-at-405b', 2)).toBe(
      '/kb/scale/why-405b/?v=2#balance-at-405b',
    );
  });
  it('joins the site origin with a base-prefixed path', () => {
    expect(absoluteUrl('https://example.org', '/kb/scale/')).toBe('https://example.org/kb/scale/');
    expect(absoluteUrl('https://example.org/ignored/', '/kb/scale/#x')).toBe(
      'https://example.org/kb/scale/#x',
    );
  });
});
