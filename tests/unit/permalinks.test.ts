import { describe, expect, it } from 'vitest';
import {
  brokenPermalinks,
  mergeLock,
  resolve,
  splitLink,
  type Landing,
} from '../../src/lib/permalinks.ts';
import { publishedAnchors, readLanding } from '../support/landing.ts';
import { ANCHOR_ALIASES_ID, CLAIM } from '../../src/lib/markup.ts';

const page = (main: string, head = '') =>
  `<html><head>${head}</head><body><nav><h2 id="nav-title">Nav</h2></nav><main>${main}</main></body></html>`;

describe('publishedAnchors', () => {
  it('lists h2–h4 and claim ids inside <main>, not navigation, h1, h5 or generated headings', () => {
    const html = page(
      '<nav class="toc"><h2 id="toc-title">On this page</h2></nav><h1 id="title">T</h1><div class="heading"><h2 id="a">A</h2></div><h3 id="b">B</h3><h4 id="c">C</h4><h5 id="d">D</h5>' +
        `<div class="claim" id="claim-x" ${CLAIM.id}="claim-x"></div><h2 class="sr-only" id="footnote-label">Footnotes</h2><p id="not-a-heading"></p>`,
    );
    expect(publishedAnchors(html)).toEqual(['a', 'b', 'c', 'claim-x']);
  });
});

describe('readLanding', () => {
  it('reads ids, the alias map and a redirect, without the base', () => {
    const html =
      page('<h2 id="new">N</h2>', '<meta name="kb:redirect" content="/kb/scale/x/#y">') +
      `<script type="application/json" id="${ANCHOR_ALIASES_ID}">{"old":"#new","gone":"/kb/other/#z"}</script>`;
    const landing = readLanding(html, '/kb/');
    expect(landing.ids.has('new')).toBe(true);
    expect(landing.aliases).toEqual({ old: '#new', gone: '/other/#z' });
    expect(landing.redirect).toBe('/scale/x/#y');
  });
});

describe('splitLink', () => {
  it.each([
    ['/a/#b', { path: '/a/', anchor: 'b' }],
    ['#b', { anchor: 'b' }],
    ['/a/', { path: '/a/', anchor: '' }],
    ['/a/#%D9%85', { path: '/a/', anchor: 'م' }],
    ['/a/?v=2#b', { path: '/a/', anchor: 'b' }],
  ])('splits %j', (link, parts) => {
    expect(splitLink(link)).toEqual(parts);
  });
});

describe('resolve', () => {
  const land = (
    ids: string[],
    aliases: Record<string, string> = {},
    redirect?: string,
  ): Landing => ({ ids: new Set(ids), aliases, ...(redirect ? { redirect } : {}) });
  const pages = new Map<string, Landing>([
    [
      '/a/',
      land(['h1', 'claim'], { old: '#h1', moved: '/b/#there', loop: '#loop2', loop2: '#loop' }),
    ],
    ['/b/', land(['there'])],
    ['/old/', land([], {}, '/a/')],
    ['/c/claim/', land([], {}, '/a/#claim')],
  ]);
  it.each([
    ['/a/', '', undefined],
    ['/a/', 'h1', undefined],
    ['/a/', 'old', undefined],
    ['/a/', 'moved', undefined],
    ['/old/', 'old', undefined],
    ['/old/', 'h1', undefined],
    ['/c/claim/', '', undefined],
    ['/a/', 'nope', 'the anchor no longer exists on the page'],
    ['/gone/', '', 'the page no longer exists'],
    ['/a/', 'loop', 'redirects or aliases loop'],
  ])('%s#%s → %s', (path, anchor, reason) => {
    expect(resolve(pages, path, anchor)).toBe(reason);
  });

  it('reports every recorded link that no longer lands', () => {
    expect(
      brokenPermalinks(
        { pages: { '/a/': ['h1', 'renamed'], '/gone/': ['x'], '/old/': ['claim'] } },
        pages,
      ),
    ).toEqual([
      { link: '/a/#renamed', reason: 'the anchor no longer exists on the page' },
      { link: '/gone/', reason: 'the page no longer exists' },
    ]);
  });
});

describe('mergeLock', () => {
  it('adds new pages and anchors, keeps everything recorded, and sorts', () => {
    const { lock, added } = mergeLock(
      { pages: { '/a/': ['z', 'old'] } },
      new Map([
        ['/a/', ['new', 'z']],
        ['/b/', ['x']],
      ]),
    );
    expect(lock.pages).toEqual({ '/a/': ['new', 'old', 'z'], '/b/': ['x'] });
    expect(added).toEqual(['/a/#new', '/b/', '/b/#x']);
  });
});
