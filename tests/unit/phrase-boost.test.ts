import { describe, expect, it } from 'vitest';
import {
  boostPhrases,
  phraseQuery,
  sectionsFirst,
  withPhraseBoost,
  type SearchCore,
} from '../../src/scripts/search/phrase-boost.ts';

describe('the phrase boost', () => {
  it.each([
    ['tokens per parameter', '"tokens per parameter"'],
    ['  data   mix ', '"data mix"'],
    ['Chinchilla', null],
    ['', null],
    [null, null],
    ['"tokens per parameter"', null],
  ])('phraseQuery(%j) is %j', (term, phrase) => {
    expect(phraseQuery(term)).toBe(phrase);
  });

  const ranked = [
    { id: 'why-405b', score: 4.6 },
    { id: 'beyond-chinchilla', score: 4.1 },
    { id: 'tokenizer', score: 3.3 },
    { id: 'trained', score: 3.0 },
  ];
  it.each([
    [
      'lifts a page holding the phrase above one with a higher plain score',
      ['beyond-chinchilla'],
      2,
      ['beyond-chinchilla', 'why-405b', 'tokenizer', 'trained'],
    ],
    [
      'keeps the plain order among pages that all hold it',
      ['why-405b', 'trained'],
      2,
      ['why-405b', 'trained', 'beyond-chinchilla', 'tokenizer'],
    ],
    [
      'does not lift a page past one whose plain score is more than the boost ahead',
      ['trained'],
      1.2,
      ['why-405b', 'beyond-chinchilla', 'trained', 'tokenizer'],
    ],
    [
      'changes nothing when no page holds it',
      [],
      2,
      ['why-405b', 'beyond-chinchilla', 'tokenizer', 'trained'],
    ],
  ])('%s', (_, together, boost, order) => {
    expect(boostPhrases(ranked, new Set(together), boost).map((r) => r.id)).toEqual(order);
  });

  const sections = ['/n/', '/n/#a', '/n/#b', '/n/#c'].map((url) => ({ url }));
  it.each([
    [
      'sections holding the phrase come first, the page top stays first',
      ['/n/#c'],
      ['/n/', '/n/#c', '/n/#a', '/n/#b'],
    ],
    [
      'the page top holding it changes nothing about its place',
      ['/n/', '/n/#b'],
      ['/n/', '/n/#b', '/n/#a', '/n/#c'],
    ],
    ['no section holding it keeps document order', [], ['/n/', '/n/#a', '/n/#b', '/n/#c']],
  ])('%s', (_, together, order) => {
    expect(sectionsFirst(sections, new Set(together), '/n/').map((s) => s.url)).toEqual(order);
  });

  it('runs the exact-phrase search beside the plain one, with the same options', async () => {
    const page = (id: string, score: number, subs: string[]) => ({
      id,
      score,
      data: async () => ({
        url: `/${id}/`,
        sub_results: subs.map((s) => ({ url: `/${id}/#${s}` })),
      }),
    });
    const calls: Array<[string | null, object | undefined]> = [];
    const core: SearchCore = {
      search: async (term, options) => {
        calls.push([term, options]);
        return term === '"tokens per parameter"'
          ? { results: [page('chinchilla', 1, ['table'])] }
          : {
              results: [page('why-405b', 4.6, ['a']), page('chinchilla', 4.1, ['intro', 'table'])],
            };
      },
    };
    const { results } = (await withPhraseBoost(core).search('tokens per parameter', {
      filters: {},
    }))!;
    expect(calls).toEqual([
      ['tokens per parameter', { filters: {} }],
      ['"tokens per parameter"', { filters: {} }],
    ]);
    expect(results.map((r) => r.id)).toEqual(['chinchilla', 'why-405b']);
    expect((await results[0]!.data()).sub_results.map((s) => s.url)).toEqual([
      '/chinchilla/#table',
      '/chinchilla/#intro',
    ]);
    calls.length = 0;
    await core.search('Chinchilla');
    expect(calls).toEqual([['Chinchilla', undefined]]);
  });
});
