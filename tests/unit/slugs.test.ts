import { describe, expect, it } from 'vitest';
import { createSlugger, isKebabCase, slugify } from '../../src/lib/slugs.ts';

describe('slugify', () => {
  it.each([
    ['Why 405B?', 'why-405b'],
    ['Chinchilla, Kaplan & the "trap"', 'chinchilla-kaplan--the-trap'],
    ['Dense vs. MoE', 'dense-vs-moe'],
    ['  Padded  heading ', 'padded--heading'],
    ['FP8 in §6.2', 'fp8-in-62'],
    ['Llama 4 🚀 and agents', 'llama-4--and-agents'],
    ['النماذج الكبيرة', 'النماذج-الكبيرة'],
    ['Ünïcödé Café', 'ünïcödé-café'],
    ['C ≈ 6·N·D', 'c--6nd'],
  ])('slugifies %j as %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });
});

describe('createSlugger', () => {
  it('numbers repeated headings on one page', () => {
    const s = createSlugger();
    expect([s.slug('Results'), s.slug('Results'), s.slug('Results')]).toEqual([
      'results',
      'results-1',
      'results-2',
    ]);
  });
  it('avoids ids reserved by claims', () => {
    const s = createSlugger();
    s.reserve('overview');
    expect(s.slug('Overview')).toBe('overview-1');
  });
});

describe('isKebabCase', () => {
  it.each([
    ['why-405b', true],
    ['a', true],
    ['Why-405b', false],
    ['why_405b', false],
    ['why--405b', false],
    ['-why', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isKebabCase(value)).toBe(expected);
  });
});
