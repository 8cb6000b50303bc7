import { beforeAll, describe, expect, it } from 'vitest';
import { figures, mixedSpellings, ownWords, type Placed } from '../support/figures.ts';
import { notePassages } from '../support/content.ts';

describe('figures', () => {
  it.each([
    ['trained on 15.6T tokens', [['15.6T', 15.6e12, 'amount']]],
    ['on 15.6 trillion tokens', [['15.6 trillion', 15.6e12, 'amount']]],
    ['3.8 × 10²⁵ FLOPs', [['3.8 × 10²⁵', 3.8e25, 'amount']]],
    ['a formula’s TeX, 3.8 \\times 10^{25}', [['3.8 \\times 10^{25}', 3.8e25, 'amount']]],
    [
      'from 6 × 10¹⁸ to 10²² FLOPs',
      [
        ['6 × 10¹⁸', 6e18, 'amount'],
        ['10²²', 1e22, 'amount'],
      ],
    ],
    [
      'a 128K-token context and 8k',
      [
        ['128K', 128e3, 'amount'],
        ['8k', 8e3, 'amount'],
      ],
    ],
    [
      '16,384 GPUs, 100000 responses',
      [
        ['16,384', 16384, 'amount'],
        ['100000', 1e5, 'amount'],
      ],
    ],
    [
      '30.84M GPU-hours and 1T-token',
      [
        ['30.84M', 30.84e6, 'amount'],
        ['1T', 1e12, 'amount'],
      ],
    ],
    [
      'humans 92% vs 15 per cent',
      [
        ['92%', 92, 'percent'],
        ['15 per cent', 15, 'percent'],
      ],
    ],
    [
      '−86% and +102%',
      [
        ['86%', 86, 'percent'],
        ['102%', 102, 'percent'],
      ],
    ],
    ['almost 50× more', [['50×', 50, 'ratio']]],
    ['a 405B-parameter model', [['405B', 405e9, 'amount']]],
  ])('reads %j', (text, expected) => {
    expect(figures(text).map((f) => [f.written, f.value, f.dimension])).toEqual(expected);
  });

  it.each([
    'GSM8K, GSM8k, H100, int8, mDeBERTa-v3-base, GPT-4o',
    'Llama 3.1, §5.4.7, Table 25, Fig. 3, 12:45',
    'in 2024, on 466 questions, at 1.96, 256-shot, 80GB, 2 TB/s',
  ])('finds no figure in %j', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    ['15.6T tokens were used', 'token'],
    ['a 128K-token context', 'token'],
    ['3.8 × 10²⁵ FLOPs', 'flop'],
    ['15T+ (the card)', undefined],
    ['from 8K to 128K', 'to'],
    ['1.4T', ''],
    ['read 8K, and', undefined],
    ['17B / 109B', undefined],
  ])('reads what %j counts', (text, noun) => {
    expect(figures(text)[0]!.noun).toBe(noun);
  });

  it('compares spellings without trailing decimal zeros', () => {
    expect(figures('2.0T, 2T, 24.0%, 1.50M').map((f) => f.spelling)).toEqual([
      '2T',
      '2T',
      '24%',
      '1.5M',
    ]);
  });

  it('leaves quotations out: they keep the source’s wording', () => {
    expect(figures(ownWords('“15 trillion tokens” and "2 trillion", then 15T'))).toEqual([
      expect.objectContaining({ written: '15T' }),
    ]);
  });
});

describe('mixedSpellings', () => {
  const at = (text: string, where: string): Placed[] => figures(text).map((f) => ({ ...f, where }));

  it.each([
    ['15.6T tokens', '15.6 trillion tokens'],
    ['a 128K-token vocabulary', 'a 128,000-token vocabulary'],
    ['1.4T', '1.4 trillion tokens'],
    ['8K', '8k'],
    ['3.8 × 10²⁵', '3.8 \\times 10^{25}'],
    ['50%', '50 per cent'],
  ])('flags %j and %j as one value written two ways', (a, b) => {
    expect(mixedSpellings([...at(a, 'a.mdx:1'), ...at(b, 'b.mdx:2')])).toEqual([
      expect.objectContaining({
        spellings: {
          [figures(a)[0]!.spelling]: ['a.mdx:1'],
          [figures(b)[0]!.spelling]: ['b.mdx:2'],
        },
      }),
    ]);
  });

  it.each([
    ['15T', '15.6T'],
    ['2T', '2.0T'],
    ['16K', '16,384'],
    ['92%', '92B'],
    ['100K tiktoken tokens', '100,000 responses'],
    ['from 8K to 128K tokens', 'the first 8,000 steps'],
    ['they read 8K, then more', 'the first 8,000 steps'],
  ])('does not flag %j and %j', (a, b) => {
    expect(mixedSpellings([...at(a, 'a.mdx:1'), ...at(b, 'b.mdx:2')])).toEqual([]);
  });
});

/**
 * Quantities the notes state again and again, each with the one way to write it. A figure with
 * the same value written any other way ("405 billion", "15.6 trillion", "3.8e25") fails.
 */
const CANONICAL: Array<{ quantity: string; value: number; spellings: string[] }> = [
  { quantity: 'the flagship’s parameters', value: 405e9, spellings: ['405B'] },
  { quantity: 'the 70B model’s parameters', value: 70e9, spellings: ['70B'] },
  { quantity: 'the 8B model’s parameters', value: 8e9, spellings: ['8B'] },
  { quantity: 'the 405B’s pre-training tokens', value: 15.6e12, spellings: ['15.6T'] },
  { quantity: 'the Llama 3 corpus, about 15T tokens', value: 15e12, spellings: ['15T'] },
  { quantity: 'Llama 2’s pre-training tokens', value: 2e12, spellings: ['2T'] },
  { quantity: 'the flagship’s training compute', value: 3.8e25, spellings: ['3.8 × 10²⁵'] },
  { quantity: 'the 128K context window and vocabulary', value: 128e3, spellings: ['128K'] },
  { quantity: 'the 16K H100 GPUs of pre-training', value: 16e3, spellings: ['16K'] },
];

describe('the figures in the notes', () => {
  let found: Placed[];
  // Every note goes through the MDX pipeline: seconds, more on a busy machine.
  beforeAll(async () => {
    found = (await notePassages()).flatMap(({ where, text }) =>
      figures(ownWords(text)).map((f) => ({ ...f, where })),
    );
  }, 60_000);

  it.each(CANONICAL)('write $quantity one way: $spellings', ({ value, spellings }) => {
    const stated = found.filter((f) => f.dimension === 'amount' && f.value === value);
    expect(stated.length, 'the quantity should be stated somewhere').toBeGreaterThan(0);
    const other = stated.filter((f) => !spellings.includes(f.spelling));
    expect(other.map((f) => `${f.written} at ${f.where}`)).toEqual([]);
  });

  it('write every other quantity one way across all notes', () => {
    expect(mixedSpellings(found)).toEqual([]);
  });
});
