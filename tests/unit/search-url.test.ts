import { describe, expect, it } from 'vitest';
import {
  highlightTerms,
  parseSearchUrl,
  searchPageUrl,
} from '../../src/scripts/search/search-url.ts';

const themes = { scale: 'Parameter scale and scaling laws', evaluation: 'Evaluation' };

describe('search page URLs', () => {
  it.each([
    ['', [], '/search/'],
    ['chinchilla', [], '/search/?q=chinchilla'],
    ['model as a judge', ['Evaluation'], '/search/?q=model+as+a+judge&theme=evaluation'],
    [
      '',
      ['Parameter scale and scaling laws', 'Evaluation'],
      '/search/?theme=scale&theme=evaluation',
    ],
    ['405B & MoE', [], '/search/?q=405B+%26+MoE'],
  ])('searchPageUrl(%j, %j) is %s', (term, titles, url) => {
    expect(searchPageUrl(term, titles, themes)).toBe(url);
  });

  it.each([
    [
      '?q=chinchilla&theme=scale',
      { term: 'chinchilla', themes: ['Parameter scale and scaling laws'] },
    ],
    ['?q=+over-train+', { term: 'over-train', themes: [] }],
    ['?theme=evaluation&theme=unknown', { term: '', themes: ['Evaluation', 'unknown'] }],
    ['', { term: '', themes: [] }],
  ])('parseSearchUrl(%j) reads back the search', (search, expected) => {
    expect(parseSearchUrl(search, themes)).toEqual(expected);
  });

  it('round-trips a search through its URL', () => {
    const url = new URL(searchPageUrl('reward model', ['Evaluation'], themes), 'http://x');
    expect(parseSearchUrl(url.search, themes)).toEqual({
      term: 'reward model',
      themes: ['Evaluation'],
    });
  });
});

describe('highlightTerms', () => {
  it.each([
    ['over-train', ['over-train']],
    ['model as a judge', ['model', 'judge']],
    ['Llama 3 8B', ['llama', '3', '8b']],
    ['"Chinchilla trap"', ['chinchilla', 'trap']],
    ['GAIA gaia', ['gaia']],
    ['  ', []],
  ])('marks %j as %j', (query, terms) => {
    expect(highlightTerms(query)).toEqual(terms);
  });
});
