import { describe, expect, it } from 'vitest';
import { absoluteUrl, createUrls, normalizeBase, withAnchor } from '../../src/lib/urls.ts';

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

describe('createUrls', () => {
  it.each([
    ['/', 'home', [], '/'],
    ['/', 'theme', ['scale'], '/scale/'],
    ['/', 'note', ['scale', 'why-405b'], '/scale/why-405b/'],
    ['/', 'search', [], '/search/'],
    ['/', 'search', ['405B & MoE'], '/search/?q=405B%20%26%20MoE'],
    ['/', 'path', ['/pagefind/'], '/pagefind/'],
    ['/kb/', 'home', [], '/kb/'],
    ['/kb/', 'theme', ['scale'], '/kb/scale/'],
    ['/kb/', 'note', ['scale', 'why-405b'], '/kb/scale/why-405b/'],
    ['/kb/', 'search', ['chinchilla'], '/kb/search/?q=chinchilla'],
    ['/kb/', 'path', ['/scale/why-405b/#x'], '/kb/scale/why-405b/#x'],
    ['/kb/', 'path', ['favicon.svg'], '/kb/favicon.svg'],
  ] as const)('with base %s, %s(%j) is %s', (base, fn, args, expected) => {
    const urls = createUrls(base) as unknown as Record<string, (...a: string[]) => string>;
    expect(urls[fn]!(...args)).toBe(expected);
  });
});

describe('withAnchor and absoluteUrl', () => {
  it('appends an encoded fragment', () => {
    expect(withAnchor('/scale/why-405b/', 'balance-at-405b')).toBe(
      '/scale/why-405b/#balance-at-405b',
    );
    expect(withAnchor('/a/', 'مرحبا')).toBe('/a/#%D9%85%D8%B1%D8%AD%D8%A8%D8%A7');
  });
  it('joins the site origin with a base-prefixed path', () => {
    expect(absoluteUrl('https://example.org', '/kb/scale/')).toBe('https://example.org/kb/scale/');
    expect(absoluteUrl('https://example.org/ignored/', '/kb/scale/#x')).toBe(
      'https://example.org/kb/scale/#x',
    );
  });
});
