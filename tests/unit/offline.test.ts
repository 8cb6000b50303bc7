import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  formatBytes,
  pagePattern,
  pendingFiles,
  searchIndexPattern,
} from '../../src/lib/offline.ts';

const PAGES = ['/', '/scale/', '/scale/why-405b/', '/tags/fp8/', '/glossary/'];

/** [base, URL the worker sees, whether it is one of the site's pages]. */
const PAGE_URLS: Array<[string, string, boolean]> = [
  ['/', 'https://example.org/', true],
  ['/', 'https://example.org/?utm=x', true],
  ['/', 'https://example.org/scale/', true],
  ['/', 'https://example.org/scale/why-405b/', true],
  ['/', 'https://example.org/scale/why-405b/?highlight=gaia', true],
  ['/', 'https://example.org/tags/fp8/', true],
  ['/', 'https://example.org/glossary/', true],
  // Another site on the same host, under its own base path: never this site's page.
  ['/', 'https://example.org/kb/', false],
  ['/', 'https://example.org/kb/scale/why-405b/', false],
  // Not a page: share and redirect pages, data files, the search bundle.
  ['/', 'https://example.org/c/balance-at-405b/', false],
  ['/', 'https://example.org/claims.json', false],
  ['/', 'https://example.org/pagefind/pagefind.js', false],
  ['/', 'https://example.org/scalespam/', false],
  ['/kb/', 'https://example.org/kb/', true],
  ['/kb/', 'https://example.org/kb/scale/why-405b/', true],
  ['/kb/', 'https://example.org/scale/why-405b/', false],
  ['/kb/', 'https://example.org/kb2/scale/', false],
  ['/kb/', 'https://example.org/other/kb/scale/', false],
];

describe('pagePattern', () => {
  it.each(PAGE_URLS)('under %s, %s is a page: %s', (base, url, expected) => {
    const pages = base === '/' ? PAGES : PAGES.map((p) => base + p.slice(1));
    const sitePaths = pages.map((p) => `/${p.slice(base.length)}`);
    expect(new RegExp(pagePattern(base, sitePaths)).test(url)).toBe(expected);
  });
});

describe('searchIndexPattern', () => {
  it.each([
    ['/', 'https://example.org/pagefind/index/en_1.pf_index', true],
    ['/', 'https://example.org/pagefind/fragment/en_1.pf_fragment', true],
    ['/', 'https://example.org/pagefind/filter/en_1.pf_filter', true],
    ['/', 'https://example.org/pagefind/pagefind.js', false],
    ['/', 'https://example.org/kb/pagefind/index/en_1.pf_index', false],
    ['/kb/', 'https://example.org/kb/pagefind/index/en_1.pf_index', true],
    ['/kb/', 'https://example.org/pagefind/index/en_1.pf_index', false],
  ])('under %s, %s is an index file: %s', (base, url, expected) => {
    expect(new RegExp(searchIndexPattern(base)).test(url)).toBe(expected);
  });
});

describe('cacheNames', () => {
  it('names the caches of two base paths apart', () => {
    const [root, kb] = [cacheNames('/'), cacheNames('/kb/')];
    expect(new Set([root.pages, root.search, kb.pages, kb.search]).size).toBe(4);
    expect(kb.pages).toContain('/kb/');
  });
});

describe('pendingFiles', () => {
  const list = {
    pages: [
      { url: '/', bytes: 100 },
      { url: '/scale/', bytes: 50 },
    ],
    search: [{ url: '/pagefind/index/a.pf_index', bytes: 7 }],
  };
  it.each([
    [[], 157, 3],
    [['/'], 57, 2],
    [['/', '/scale/', '/pagefind/index/a.pf_index'], 0, 0],
  ])('with %j saved, %i bytes in %i files remain', (saved, bytes, count) => {
    const pending = pendingFiles(list, (url) => saved.includes(url));
    expect([pending.bytes, pending.files.length]).toEqual([bytes, count]);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1 KB'],
    [12_345, '12 KB'],
    [999_499, '999 KB'],
    [1_000_000, '1.0 MB'],
    [2_314_316, '2.3 MB'],
  ])('%i is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
