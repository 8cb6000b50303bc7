import { describe, expect, it } from 'vitest';
import { termPattern } from '../../src/scripts/search/mark-terms.ts';

/** The words of `text` that the arrival highlight marks for `terms`. */
const marked = (terms: string[], text: string) => {
  const pattern = termPattern(terms);
  return pattern ? [...text.matchAll(pattern)].map((m) => m[0]) : [];
};

describe('the arrival highlight', () => {
  it.each([
    [['per'], 'performance, upper bound, 41 tokens per parameter', ['per']],
    [
      ['performance', 'per', 'parameter'],
      'performance per parameter and performances',
      ['performance', 'per', 'parameter', 'performances'],
    ],
    [
      ['over-train'],
      'deliberately over-training; over-trained; not over',
      ['over-training', 'over-trained'],
    ],
    [['chinchilla'], "Chinchilla's ratio and chinchillas", ['Chinchilla', 'chinchillas']],
    [['train'], 'pretraining, training and constraint', ['training']],
    [['with'], 'without it, within it, with it', ['with']],
    [['8b'], 'the 8B, the 48B and 8Bs', ['8B']],
    [['3'], 'Llama 3.1 has 30 layers', ['3']],
    [['gpt-4o'], 'GPT-4o and GPT-4', ['GPT-4o']],
    [['sätteri'], "Sätteri's parser", ['Sätteri']],
    [['a.b'], 'a.b but not axb', ['a.b']],
    [[], 'nothing to mark', []],
  ])('marks %j in %j as %j', (terms, text, words) => {
    expect(marked(terms, text)).toEqual(words);
  });

  it('has nothing to mark without terms', () => {
    expect(termPattern(['', ''])).toBeNull();
  });
});
